import { Dataset } from './types';

const DAY_MS = 86_400_000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function shiftDateKey(key: string | undefined, days: number) {
  if (key === undefined) return undefined;
  const m = DATE_KEY.exec(key);
  if (!m) return key;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

function shiftSeconds(value: number | undefined, shiftMs: number) {
  return value === undefined ? undefined : value + shiftMs / 1000;
}

/**
 * Returns a copy of the dataset with every time moved forward by whole days,
 * so that `referenceTime` lands in the 24 hours before `nowMs`. Daily
 * partition keys (`YYYY-MM-DD`) move by the same number of days, keeping
 * partitions and timestamps consistent. Whole days keep the shift stable for
 * a given start day.
 */
export function rebaseDataset(dataset: Dataset, nowMs: number): Dataset {
  if (dataset.referenceTime === undefined) return dataset;
  const days = Math.floor((nowMs - dataset.referenceTime) / DAY_MS);
  if (days === 0) return dataset;
  const shiftMs = days * DAY_MS;
  const tags = (t: Record<string, string> | undefined) =>
    t && t['dagster/partition']
      ? {
          ...t,
          'dagster/partition': shiftDateKey(t['dagster/partition'], days)!,
        }
      : t;
  return {
    ...dataset,
    referenceTime: dataset.referenceTime + shiftMs,
    codeLocations: dataset.codeLocations.map(l => ({
      ...l,
      updatedTimestamp: shiftSeconds(l.updatedTimestamp, shiftMs),
    })),
    assets: dataset.assets.map(a => ({
      ...a,
      checks: a.checks?.map(c => ({
        ...c,
        executions: c.executions?.map(e => ({
          ...e,
          timestamp: e.timestamp + shiftMs / 1000,
          partition: shiftDateKey(e.partition, days),
        })),
      })),
    })),
    runs: dataset.runs?.map(r => ({
      ...r,
      creationTime: r.creationTime + shiftMs / 1000,
      startTime: shiftSeconds(r.startTime, shiftMs),
      endTime: shiftSeconds(r.endTime, shiftMs),
      tags: tags(r.tags),
      stepStats: r.stepStats?.map(s => ({
        ...s,
        startTime: shiftSeconds(s.startTime, shiftMs),
        endTime: shiftSeconds(s.endTime, shiftMs),
      })),
    })),
    materializations: dataset.materializations?.map(m => ({
      ...m,
      timestamp: String(Number(m.timestamp) + shiftMs),
      partition: shiftDateKey(m.partition, days),
      tags: tags(m.tags),
    })),
  };
}
