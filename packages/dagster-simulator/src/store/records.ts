import {
  DatasetAsset,
  DatasetCheck,
  DatasetMetadataValue,
  DatasetRunStatus,
} from '../dataset/types';

/** Key/value pair as Dagster serves tags. */
export interface Tag {
  key: string;
  value: string;
}

/** An asset definition as held by the store. */
export interface AssetRecord {
  def: DatasetAsset;
  id: string;
  repository: string;
  /** keyIds of assets that list this one as a dependency. */
  downstream: string[];
  checks: DatasetCheck[];
}

/** Step timing as Dagster reports it (seconds). */
export interface StepRecord {
  stepKey: string;
  status: 'SKIPPED' | 'SUCCESS' | 'FAILURE' | 'IN_PROGRESS';
  startTime: number | null;
  endTime: number | null;
}

/** The schedule a launched run follows; statuses are derived from elapsed time. */
export interface LivePlan {
  createdMs: number;
  stepMs: number;
  steps: Array<{ stepKey: string; assetKeys: string[][] }>;
  partition: string | null;
  /** The first step fails (tag `simulator/fail=true`). */
  fail: boolean;
  /** Steps whose materialisations are already written. */
  stepsWritten: number;
  /** SAFE_TERMINATE asked at this time; CANCELED one step later. */
  cancelRequestedMs?: number;
  done: boolean;
}

/** A run, historical or launched. */
export interface RunRecord {
  runId: string;
  jobName: string;
  location: string;
  repository: string;
  status: DatasetRunStatus;
  creationTime: number;
  startTime: number | null;
  endTime: number | null;
  updateTime: number;
  tags: Tag[];
  assetSelection: string[][] | null;
  assetCheckSelection: Array<{ assetKey: string[]; name: string }> | null;
  stepStats: StepRecord[];
  rootRunId?: string | null;
  parentRunId?: string | null;
  live?: LivePlan;
}

/** A materialisation event. */
export interface MaterializationRecord {
  storageId: number;
  assetKey: string[];
  runId: string;
  timestampMs: number;
  partition: string | null;
  stepKey: string;
  metadata: Record<string, DatasetMetadataValue>;
  tags: Tag[];
}

/** An asset check execution. */
export interface CheckExecutionRecord {
  storageId: number;
  assetKey: string[];
  checkName: string;
  runId: string;
  timestamp: number;
  status:
    | 'IN_PROGRESS'
    | 'SUCCEEDED'
    | 'FAILED'
    | 'EXECUTION_FAILED'
    | 'SKIPPED';
  severity: 'WARN' | 'ERROR';
  success: boolean;
  description: string | null;
  partition: string | null;
  stepKey: string;
  metadata: Record<string, DatasetMetadataValue>;
}

/** Turns a tag map into Dagster's list form. */
export function toTags(tags: Record<string, string> | undefined): Tag[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}

/** Run statuses after which nothing changes. */
export const FINISHED_STATUSES: ReadonlySet<DatasetRunStatus> = new Set([
  'SUCCESS',
  'FAILURE',
  'CANCELED',
]);
