/**
 * The latest materialisation and run of the given assets: cheap, meant for
 * status badges on many assets at once.
 *
 * @public
 */
export const ASSETS_LATEST_INFO_QUERY = /* GraphQL */ `
  query BsAssetsLatestInfo($keys: [AssetKeyInput!]!) {
    assetsLatestInfo(assetKeys: $keys) {
      assetKey {
        path
      }
      inProgressRunIds
      latestMaterialization {
        timestamp
        runId
      }
      latestRun {
        runId
        status
      }
    }
  }
`;
