import {
  DagsterAssetCheck,
  DagsterAssetLatestInfo,
  DagsterCheckExecution,
  DagsterLineageNode,
} from './model';
import {
  AssetCheckExecutionData,
  AssetGraphData,
  AssetsLatestInfoData,
} from './types';

const paths = (keys: { path: string[] }[]) => keys.map(k => [...k.path]);

/** Epoch seconds (checks, runs) to ISO 8601. */
export function isoFromSeconds(seconds: number): string {
  return new Date(Math.round(seconds * 1000)).toISOString();
}

/** Epoch milliseconds as a string (materialisations) to ISO 8601, or undefined when not a number. */
export function isoFromMillisString(millis: string): string | undefined {
  const value = Number(millis);
  return Number.isFinite(value) ? new Date(value).toISOString() : undefined;
}

export function toLineageNode(
  node: AssetGraphData['assetNodes'][number],
): DagsterLineageNode {
  return {
    key: [...node.assetKey.path],
    location: node.repository.location.name,
    repository: node.repository.name,
    group: node.groupName ?? null,
    hasAssetChecks: node.hasAssetChecks,
    upstream: paths(node.dependencyKeys),
    downstream: paths(node.dependedByKeys),
  };
}

export function toLatestInfo(
  info: AssetsLatestInfoData['assetsLatestInfo'][number],
): DagsterAssetLatestInfo {
  const result: DagsterAssetLatestInfo = {
    key: [...info.assetKey.path],
    inProgressRunIds: [...info.inProgressRunIds],
  };
  if (info.latestMaterialization) {
    result.lastMaterializedAt = isoFromMillisString(
      info.latestMaterialization.timestamp,
    );
    result.lastMaterializationRunId = info.latestMaterialization.runId;
  }
  if (info.latestRun) {
    result.lastRunId = info.latestRun.runId;
    result.lastRunStatus = info.latestRun.status;
  }
  return result;
}

export function toCheckExecution(
  execution: AssetCheckExecutionData,
): DagsterCheckExecution {
  return {
    id: execution.id,
    runId: execution.runId,
    status: execution.status,
    timestamp: isoFromSeconds(execution.timestamp),
    ...(execution.evaluation
      ? { evaluation: { ...execution.evaluation } }
      : {}),
  };
}

export function toAssetCheck(check: {
  name: string;
  description: string | null;
  blocking: boolean;
  executionForLatestMaterialization: AssetCheckExecutionData | null;
}): DagsterAssetCheck {
  const latest = check.executionForLatestMaterialization;
  return {
    name: check.name,
    description: check.description,
    blocking: check.blocking,
    ...(latest ? { latestExecution: toCheckExecution(latest) } : {}),
  };
}
