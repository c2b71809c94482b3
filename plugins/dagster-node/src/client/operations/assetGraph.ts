/**
 * Every asset of the instance with its lineage fields, in one request:
 * what a lineage walk of any depth needs, so the walk never asks Dagster
 * hop by hop. Each asset comes once, from the location that defines it (an
 * asset another location only depends on is not repeated). Dagster's own
 * asset graph page asks the same of the server.
 *
 * @public
 */
export const ASSET_GRAPH_QUERY = /* GraphQL */ `
  query BsAssetGraph {
    assetNodes {
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
