import { Prng } from '../dataset/prng';
import {
  DatasetAsset,
  DatasetJob,
  DatasetMaterialization,
  DatasetRun,
  DatasetStepStat,
} from '../dataset/types';
import { DEFAULT_REPOSITORY, keyId, stepKeyFor } from '../store/keys';

const DAY_S = 86_400;

/** How to write a run history for a set of assets. */
export interface HistoryOptions {
  /** Epoch ms of "now" for the dataset; history lies in the days before it. */
  referenceTime: number;
  /** Number of past days with runs. */
  days: number;
  prng: Prng;
  /** Share of runs that fail part-way. */
  failRunRate?: number;
  /** Whether a check passes on a given day (0 = most recent day). */
  checkPasses?: (
    asset: DatasetAsset,
    checkName: string,
    daysAgo: number,
  ) => boolean;
  /** Assets that are never materialised (e.g. new definitions). */
  neverMaterialized?: (asset: DatasetAsset) => boolean;
}

/** Runs, materialisations and jobs written by {@link buildHistory}. */
export interface History {
  jobs: DatasetJob[];
  runs: DatasetRun[];
  materializations: DatasetMaterialization[];
}

function isoDate(epochSeconds: number) {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10);
}

/** Orders a group's assets so that upstreams run first. */
function ordered(assets: DatasetAsset[]): DatasetAsset[] {
  const byId = new Map(assets.map(a => [keyId(a.key), a]));
  const out: DatasetAsset[] = [];
  const seen = new Set<string>();
  const visit = (a: DatasetAsset) => {
    const id = keyId(a.key);
    if (seen.has(id)) return;
    seen.add(id);
    for (const d of a.deps ?? []) {
      const up = byId.get(keyId(d));
      if (up) visit(up);
    }
    out.push(a);
  };
  assets.forEach(visit);
  return out;
}

/**
 * Writes a plausible history: each day, one run per (location, group) job,
 * groups in the order given, steps one after another. Check executions are
 * appended to the assets' checks (the assets are mutated).
 */
export function buildHistory(
  assets: DatasetAsset[],
  options: HistoryOptions,
): History {
  const { prng, days } = options;
  const groups = new Map<string, DatasetAsset[]>();
  for (const a of assets) {
    if (a.isMaterializable === false) continue;
    const id = `${a.location}\u0000${a.repository ?? DEFAULT_REPOSITORY}\u0000${
      a.group
    }`;
    groups.set(id, [...(groups.get(id) ?? []), a]);
  }
  const rowCounts = new Map<string, number>();
  const jobs: DatasetJob[] = [];
  const runs: DatasetRun[] = [];
  const materializations: DatasetMaterialization[] = [];
  const referenceS = Math.floor(options.referenceTime / 1000);
  let groupIndex = 0;
  for (const members of groups.values()) {
    const { location, repository, group } = members[0];
    const steps = ordered(members);
    const jobName = `${group}_job`;
    jobs.push({
      name: jobName,
      location,
      repository,
      description: `Materialises the ${group} assets of ${location}.`,
      assets: steps.map(a => a.key),
    });
    const offset = (groupIndex % 24) * 900;
    groupIndex += 1;
    for (let daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
      const created =
        referenceS - (daysAgo + 1) * DAY_S + 3600 + offset + prng.int(0, 240);
      const runId = prng.uuid();
      const failAt = prng.chance(options.failRunRate ?? 0)
        ? prng.int(0, steps.length - 1)
        : -1;
      const partition = isoDate(created - DAY_S);
      const stepStats: DatasetStepStat[] = [];
      let t = created + prng.int(5, 30);
      const start = t;
      for (let i = 0; i < steps.length; i++) {
        const asset = steps[i];
        if (options.neverMaterialized?.(asset)) continue;
        const duration = prng.int(15, 240);
        const failed = i === failAt;
        stepStats.push({
          stepKey: stepKeyFor(asset.key),
          status: failed ? 'FAILURE' : 'SUCCESS',
          startTime: t,
          endTime: t + duration,
        });
        t += duration;
        if (failed) break;
        const id = keyId(asset.key);
        const base = rowCounts.get(id) ?? prng.int(2_000, 4_000_000);
        const rows = Math.round(base * (1 + prng.int(0, 30) / 10_000));
        rowCounts.set(id, rows);
        materializations.push({
          assetKey: asset.key,
          runId,
          timestamp: String(t * 1000),
          partition: asset.partitions ? partition : undefined,
          metadata: { 'dagster/row_count': rows },
          tags: asset.partitions
            ? { 'dagster/partition': partition }
            : undefined,
        });
        for (const check of asset.checks ?? []) {
          const passes =
            options.checkPasses?.(asset, check.name, daysAgo) ?? true;
          check.executions = [
            ...(check.executions ?? []),
            {
              runId,
              timestamp: t + 2,
              status: passes ? 'SUCCEEDED' : 'FAILED',
              description: passes ? undefined : check.description,
              partition: asset.partitions ? partition : undefined,
            },
          ];
        }
      }
      runs.push({
        runId,
        jobName,
        location,
        repository,
        status: stepStats.some(s => s.status === 'FAILURE')
          ? 'FAILURE'
          : 'SUCCESS',
        creationTime: created,
        startTime: start,
        endTime: t + 3,
        tags: {
          'dagster/schedule_name': `${group}_daily`,
          ...(steps.some(a => a.partitions)
            ? { 'dagster/partition': partition }
            : {}),
        },
        assetSelection: steps.map(a => a.key),
        stepStats,
      });
    }
  }
  return { jobs, runs, materializations };
}
