/**
 * The checks of one asset, each with its execution for the latest
 * materialisation.
 *
 * @public
 */
export const ASSET_CHECKS_QUERY = /* GraphQL */ `
  query BsAssetChecks($key: AssetKeyInput!) {
    assetNodeOrError(assetKey: $key) {
      __typename
      ... on AssetNode {
        assetChecksOrError {
          __typename
          ... on AssetChecks {
            checks {
              name
              description
              blocking
              executionForLatestMaterialization {
                id
                runId
                status
                timestamp
                evaluation {
                  severity
                  success
                  description
                }
              }
            }
          }
          ... on AssetCheckNeedsMigrationError {
            message
          }
          ... on AssetCheckNeedsUserCodeUpgrade {
            message
          }
          ... on AssetCheckNeedsAgentUpgradeError {
            message
          }
        }
      }
      ... on AssetNotFoundError {
        message
      }
    }
  }
`;

/**
 * The latest executions of one check of an asset, newest first.
 *
 * @public
 */
export const ASSET_CHECK_HISTORY_QUERY = /* GraphQL */ `
  query BsAssetCheckHistory(
    $key: AssetKeyInput!
    $check: String!
    $limit: Int!
  ) {
    assetCheckExecutions(assetKey: $key, checkName: $check, limit: $limit) {
      id
      runId
      status
      timestamp
      evaluation {
        severity
        success
        description
      }
    }
  }
`;
