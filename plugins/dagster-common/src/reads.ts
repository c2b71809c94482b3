/*
 * The answers of the Dagster backend's lineage and checks routes, shared by
 * the backend that builds them and the frontend that shows them.
 */

/**
 * Which way a lineage walk goes from the entity's assets.
 *
 * @public
 */
export type LineageDirection = 'upstream' | 'downstream' | 'both';

/**
 * The roll-up of an asset's checks, or the latest result of one check.
 *
 * @public
 */
export type CheckStatus = 'passing' | 'failing' | 'warning' | 'unknown';

/**
 * An asset in a lineage graph, with its latest state.
 *
 * @public
 */
export interface LineageNode {
  /** The asset key joined with `/`, as in the `dagster.io/asset-key` annotation. */
  key: string;
  /** The catalog (Resource) entity name of the asset, when it has a plain one. */
  entityName?: string;
  /** Code location (project) of the asset. */
  location: string;
  group: string | null;
  status: {
    lastMaterializedAt?: string;
    lastRunStatus?: string;
    running: boolean;
    checks: CheckStatus | 'none';
  };
}

/**
 * The lineage around an entity's assets.
 *
 * @public
 */
export interface LineageGraph {
  instanceId: string;
  /** Keys of the entity's own assets, where the walk started. */
  roots: string[];
  depth: number;
  direction: LineageDirection;
  nodes: LineageNode[];
  /** Data flows from `from` to `to`. */
  edges: { from: string; to: string }[];
  /** True when the walk stopped at the backend's node limit. */
  truncated: boolean;
}

/**
 * How far and which way to walk the lineage.
 *
 * @public
 */
export interface LineageOptions {
  /** Hops from the entity's assets, 1 to 5. */
  depth: number;
  direction: LineageDirection;
}

/**
 * One execution of an asset check.
 *
 * @public
 */
export interface CheckExecution {
  runId: string;
  /** Dagster's execution status, for example `SUCCEEDED`, `FAILED`, `IN_PROGRESS`. */
  status: string;
  timestamp: string;
  severity?: 'WARN' | 'ERROR';
  success?: boolean;
  description?: string | null;
}

/**
 * An asset check with its latest result and recent history.
 *
 * @public
 */
export interface AssetCheck {
  name: string;
  description: string | null;
  /** Whether a failure stops downstream materialisations. */
  blocking: boolean;
  status: CheckStatus;
  severity: 'WARN' | 'ERROR' | null;
  lastRunAt: string | null;
  lastRunId: string | null;
  history: CheckExecution[];
  /** Succeeded over finished executions of `history`; null when none finished. */
  passRate: number | null;
}

/**
 * The checks of one asset entity.
 *
 * @public
 */
export interface AssetChecksReport {
  kind: 'asset';
  instanceId: string;
  assetKey: string;
  status: CheckStatus | 'none';
  checks: AssetCheck[];
}

/**
 * Counts by check status.
 *
 * @public
 */
export interface CheckCounts {
  passing: number;
  failing: number;
  warning: number;
  unknown: number;
}

/**
 * The roll-up of checks over a project (code location).
 *
 * @public
 */
export interface ProjectChecksReport {
  kind: 'project';
  instanceId: string;
  location: string;
  /** Assets with checks, counted by the roll-up of their checks. */
  assets: CheckCounts;
  /** Every check of the location, counted by its latest status. */
  checks: CheckCounts;
  /** Assets of the location that have checks, with their roll-up. */
  items: { assetKey: string; status: CheckStatus; checks: number }[];
}

/**
 * What `GET /checks` answers: an asset's checks or a project's roll-up.
 *
 * @public
 */
export type ChecksReport = AssetChecksReport | ProjectChecksReport;
