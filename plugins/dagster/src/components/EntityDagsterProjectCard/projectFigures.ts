import type { LineageGraph, ProjectChecksReport } from '../../api';

/** An asset counts as stale when it has not been materialised for this long. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface ProjectFigures {
  assets: number;
  failingChecks: number;
  warningChecks: number;
  staleAssets: number;
}

/**
 * The overview figures of a project: its own assets (neighbours in other
 * projects are left out), checks whose latest run failed, and assets not
 * materialised within a day that are not running now.
 */
export function projectFigures(
  location: string,
  lineage: LineageGraph,
  checks: ProjectChecksReport,
  now: number,
): ProjectFigures {
  const own = lineage.nodes.filter(node => node.location === location);
  const staleAssets = own.filter(node => {
    if (node.status.running) return false;
    const at = node.status.lastMaterializedAt;
    return !at || now - Date.parse(at) > STALE_AFTER_MS;
  }).length;
  return {
    assets: own.length,
    failingChecks: checks.checks.failing,
    warningChecks: checks.checks.warning,
    staleAssets,
  };
}
