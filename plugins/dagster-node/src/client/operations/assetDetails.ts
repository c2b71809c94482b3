/**
 * The fields both asset detail queries share. Kept in one place so the
 * modern and the legacy query cannot drift apart; the contract test
 * validates the assembled documents, not this fragment of text.
 */
export const ASSET_NODE_COMMON_SELECTION = /* GraphQL */ `
      id
      assetKey {
        path
      }
      groupName
      description
      owners {
        __typename
        ... on TeamAssetOwner {
          team
        }
        ... on UserAssetOwner {
          email
        }
      }
      tags {
        key
        value
      }
      computeKind
      jobNames
      isMaterializable
      isPartitioned
      hasAssetChecks
      dependencyKeys {
        path
      }
      dependedByKeys {
        path
      }
      partitionDefinition {
        type
        description
        name
      }
      repository {
        name
        location {
          name
        }
      }
      metadataEntries {
        __typename
        label
        ... on TableSchemaMetadataEntry {
          schema {
            columns {
              name
              type
              description
              tags {
                key
                value
              }
            }
          }
        }
        ... on TextMetadataEntry {
          text
        }
      }
`;

/**
 * Details of the given assets, for servers that have `AssetNode.kinds`
 * (Dagster 1.8 and later).
 *
 * @public
 */
export const ASSET_DETAILS_QUERY = /* GraphQL */ `
  query BsAssetDetails($keys: [AssetKeyInput!]!) {
    assetNodes(assetKeys: $keys) {
      kinds
${ASSET_NODE_COMMON_SELECTION}
    }
  }
`;
