export { DagsterGraphQLClient } from './DagsterGraphQLClient';
export * from './errors';
export type * from './model';
export type { DagsterServerInfo } from './version';
export {
  ALL_OPERATIONS,
  assetCheckHistoriesQuery,
  ASSET_CHECKS_QUERY,
  ASSETS_CHECKS_QUERY,
  ASSET_GRAPH_QUERY,
  ASSETS_LATEST_INFO_QUERY,
  ASSET_DETAILS_LEGACY_QUERY,
  ASSET_DETAILS_QUERY,
  LIST_CODE_LOCATIONS_QUERY,
  REPOSITORY_ASSET_KEYS_QUERY,
  SERVER_VERSION_QUERY,
  LAUNCH_ASSET_RUN_MUTATION,
  RUNS_BY_TAG_QUERY,
  RUN_QUERY,
} from './operations';
export { ASSET_JOB } from './runs';
export type {
  DagsterLaunchAssetRunInput,
  DagsterRun,
  DagsterRunClient,
} from './runs';
