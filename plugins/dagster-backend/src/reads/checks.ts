import {
  DagsterAssetReadClient,
  DagsterCheckExecution,
} from '@internal/backstage-plugin-dagster-node';
import { mapLimit } from './mapLimit';
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
  concurrency: number;
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

/** The checks of one asset, each with its recent history and pass rate. */
export async function readAssetChecks(
  client: DagsterAssetReadClient,
  assetKey: string[],
  options: ChecksOptions,
): Promise<AssetChecksReport> {
  const checks = await client.getAssetChecks(assetKey);
  const reports = await mapLimit(
    checks,
    options.concurrency,
    async (check): Promise<AssetCheck> => {
      const history = await client.getCheckExecutions(
        assetKey,
        check.name,
        options.historyLimit,
      );
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
    },
  );
  return {
    kind: 'asset',
    instanceId: client.instanceId,
    assetKey: keyString(assetKey),
    status: worstStatus(reports.map(r => r.status)),
    checks: reports,
  };
}

/** Check counts over every asset of a code location that has checks. */
export async function readProjectChecks(
  client: DagsterAssetReadClient,
  location: string,
  assetKeys: string[][],
  options: ChecksOptions,
): Promise<ProjectChecksReport> {
  const nodes = await client.getLineageNodes(assetKeys);
  const checked = nodes.filter(
    n => n.hasAssetChecks && n.location === location,
  );
  const perAsset = await mapLimit(checked, options.concurrency, async node => ({
    key: node.key,
    checks: await client.getAssetChecks(node.key),
  }));
  const assets = emptyCounts();
  const checks = emptyCounts();
  const items: ProjectChecksReport['items'] = [];
  for (const entry of perAsset) {
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
