/** A check with its execution for the latest materialisation (both checks queries). */
const CHECK_FIELDS = `
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
              }`;

/** The union Dagster answers a node's checks with, and the errors it may carry instead. */
const CHECKS_OR_ERROR = `
        assetChecksOrError {
          __typename
          ... on AssetChecks {
            checks {${CHECK_FIELDS}
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
        }`;

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
      ... on AssetNode {${CHECKS_OR_ERROR}
      }
      ... on AssetNotFoundError {
        message
      }
    }
  }
`;

/**
 * The checks of many assets at once, for status badges and a project's
 * roll-up; unknown keys are left out of the answer.
 *
 * @public
 */
export const ASSETS_CHECKS_QUERY = /* GraphQL */ `
  query BsAssetsChecks($keys: [AssetKeyInput!]!) {
    assetNodes(assetKeys: $keys) {
      assetKey {
        path
      }${CHECKS_OR_ERROR}
    }
  }
`;

const EXECUTION_FIELDS = `
      id
      runId
      status
      timestamp
      evaluation {
        severity
        success
        description
      }`;

/**
 * The latest executions of `count` checks of one asset, newest first, in one
 * request: Dagster answers the history of one check per field, so each
 * check gets an aliased field (`check0`, `check1`, ...) with its name in the
 * variable of the same name. The contract test validates a generated
 * document against the schema.
 *
 * @public
 */
export function assetCheckHistoriesQuery(count: number): string {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(
      `check count must be a positive integer, got ${count}`,
    );
  }
  const aliases = Array.from({ length: count }, (_, i) => `check${i}`);
  const variables = aliases.map(alias => `$${alias}: String!`).join(', ');
  const fields = aliases
    .map(
      alias => `
    ${alias}: assetCheckExecutions(
      assetKey: $key
      checkName: $${alias}
      limit: $limit
    ) {${EXECUTION_FIELDS}
    }`,
    )
    .join('');
  return /* GraphQL */ `
  query BsAssetCheckHistories($key: AssetKeyInput!, $limit: Int!, ${variables}) {${fields}
  }
`;
}
