import {
  DagsterAssetReadClient,
  DagsterCheckExecution,
  DagsterLineageNode,
} from '@internal/backstage-plugin-dagster-node';
import {
  AssetCheck,
  AssetChecksReport,
  CheckExecution,
  ProjectChecksReport,
} from './model';
import {
  emptyCounts,
  executionStatus,
  passRate,
  rollUpChecks,
  worstStatus,
} from './status';
import { keyString } from './lineage';

export interface ChecksOptions {
  historyLimit: number;
  /** The answer's deadline, shared by every request. */
  signal?: AbortSignal;
}

function summarise(execution: DagsterCheckExecution): CheckExecution {
  return {
    runId: execution.runId,
    status: execution.status,
    timestamp: execution.timestamp,
    ...(execution.evaluation
      ? {
          severity: execution.evaluation.severity,
          success: execution.evaluation.success,
          description: execution.evaluation.description,
        }
      : {}),
  };
}

/**
 * The checks of one asset, each with its recent history and pass rate: two
 * requests, however many checks the asset has.
 */
export async function readAssetChecks(
  client: DagsterAssetReadClient,
  assetKey: string[],
  options: ChecksOptions,
): Promise<AssetChecksReport> {
  const { signal } = options;
  const checks = await client.getAssetChecks(assetKey, { signal });
  const histories = await client.getCheckHistories(
    assetKey,
    checks.map(check => check.name),
    options.historyLimit,
    { signal },
  );
  const reports = checks.map((check): AssetCheck => {
    const history = histories.get(check.name) ?? [];
    const latest = check.latestExecution;
    return {
      name: check.name,
      description: check.description,
      blocking: check.blocking,
      status: executionStatus(latest),
      severity: latest?.evaluation?.severity ?? null,
      lastRunAt: latest?.timestamp ?? null,
      lastRunId: latest?.runId ?? null,
      history: history.map(summarise),
      passRate: passRate(history),
    };
  });
  return {
    kind: 'asset',
    instanceId: client.instanceId,
    assetKey: keyString(assetKey),
    status: worstStatus(reports.map(r => r.status)),
    checks: reports,
  };
}

/**
 * Check counts over every asset of a code location that has checks, read in
 * a bounded number of requests whatever the size of the project.
 */
export async function readProjectChecks(
  client: DagsterAssetReadClient,
  location: string,
  projectAssets: DagsterLineageNode[],
  options: { signal?: AbortSignal },
): Promise<ProjectChecksReport> {
  const checked = projectAssets.filter(n => n.hasAssetChecks);
  const perAsset = await client.getChecksOfAssets(
    checked.map(node => node.key),
    { signal: options.signal },
  );
  const assets = emptyCounts();
  const checks = emptyCounts();
  const items: ProjectChecksReport['items'] = [];
  const byKey = (a: { key: string[] }, b: { key: string[] }) =>
    keyString(a.key).localeCompare(keyString(b.key));
  for (const entry of [...perAsset].sort(byKey)) {
    const status = rollUpChecks(entry.checks);
    if (status === 'none') continue;
    assets[status]++;
    for (const check of entry.checks) {
      checks[executionStatus(check.latestExecution)]++;
    }
    items.push({
      assetKey: keyString(entry.key),
      status,
      checks: entry.checks.length,
    });
  }
  return {
    kind: 'project',
    instanceId: client.instanceId,
    location,
    assets,
    checks,
    items,
  };
}
