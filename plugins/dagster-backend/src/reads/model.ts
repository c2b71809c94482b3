/** Which way a lineage walk goes from its starting assets. */
export type LineageDirection = 'upstream' | 'downstream' | 'both';

/** The roll-up of an asset's checks, or of one check. */
export type CheckStatus = 'passing' | 'failing' | 'warning' | 'unknown';

/** What an entity stands for in Dagster, from its annotations. */
export type DagsterTarget =
  | { kind: 'asset'; instanceId: string; assetKey: string[] }
  | { kind: 'project'; instanceId: string; location: string };

export interface LineageNode {
  /** The asset key joined with `/`, as in the `dagster.io/asset-key` annotation. */
  key: string;
  /** The catalog entity name of the asset, when it has a plain one. */
  entityName?: string;
  location: string;
  group: string | null;
  status: {
    lastMaterializedAt?: string;
    lastRunStatus?: string;
    running: boolean;
    checks: CheckStatus | 'none';
  };
}

export interface LineageGraph {
  instanceId: string;
  roots: string[];
  depth: number;
  direction: LineageDirection;
  nodes: LineageNode[];
  edges: { from: string; to: string }[];
  /** True when the walk stopped at the node limit. */
  truncated: boolean;
}

export interface CheckExecutionSummary {
  runId: string;
  status: string;
  timestamp: string;
  severity?: 'WARN' | 'ERROR';
  success?: boolean;
  description?: string | null;
}

export interface AssetCheckReport {
  name: string;
  description: string | null;
  blocking: boolean;
  status: CheckStatus;
  severity: 'WARN' | 'ERROR' | null;
  lastRunAt: string | null;
  lastRunId: string | null;
  history: CheckExecutionSummary[];
  /** Succeeded over finished executions of `history`; null when none finished. */
  passRate: number | null;
}

export interface AssetChecksReport {
  kind: 'asset';
  instanceId: string;
  assetKey: string;
  status: CheckStatus | 'none';
  checks: AssetCheckReport[];
}

export interface CheckCounts {
  passing: number;
  failing: number;
  warning: number;
  unknown: number;
}

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
