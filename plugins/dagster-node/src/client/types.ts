/*
 * Wire types: the `data` of each operation, written by hand from
 * schema.graphql. They are not exported from the package; callers get the
 * normalised model in model.ts. The contract test executes typed fixtures of
 * these shapes against the schema, so a field that drifts from the schema
 * (renamed, wrong enum, missing non-null) fails the build.
 */

/** `PythonError` as selected by every query (message, className, stack). */
export interface PythonErrorData {
  __typename: 'PythonError';
  message: string;
  className: string | null;
  stack: string[];
}

export interface RepositoryNotFoundErrorData {
  __typename: 'RepositoryNotFoundError';
  message: string;
  repositoryName: string;
  repositoryLocationName: string;
}

export interface AssetKeyData {
  path: string[];
}

/** Data of `BsServerVersion`. */
export interface ServerVersionData {
  version: string;
}

export type LocationLoadStatus = 'LOADING' | 'LOADED';

export interface RepositoryLocationData {
  __typename: 'RepositoryLocation';
  name: string;
  repositories: { name: string }[];
}

export interface LocationEntryData {
  name: string;
  loadStatus: LocationLoadStatus;
  updatedTimestamp: number;
  locationOrLoadError: RepositoryLocationData | PythonErrorData | null;
}

/** Data of `BsListCodeLocations`. */
export interface ListCodeLocationsData {
  workspaceOrError:
    | { __typename: 'Workspace'; locationEntries: LocationEntryData[] }
    | PythonErrorData;
}

/** Variables and data of `BsRepositoryAssetKeys`. */
export interface RepositoryAssetKeysVariables {
  repositoryLocationName: string;
  repositoryName: string;
}

export interface RepositoryAssetKeysData {
  repositoryOrError:
    | { __typename: 'Repository'; assetNodes: { assetKey: AssetKeyData }[] }
    | RepositoryNotFoundErrorData
    | PythonErrorData;
}

export type AssetOwnerData =
  | { __typename: 'TeamAssetOwner'; team: string }
  | { __typename: 'UserAssetOwner'; email: string };

export interface TagData {
  key: string;
  value: string;
}

export interface TableColumnData {
  name: string;
  type: string;
  description: string | null;
  /** Only asked of servers from 1.8.12, which have column tags. */
  tags?: TagData[];
}

/**
 * Metadata entries: only the two members the client reads are spelled out;
 * every other member arrives with just `__typename` and `label`.
 */
export type MetadataEntryData =
  | {
      __typename: 'TableSchemaMetadataEntry';
      label: string;
      schema: { columns: TableColumnData[] };
    }
  | { __typename: 'TextMetadataEntry'; label: string; text: string }
  | { __typename: string; label: string };

export type PartitionDefinitionType =
  | 'TIME_WINDOW'
  | 'STATIC'
  | 'MULTIPARTITIONED'
  | 'DYNAMIC';

/** An `AssetNode` as selected by `BsAssetDetailsLegacy`. */
export interface LegacyAssetNodeData {
  id: string;
  assetKey: AssetKeyData;
  /** Non-null in the current schema, nullable on 2024-era servers. */
  groupName: string | null;
  description: string | null;
  owners: AssetOwnerData[];
  tags: TagData[];
  computeKind: string | null;
  jobNames: string[];
  isPartitioned: boolean;
  hasAssetChecks: boolean;
  dependencyKeys: AssetKeyData[];
  dependedByKeys: AssetKeyData[];
  partitionDefinition: {
    type: PartitionDefinitionType;
    description: string;
    name: string | null;
  } | null;
  repository: { name: string; location: { name: string } };
  metadataEntries: MetadataEntryData[];
}

/** An `AssetNode` as selected by `BsAssetDetails` (adds `kinds`, `isMaterializable` and column tags). */
export interface AssetNodeData extends LegacyAssetNodeData {
  kinds: string[];
  isMaterializable: boolean;
}

/** Variables of both asset detail queries. */
export interface AssetDetailsVariables {
  keys: AssetKeyData[];
}

export interface AssetDetailsData {
  assetNodes: AssetNodeData[];
}

export interface LegacyAssetDetailsData {
  assetNodes: LegacyAssetNodeData[];
}

/** Variables of the queries that take a list of asset keys. */
export interface AssetKeysVariables {
  keys: AssetKeyData[];
}

/** Data of `BsAssetGraph`. */
export interface AssetGraphData {
  assetNodes: {
    assetKey: AssetKeyData;
    /** Non-null in the current schema, nullable on 2024-era servers. */
    groupName: string | null;
    hasAssetChecks: boolean;
    repository: { name: string; location: { name: string } };
    dependencyKeys: AssetKeyData[];
    dependedByKeys: AssetKeyData[];
  }[];
}

export type RunStatusData =
  | 'QUEUED'
  | 'NOT_STARTED'
  | 'MANAGED'
  | 'STARTING'
  | 'STARTED'
  | 'SUCCESS'
  | 'FAILURE'
  | 'CANCELING'
  | 'CANCELED';

/** Data of `BsAssetsLatestInfo`. */
export interface AssetsLatestInfoData {
  assetsLatestInfo: {
    assetKey: AssetKeyData;
    inProgressRunIds: string[];
    /** `timestamp` is epoch milliseconds as a string. */
    latestMaterialization: { timestamp: string; runId: string } | null;
    latestRun: { runId: string; status: RunStatusData } | null;
  }[];
}

export type AssetCheckStatusData =
  | 'IN_PROGRESS'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'EXECUTION_FAILED'
  | 'SKIPPED';

export interface AssetCheckExecutionData {
  id: string;
  runId: string;
  status: AssetCheckStatusData;
  /** Epoch seconds. */
  timestamp: number;
  evaluation: {
    severity: 'WARN' | 'ERROR';
    success: boolean;
    description: string | null;
  } | null;
}

export interface AssetCheckData {
  name: string;
  description: string | null;
  blocking: boolean;
  executionForLatestMaterialization: AssetCheckExecutionData | null;
}

export interface MessageErrorData {
  __typename:
    | 'AssetCheckNeedsMigrationError'
    | 'AssetCheckNeedsUserCodeUpgrade'
    | 'AssetCheckNeedsAgentUpgradeError'
    | 'AssetNotFoundError';
  message: string;
}

/** A node's checks, or why Dagster cannot list them. */
export type AssetChecksOrErrorData =
  | { __typename: 'AssetChecks'; checks: AssetCheckData[] }
  | MessageErrorData;

/** Data of `BsAssetChecks`. */
export interface AssetChecksData {
  assetNodeOrError:
    | { __typename: 'AssetNode'; assetChecksOrError: AssetChecksOrErrorData }
    | MessageErrorData;
}

/** Data of `BsAssetsChecks`. */
export interface AssetsChecksData {
  assetNodes: {
    assetKey: AssetKeyData;
    assetChecksOrError: AssetChecksOrErrorData;
  }[];
}

/** Data of `BsAssetCheckHistories`: one list per aliased check (`check0`, ...). */
export type AssetCheckHistoriesData = Record<string, AssetCheckExecutionData[]>;
