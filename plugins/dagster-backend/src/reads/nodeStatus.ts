import {
  DagsterAssetReadClient,
  DagsterLineageNode,
} from '@internal/backstage-plugin-dagster-node';
import { plainAssetEntityName } from '@internal/backstage-plugin-dagster-common';
import { keyString } from './lineage';
import { CheckStatus, LineageGraph } from './model';
import { rollUpChecks } from './status';

/**
 * The walk's nodes with their latest run and check roll-up, read side by
 * side in bounded batches under the answer's signal. Checks are looked up
 * for at most `maxCheckedNodes` nodes; the others say `unknown`.
 */
export async function withStatus(
  client: DagsterAssetReadClient,
  nodes: DagsterLineageNode[],
  options: { maxCheckedNodes: number; signal: AbortSignal },
): Promise<LineageGraph['nodes']> {
  const { signal } = options;
  const checked = nodes
    .filter(n => n.hasAssetChecks)
    .slice(0, options.maxCheckedNodes);
  const [infos, checks] = await Promise.all([
    client.getLatestInfo(
      nodes.map(n => n.key),
      { signal },
    ),
    client.getChecksOfAssets(
      checked.map(n => n.key),
      { signal },
    ),
  ]);
  const latest = new Map(infos.map(info => [keyString(info.key), info]));
  const checkStatus = new Map<string, CheckStatus | 'none'>(
    checks.map(read => [keyString(read.key), rollUpChecks(read.checks)]),
  );
  return nodes.map(node => {
    const key = keyString(node.key);
    const info = latest.get(key);
    const entityName = plainAssetEntityName(node.key);
    return {
      key,
      ...(entityName ? { entityName } : {}),
      location: node.location,
      group: node.group,
      status: {
        ...(info?.lastMaterializedAt
          ? { lastMaterializedAt: info.lastMaterializedAt }
          : {}),
        ...(info?.lastRunStatus ? { lastRunStatus: info.lastRunStatus } : {}),
        running: (info?.inProgressRunIds.length ?? 0) > 0,
        checks: node.hasAssetChecks
          ? checkStatus.get(key) ?? 'unknown'
          : 'none',
      },
    };
  });
}
