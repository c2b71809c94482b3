import { DagsterInstanceConfig } from '../config';
import { DagsterError, DagsterPythonError } from './errors';
import { DagsterServerInfo } from './version';

/**
 * An asset definition, normalised so callers need not care which Dagster
 * version answered.
 *
 * @public
 */
export interface DagsterAsset {
  key: string[];
  location: string;
  repository: string;
  /** Null only on old servers, where the group was optional. */
  group: string | null;
  description: string | null;
  owners: DagsterAssetOwner[];
  /** Always filled: from `kinds`, or on old servers from `computeKind` and `dagster/kind/*` tags. */
  kinds: string[];
  tags: DagsterTag[];
  upstream: string[][];
  downstream: string[][];
  /** From the `dagster/column_schema` table schema metadata; empty when absent. */
  columns: DagsterColumn[];
  isPartitioned: boolean;
  partition?: { type: string; name?: string | null; description?: string };
  hasAssetChecks: boolean;
  jobNames: string[];
}

/** @public */
export type DagsterAssetOwner =
  | { type: 'team'; team: string }
  | { type: 'user'; email: string };

/** @public */
export interface DagsterTag {
  key: string;
  value: string;
}

/** @public */
export interface DagsterColumn {
  name: string;
  type: string;
  description: string | null;
  tags: DagsterTag[];
}

/**
 * A code location. A location that failed to load is returned with its
 * error instead of being thrown, so callers can keep what they last knew.
 *
 * @public
 */
export interface DagsterCodeLocation {
  name: string;
  /** `LOADING` while the server (re)loads it; its repositories may then be empty. */
  loadStatus: 'LOADING' | 'LOADED';
  repositories: { name: string }[];
  error?: DagsterPythonError;
}

/**
 * Addresses one repository of a code location.
 *
 * @public
 */
export interface DagsterRepositoryRef {
  location: string;
  repository: string;
}

/**
 * One code location with its assets, as read by `readWorkspace`.
 *
 * @public
 */
export interface DagsterWorkspaceLocation {
  name: string;
  loadStatus: 'LOADING' | 'LOADED';
  repositories: { name: string }[];
  /**
   * Why this location's assets could not be read: its load error, or a
   * union error met while reading it. `assets` is then incomplete.
   */
  error?: DagsterError;
  assets: DagsterAsset[];
}

/**
 * Everything the catalog needs from one Dagster instance.
 *
 * @public
 */
export interface DagsterWorkspace {
  serverVersion: string;
  locations: DagsterWorkspaceLocation[];
}

/**
 * Options of a `getAssets` call.
 *
 * @public
 */
export interface DagsterGetAssetsOptions {
  /** Most keys per request; default from the client (500). */
  batchSize?: number;
  /** Requests in flight at once; default from the client (2). */
  concurrency?: number;
}

/**
 * Fields the client attaches to its log lines.
 *
 * @public
 */
export type DagsterLogMeta = Record<
  string,
  string | number | boolean | undefined
>;

/**
 * The logger the client reports retries to. A Backstage `LoggerService`
 * fits; the package does not depend on backend-plugin-api for it.
 *
 * @public
 */
export interface DagsterClientLogger {
  debug(message: string, meta?: DagsterLogMeta): void;
  info(message: string, meta?: DagsterLogMeta): void;
  warn(message: string, meta?: DagsterLogMeta): void;
  error(message: string, meta?: DagsterLogMeta): void;
}

/**
 * Options of `DagsterGraphQLClient.create`.
 *
 * @public
 */
export interface DagsterClientOptions {
  instance: DagsterInstanceConfig;
  logger?: DagsterClientLogger;
  /** Per-request timeout; default 15 000 ms. */
  timeoutMs?: number;
  /** Attempts per request including the first; default 4. */
  maxAttempts?: number;
  /** First backoff ceiling, doubled per attempt; default 500 ms. */
  baseDelayMs?: number;
  /** Cap on one backoff or Retry-After wait; default 30 000 ms. */
  maxDelayMs?: number;
  /** Most asset keys per detail request; default 500. */
  batchSize?: number;
  /** Detail requests in flight at once; default 2. */
  concurrency?: number;
  /**
   * Most requests one read of many keys (latest info, checks of many assets)
   * is split into; batches grow beyond `batchSize` rather than exceed it, so
   * a read costs the same few round trips whatever the number of keys.
   * Default 4.
   */
  maxBatches?: number;
  /** Extra request headers, for example for a proxy in front of Dagster. */
  headers?: Record<string, string>;
  /** Replaces the global fetch, for tests or a proxy agent. */
  fetch?: typeof fetch;
}

/**
 * What callers (the catalog provider, backend routes) use of a Dagster
 * instance; tests can implement it without HTTP.
 *
 * @public
 */
export interface DagsterClient {
  /** The configured instance id. */
  readonly instanceId: string;
  /** HTTP requests sent so far, retries included. */
  readonly requestCount: number;
  /** The server's version and what it supports; asked once, then cached. */
  getServerInfo(): Promise<DagsterServerInfo>;
  /** Code locations; a location that failed to load carries its error instead of throwing. */
  listCodeLocations(
    options?: DagsterReadOptions,
  ): Promise<DagsterCodeLocation[]>;
  /** The asset keys of one repository; throws `DagsterRepositoryNotFoundError` or `DagsterPythonError`. */
  listAssetKeys(ref: DagsterRepositoryRef): Promise<string[][]>;
  /** Details of the given assets, fetched in bounded batches; unknown keys are left out. */
  getAssets(
    keys: string[][],
    options?: DagsterGetAssetsOptions,
  ): Promise<DagsterAsset[]>;
  /**
   * Every code location with its assets, location by location. Per-location
   * failures are recorded on the location (`error`); an unreachable or
   * non-Dagster server throws.
   */
  readWorkspace(): Promise<DagsterWorkspace>;
}

/**
 * An asset as a node of the lineage graph.
 *
 * @public
 */
export interface DagsterLineageNode {
  key: string[];
  location: string;
  repository: string;
  /** Null only on old servers, where the group was optional. */
  group: string | null;
  hasAssetChecks: boolean;
  upstream: string[][];
  downstream: string[][];
}

/**
 * What Dagster last did with an asset.
 *
 * @public
 */
export interface DagsterAssetLatestInfo {
  key: string[];
  /** ISO 8601 time of the latest materialisation. */
  lastMaterializedAt?: string;
  lastMaterializationRunId?: string;
  lastRunId?: string;
  /** A Dagster `RunStatus`, such as `SUCCESS`, `FAILURE` or `STARTED`. */
  lastRunStatus?: string;
  inProgressRunIds: string[];
}

/**
 * One execution of an asset check.
 *
 * @public
 */
export interface DagsterCheckExecution {
  id: string;
  runId: string;
  /** `IN_PROGRESS`, `SUCCEEDED`, `FAILED`, `EXECUTION_FAILED` or `SKIPPED`. */
  status: string;
  /** ISO 8601. */
  timestamp: string;
  /** Present once the check has been evaluated. */
  evaluation?: {
    severity: 'WARN' | 'ERROR';
    success: boolean;
    description: string | null;
  };
}

/**
 * An asset check with its execution for the latest materialisation.
 *
 * @public
 */
export interface DagsterAssetCheck {
  name: string;
  description: string | null;
  blocking: boolean;
  latestExecution?: DagsterCheckExecution;
}

/**
 * The checks of one asset, as read for many assets at once.
 *
 * @public
 */
export interface DagsterAssetChecks {
  key: string[];
  checks: DagsterAssetCheck[];
}

/**
 * Options of one read. A caller that answers someone (a route) passes the
 * signal of its deadline, and every request of the read, retries and the
 * waits between them included, stops when it aborts.
 *
 * @public
 */
export interface DagsterReadOptions {
  /** Aborting it fails the read with `DagsterDeadlineError`. */
  signal?: AbortSignal;
}

/**
 * The lineage, status and check reads of a Dagster instance, used by the
 * backend routes. Each read costs a fixed number of requests, whatever the
 * number of keys or the depth of a walk.
 *
 * @public
 */
export interface DagsterAssetReadClient {
  readonly instanceId: string;
  readonly requestCount: number;
  /** The server's version, asked now (not cached). */
  probeServerInfo(options?: DagsterReadOptions): Promise<DagsterServerInfo>;
  listCodeLocations(
    options?: DagsterReadOptions,
  ): Promise<DagsterCodeLocation[]>;
  /** Every asset of the instance as a lineage node, in one request. */
  getAssetGraph(options?: DagsterReadOptions): Promise<DagsterLineageNode[]>;
  /** Latest materialisation and run of the given assets, in at most `maxBatches` requests. */
  getLatestInfo(
    keys: string[][],
    options?: DagsterReadOptions,
  ): Promise<DagsterAssetLatestInfo[]>;
  /** Checks of one asset; throws `DagsterAssetNotFoundError` for an unknown key. */
  getAssetChecks(
    key: string[],
    options?: DagsterReadOptions,
  ): Promise<DagsterAssetCheck[]>;
  /** Checks of many assets, in at most `maxBatches` requests; unknown keys are left out. */
  getChecksOfAssets(
    keys: string[][],
    options?: DagsterReadOptions,
  ): Promise<DagsterAssetChecks[]>;
  /**
   * The latest executions of each named check of one asset, newest first, in
   * one request; a check Dagster does not know gets an empty list.
   */
  getCheckHistories(
    key: string[],
    checkNames: string[],
    limit: number,
    options?: DagsterReadOptions,
  ): Promise<Map<string, DagsterCheckExecution[]>>;
}
