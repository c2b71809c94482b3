/*
 * Example answers of every operation, typed by the hand-written wire types.
 * The contract test executes the operations against the Dagster schema with
 * these as the root value and expects them back unchanged, which ties
 * types.ts to the schema; the transport tests serve them over HTTP.
 */
import {
  AssetCheckExecutionData,
  AssetCheckHistoriesData,
  AssetChecksData,
  AssetChecksOrErrorData,
  AssetGraphData,
  AssetsChecksData,
  AssetsLatestInfoData,
  AssetDetailsData,
  AssetNodeData,
  LegacyAssetDetailsData,
  LegacyAssetNodeData,
  ListCodeLocationsData,
  MetadataEntryData,
  RepositoryAssetKeysData,
  ServerVersionData,
  TableColumnData,
} from '../types';
import { RunData } from '../runTypes';

export const serverVersion = (version = '1.12.13'): ServerVersionData => ({
  version,
});

export const workspace: ListCodeLocationsData = {
  workspaceOrError: {
    __typename: 'Workspace',
    locationEntries: [
      {
        name: 'analytics',
        loadStatus: 'LOADED',
        updatedTimestamp: 1767225600.5,
        locationOrLoadError: {
          __typename: 'RepositoryLocation',
          name: 'analytics',
          repositories: [{ name: '__repository__' }],
        },
      },
      {
        name: 'broken',
        loadStatus: 'LOADED',
        updatedTimestamp: 1767225600,
        locationOrLoadError: {
          __typename: 'PythonError',
          message: 'ModuleNotFoundError: No module named pandas',
          className: 'ModuleNotFoundError',
          stack: ['  File "defs.py", line 1\n'],
        },
      },
    ],
  },
};

export const assetKeys = (paths: string[][]): RepositoryAssetKeysData => ({
  repositoryOrError: {
    __typename: 'Repository',
    assetNodes: paths.map(path => ({ assetKey: { path } })),
  },
});

export const repositoryNotFound: RepositoryAssetKeysData = {
  repositoryOrError: {
    __typename: 'RepositoryNotFoundError',
    message: 'Could not find Repository analytics.__repository__',
    repositoryName: '__repository__',
    repositoryLocationName: 'analytics',
  },
};

/** The `dagster/column_schema` columns, with tags as servers from 1.8.12 send them. */
const taggedColumns = (): TableColumnData[] => [
  {
    name: 'order_id',
    type: 'int',
    description: 'Primary key',
    tags: [{ key: 'pii', value: 'false' }],
  },
  { name: 'amount', type: 'float', description: null, tags: [] },
];

const metadataEntries = (columns: TableColumnData[]): MetadataEntryData[] => [
  {
    __typename: 'TableSchemaMetadataEntry',
    label: 'dagster/column_schema',
    schema: { columns },
  },
  { __typename: 'TextMetadataEntry', label: 'owner_note', text: 'hello' },
  { __typename: 'IntMetadataEntry', label: 'dagster/row_count' },
];

/** An asset node as `BsAssetDetailsLegacy` selects it: no kinds, columns without tags. */
export function legacyAssetNode(
  path: string[],
  overrides: Partial<LegacyAssetNodeData> = {},
): LegacyAssetNodeData {
  return {
    id: `analytics.__repository__.${JSON.stringify(path)}`,
    assetKey: { path },
    groupName: 'sales',
    description: 'Orders per day',
    owners: [
      { __typename: 'TeamAssetOwner', team: 'data-eng' },
      { __typename: 'UserAssetOwner', email: 'jane@example.gov.uk' },
    ],
    tags: [{ key: 'domain', value: 'sales' }],
    computeKind: 'dbt',
    jobNames: ['__ASSET_JOB'],
    isPartitioned: true,
    hasAssetChecks: true,
    dependencyKeys: [{ path: ['raw', 'orders'] }],
    dependedByKeys: [{ path: ['marts', 'revenue'] }],
    partitionDefinition: {
      type: 'TIME_WINDOW',
      description: 'Daily, starting 2024-01-01 UTC.',
      name: null,
    },
    repository: { name: '__repository__', location: { name: 'analytics' } },
    metadataEntries: metadataEntries(
      taggedColumns().map(({ tags: _tags, ...column }) => column),
    ),
    ...overrides,
  };
}

/** An asset node as `BsAssetDetails` selects it. */
export function assetNode(
  path: string[],
  overrides: Partial<AssetNodeData> = {},
): AssetNodeData {
  return {
    ...legacyAssetNode(path),
    kinds: ['dbt', 'snowflake'],
    isMaterializable: true,
    metadataEntries: metadataEntries(taggedColumns()),
    ...overrides,
  };
}

export const assetDetails = (nodes: AssetNodeData[]): AssetDetailsData => ({
  assetNodes: nodes,
});

export const legacyAssetDetails = (
  nodes: LegacyAssetNodeData[],
): LegacyAssetDetailsData => ({ assetNodes: nodes });

export const lineageNode = (
  path: string[],
  overrides: Partial<AssetGraphData['assetNodes'][number]> = {},
): AssetGraphData['assetNodes'][number] => ({
  assetKey: { path },
  groupName: 'sales',
  hasAssetChecks: false,
  repository: { name: '__repository__', location: { name: 'analytics' } },
  dependencyKeys: [{ path: ['raw', 'orders'] }],
  dependedByKeys: [{ path: ['marts', 'revenue'] }],
  ...overrides,
});

export const latestInfo: AssetsLatestInfoData = {
  assetsLatestInfo: [
    {
      assetKey: { path: ['sales', 'orders'] },
      inProgressRunIds: ['run-2'],
      latestMaterialization: { timestamp: '1767225600000', runId: 'run-1' },
      latestRun: { runId: 'run-2', status: 'STARTED' },
    },
    {
      assetKey: { path: ['raw', 'orders'] },
      inProgressRunIds: [],
      latestMaterialization: null,
      latestRun: null,
    },
  ],
};

export const checkExecution = (
  overrides: Partial<AssetCheckExecutionData> = {},
): AssetCheckExecutionData => ({
  id: 'exec-1',
  runId: 'run-1',
  status: 'FAILED',
  timestamp: 1767225600.5,
  evaluation: { severity: 'WARN', success: false, description: '3 nulls' },
  ...overrides,
});

/** The checks of sales/orders: one failed with a WARN evaluation, one never ran. */
const ordersChecks: AssetChecksOrErrorData = {
  __typename: 'AssetChecks',
  checks: [
    {
      name: 'not_null',
      description: 'No nulls',
      blocking: true,
      executionForLatestMaterialization: checkExecution(),
    },
    {
      name: 'never_ran',
      description: null,
      blocking: false,
      executionForLatestMaterialization: null,
    },
  ],
};

export const assetChecks: AssetChecksData = {
  assetNodeOrError: {
    __typename: 'AssetNode',
    assetChecksOrError: ordersChecks,
  },
};

/** The checks of two assets read at once; the second has none. */
export const assetsChecks: AssetsChecksData = {
  assetNodes: [
    {
      assetKey: { path: ['sales', 'orders'] },
      assetChecksOrError: ordersChecks,
    },
    {
      assetKey: { path: ['raw', 'orders'] },
      assetChecksOrError: { __typename: 'AssetChecks', checks: [] },
    },
  ],
};

/** Histories of two checks (`check0`, `check1`), the second never run. */
export const checkHistories: AssetCheckHistoriesData = {
  check0: [
    checkExecution(),
    checkExecution({
      id: 'exec-0',
      status: 'SUCCEEDED',
      evaluation: { severity: 'WARN', success: true, description: null },
    }),
    checkExecution({ id: 'exec-x', status: 'IN_PROGRESS', evaluation: null }),
  ],
  check1: [],
};

/** A finished run of one asset, launched with the portal's request tag. */
export function run(overrides: Partial<RunData> = {}): RunData {
  return {
    runId: 'b0d7c6a2-1f3e-4c4b-9a53-0d6f1e2a3b4c',
    status: 'SUCCESS',
    startTime: 1767225600,
    endTime: 1767225642.5,
    tags: [
      { key: 'dagster-portal/request-id', value: 'r1' },
      { key: 'ecs/cpu', value: '1024' },
    ],
    stepStats: [
      {
        stepKey: 'sales__orders',
        status: 'SUCCESS',
        startTime: 1767225610,
        endTime: 1767225640,
      },
    ],
    ...overrides,
  };
}
