import { ASSET_DETAILS_QUERY } from './assetDetails';
import { ASSET_DETAILS_LEGACY_QUERY } from './assetDetailsLegacy';
import {
  assetCheckHistoriesQuery,
  ASSET_CHECKS_QUERY,
  ASSETS_CHECKS_QUERY,
} from './assetChecks';
import { ASSET_GRAPH_QUERY } from './assetGraph';
import { ASSETS_LATEST_INFO_QUERY } from './assetsLatestInfo';
import { LIST_CODE_LOCATIONS_QUERY } from './listCodeLocations';
import { REPOSITORY_ASSET_KEYS_QUERY } from './repositoryAssetKeys';
import {
  LAUNCH_ASSET_RUN_MUTATION,
  RUN_QUERY,
  RUNS_BY_TAG_QUERY,
} from './runs';
import { SERVER_VERSION_QUERY } from './serverVersion';

export {
  assetCheckHistoriesQuery,
  ASSET_CHECKS_QUERY,
  ASSETS_CHECKS_QUERY,
  ASSET_GRAPH_QUERY,
  ASSETS_LATEST_INFO_QUERY,
  ASSET_DETAILS_QUERY,
  ASSET_DETAILS_LEGACY_QUERY,
  LIST_CODE_LOCATIONS_QUERY,
  REPOSITORY_ASSET_KEYS_QUERY,
  SERVER_VERSION_QUERY,
  LAUNCH_ASSET_RUN_MUTATION,
  RUNS_BY_TAG_QUERY,
  RUN_QUERY,
};

/**
 * Every operation the client can send. The contract test validates each
 * one against the Dagster schema and fails when an operation file exports
 * a document missing from this list, so a new query cannot skip the check.
 * A generated document is listed as generated for two checks.
 *
 * @public
 */
export const ALL_OPERATIONS: readonly string[] = Object.freeze([
  SERVER_VERSION_QUERY,
  LIST_CODE_LOCATIONS_QUERY,
  REPOSITORY_ASSET_KEYS_QUERY,
  ASSET_DETAILS_QUERY,
  ASSET_DETAILS_LEGACY_QUERY,
  ASSET_GRAPH_QUERY,
  ASSETS_LATEST_INFO_QUERY,
  ASSET_CHECKS_QUERY,
  ASSETS_CHECKS_QUERY,
  assetCheckHistoriesQuery(2),
  LAUNCH_ASSET_RUN_MUTATION,
  RUNS_BY_TAG_QUERY,
  RUN_QUERY,
]);

const OPERATION_NAME =
  /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/**
 * The operation name of a document, sent as `operationName` so server logs
 * and Dagster's logs can tell requests apart.
 *
 * @public
 */
export function operationNameOf(document: string): string {
  const match = OPERATION_NAME.exec(document);
  if (!match) {
    throw new Error('GraphQL document has no named operation');
  }
  return match[1];
}
