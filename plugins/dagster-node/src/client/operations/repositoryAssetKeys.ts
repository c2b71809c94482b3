/**
 * Only the keys of a repository's assets: cheap even for thousands of
 * assets, so the heavy details can then be fetched in bounded batches.
 *
 * @public
 */
export const REPOSITORY_ASSET_KEYS_QUERY = /* GraphQL */ `
  query BsRepositoryAssetKeys(
    $repositoryLocationName: String!
    $repositoryName: String!
  ) {
    repositoryOrError(
      repositorySelector: {
        repositoryLocationName: $repositoryLocationName
        repositoryName: $repositoryName
      }
    ) {
      __typename
      ... on Repository {
        assetNodes {
          assetKey {
            path
          }
        }
      }
      ... on RepositoryNotFoundError {
        message
        repositoryName
        repositoryLocationName
      }
      ... on PythonError {
        message
        className
        stack
      }
    }
  }
`;
