/** Fields only the current detail query selects (see {@link assetNodeSelection}). */
const CURRENT_NODE_FIELDS = `
      kinds
      isMaterializable`;

const CURRENT_COLUMN_FIELDS = `
              tags {
                key
                value
              }`;

/**
 * The fields of an `AssetNode` both detail queries ask for. The current
 * query adds what Dagster 1.7 and early 1.8 servers reject (`kinds` from
 * 1.8.7, `isMaterializable` from 1.8.1, `TableColumn.tags` from 1.8.12),
 * so the two cannot drift apart except where they must. The contract tests
 * validate the assembled documents, not this function's text.
 */
export function assetNodeSelection(current: boolean): string {
  return /* GraphQL */ `${current ? CURRENT_NODE_FIELDS : ''}
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
              description${current ? CURRENT_COLUMN_FIELDS : ''}
            }
          }
        }
        ... on TextMetadataEntry {
          text
        }
      }
`;
}

/**
 * Details of the given assets, for servers that have `AssetNode.kinds` and
 * `TableColumn.tags` (Dagster 1.8.12 and later).
 *
 * @public
 */
export const ASSET_DETAILS_QUERY = /* GraphQL */ `
  query BsAssetDetails($keys: [AssetKeyInput!]!) {
    assetNodes(assetKeys: $keys) {${assetNodeSelection(true)}
    }
  }
`;
