/**
 * The JSON dataset a simulator serves. Times follow Dagster's own units:
 * run, step and check times are epoch seconds (numbers), materialisation
 * timestamps are epoch milliseconds written as strings.
 *
 * @public
 */
export interface Dataset {
  /** Value of `Query.version`; defaults to a 1.12 release. */
  dagsterVersion?: string;
  /**
   * Epoch milliseconds the dataset's times were written against. When set,
   * the server moves every time forward by whole days so that this moment
   * falls within the last day before it started (see `rebaseTimestamps`).
   */
  referenceTime?: number;
  codeLocations: DatasetCodeLocation[];
  assets: DatasetAsset[];
  /** Named asset jobs; every repository also has the implicit `__ASSET_JOB`. */
  jobs?: DatasetJob[];
  runs?: DatasetRun[];
  materializations?: DatasetMaterialization[];
}

/** A code location (one Dagster code server). @public */
export interface DatasetCodeLocation {
  name: string;
  /** Repository names; defaults to `["__repository__"]`. */
  repositories?: string[];
  /**
   * When set, the location failed to load: its entry reports a PythonError
   * with this message and none of its assets, jobs or runs' definitions are served.
   */
  loadError?: string;
  /** Python traceback lines for the load error. */
  loadErrorStack?: string[];
  /** Package name to version, e.g. `{ "dagster": "1.12.13" }`. */
  libraryVersions?: Record<string, string>;
  /** Epoch seconds the location last loaded. */
  updatedTimestamp?: number;
}

/** An asset definition. @public */
export interface DatasetAsset {
  /** Asset key path, e.g. `["claims", "silver", "claims_clean"]`. */
  key: string[];
  location: string;
  /** Defaults to `__repository__`. */
  repository?: string;
  group: string;
  description?: string;
  /** `team:<name>` becomes a TeamAssetOwner, anything else a UserAssetOwner (email). */
  owners?: string[];
  /** Served as `kinds` and as `dagster/kind/<kind>` tags. */
  kinds?: string[];
  /** Legacy compute kind; when set, `kinds` is served as `[computeKind]` if `kinds` is absent. */
  computeKind?: string;
  /** Definition tags. */
  tags?: Record<string, string>;
  /** Column schema, served as the `dagster/column_schema` metadata entry. */
  columns?: DatasetColumn[];
  /** Column lineage, served as `dagster/column_lineage`: column name to upstream columns. */
  columnLineage?: Record<string, Array<{ asset: string[]; column: string }>>;
  /** Upstream asset keys; they may live in other code locations. */
  deps?: string[][];
  partitions?: DatasetPartitions;
  /** Defaults to true; false makes an external (observable-only) asset. */
  isMaterializable?: boolean;
  /** Further definition metadata, keyed by label. */
  metadata?: Record<string, DatasetMetadataValue>;
  /** Source file, served as `dagster/code_references`. */
  codeReference?: { filePath: string; lineNumber?: number };
  /** Fail when the age of the latest materialisation exceeds these seconds. */
  freshness?: { failWindowSeconds: number; warnWindowSeconds?: number };
  /** Label of the declarative automation condition, e.g. `eager()`. */
  automationCondition?: string;
  checks?: DatasetCheck[];
}

/** A column of an asset's table schema. @public */
export interface DatasetColumn {
  name: string;
  type: string;
  description?: string;
  /** Defaults to true. */
  nullable?: boolean;
  unique?: boolean;
  /** Column tags such as `pii: "true"`, `pii_category: "nhs_number"`. */
  tags?: Record<string, string>;
}

/** Partitions of an asset. @public */
export type DatasetPartitions =
  | {
      type: 'TIME_WINDOW';
      /** Only daily windows are described; `cronSchedule` is informative. */
      start: string;
      cronSchedule?: string;
      timezone?: string;
      /** Python strftime format; defaults to `%Y-%m-%d`. */
      fmt?: string;
    }
  | { type: 'STATIC'; keys: string[] };

/** An asset check definition with its execution history. @public */
export interface DatasetCheck {
  name: string;
  description?: string;
  blocking?: boolean;
  /** Severity reported when the check fails; defaults to ERROR. */
  severity?: 'WARN' | 'ERROR';
  /** Oldest first or in any order; the newest by timestamp is "latest". */
  executions?: DatasetCheckExecution[];
}

/** One execution of an asset check. @public */
export interface DatasetCheckExecution {
  runId: string;
  /** Epoch seconds. */
  timestamp: number;
  status:
    | 'IN_PROGRESS'
    | 'SUCCEEDED'
    | 'FAILED'
    | 'EXECUTION_FAILED'
    | 'SKIPPED';
  /** Defaults to the check's severity. */
  severity?: 'WARN' | 'ERROR';
  /** Defaults to `status === "SUCCEEDED"`. */
  success?: boolean;
  description?: string;
  partition?: string;
  metadata?: Record<string, DatasetMetadataValue>;
}

/** A named asset job. @public */
export interface DatasetJob {
  name: string;
  location: string;
  repository?: string;
  description?: string;
  /** Asset keys the job materialises. */
  assets: string[][];
}

/** Run statuses Dagster reports. @public */
export type DatasetRunStatus =
  | 'QUEUED'
  | 'NOT_STARTED'
  | 'MANAGED'
  | 'STARTING'
  | 'STARTED'
  | 'SUCCESS'
  | 'FAILURE'
  | 'CANCELING'
  | 'CANCELED';

/** A historical run. @public */
export interface DatasetRun {
  runId: string;
  jobName: string;
  location: string;
  repository?: string;
  status: DatasetRunStatus;
  /** Epoch seconds. */
  creationTime: number;
  startTime?: number;
  endTime?: number;
  tags?: Record<string, string>;
  assetSelection?: string[][];
  stepStats?: DatasetStepStat[];
}

/** Timing of one step of a run. @public */
export interface DatasetStepStat {
  stepKey: string;
  status: 'SKIPPED' | 'SUCCESS' | 'FAILURE' | 'IN_PROGRESS';
  startTime?: number;
  endTime?: number;
}

/** One materialisation event. @public */
export interface DatasetMaterialization {
  assetKey: string[];
  runId: string;
  /** Epoch milliseconds as a string, as Dagster serves it. */
  timestamp: string;
  partition?: string;
  stepKey?: string;
  /** Runtime metadata such as `dagster/row_count`. */
  metadata?: Record<string, DatasetMetadataValue>;
  tags?: Record<string, string>;
}

/**
 * A metadata value. Plain values map to Text, Int (whole numbers), Float and
 * Bool entries; the tagged forms pick the other entry types.
 *
 * @public
 */
export type DatasetMetadataValue =
  | string
  | number
  | boolean
  | null
  | { type: 'float'; value: number }
  | { type: 'url'; url: string }
  | { type: 'path'; path: string }
  | { type: 'json'; value: unknown }
  | { type: 'markdown'; markdown: string }
  | { type: 'timestamp'; seconds: number }
  | { type: 'asset'; assetKey: string[] }
  | { type: 'pool'; pool: string };
