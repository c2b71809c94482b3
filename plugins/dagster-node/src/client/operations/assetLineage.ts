/**
 * The lineage fields of the given assets: just enough to walk the graph
 * level by level and to place each node in its location and group.
 *
 * @public
 */
export const ASSET_LINEAGE_QUERY = /* GraphQL */ `
  query BsAssetLineage($keys: [AssetKeyInput!]!) {
    assetNodes(assetKeys: $keys) {
      assetKey {
        path
      }
      groupName
      hasAssetChecks
      repository {
        name
        location {
          name
        }
      }
      dependencyKeys {
        path
      }
      dependedByKeys {
        path
      }
    }
  }
`;
