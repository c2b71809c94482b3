/**
 * Code locations with their repositories. A location that failed to load
 * answers with a PythonError in `locationOrLoadError`; it is data, not a
 * failure of the request, so callers can keep what they last knew about it.
 *
 * @public
 */
export const LIST_CODE_LOCATIONS_QUERY = /* GraphQL */ `
  query BsListCodeLocations {
    workspaceOrError {
      __typename
      ... on Workspace {
        locationEntries {
          name
          loadStatus
          updatedTimestamp
          locationOrLoadError {
            __typename
            ... on RepositoryLocation {
              name
              repositories {
                name
              }
            }
            ... on PythonError {
              message
              className
              stack
            }
          }
        }
      }
      ... on PythonError {
        message
        className
        stack
      }
    }
  }
`;
