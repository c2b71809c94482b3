import { AssetRecord } from '../store/records';
import { SimContext } from './context';

type Health = 'HEALTHY' | 'WARNING' | 'DEGRADED' | 'UNKNOWN' | 'NOT_APPLICABLE';

const SEVERITY: Record<Health, number> = {
  NOT_APPLICABLE: 0,
  HEALTHY: 1,
  UNKNOWN: 2,
  WARNING: 3,
  DEGRADED: 4,
};

function worst(statuses: Health[]): Health {
  return statuses.reduce<Health>(
    (a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a),
    'NOT_APPLICABLE',
  );
}

/** Freshness of an asset with a freshness policy; null without one. */
export function freshnessStatusInfo(ctx: SimContext, record: AssetRecord) {
  const policy = record.def.freshness;
  if (!policy) return null;
  const latest = ctx.store.materializations(record.def.key)[0];
  if (!latest) {
    return { freshnessStatus: 'UNKNOWN', freshnessStatusMetadata: null };
  }
  const age = (ctx.nowMs - latest.timestampMs) / 1000;
  let status: Health = 'HEALTHY';
  if (age > policy.failWindowSeconds) status = 'DEGRADED';
  else if (
    policy.warnWindowSeconds !== undefined &&
    age > policy.warnWindowSeconds
  ) {
    status = 'WARNING';
  }
  return {
    freshnessStatus: status,
    freshnessStatusMetadata: {
      lastMaterializedTimestamp: latest.timestampMs / 1000,
    },
  };
}

function materializationStatus(
  ctx: SimContext,
  path: readonly string[],
): Health {
  const latest = ctx.store.materializations(path)[0];
  const lastRun = ctx.store
    .runsForAsset(path)
    .find(r => r.status === 'SUCCESS' || r.status === 'FAILURE');
  if (
    lastRun?.status === 'FAILURE' &&
    (!latest || latest.timestampMs / 1000 < lastRun.creationTime)
  ) {
    return 'DEGRADED';
  }
  return latest ? 'HEALTHY' : 'UNKNOWN';
}

function checksStatus(
  ctx: SimContext,
  record: AssetRecord | undefined,
): Health {
  if (!record || record.checks.length === 0) return 'NOT_APPLICABLE';
  const statuses = record.checks.map((check): Health => {
    const latest = ctx.store.checkExecutions(record.def.key, check.name)[0];
    if (!latest) return 'UNKNOWN';
    if (latest.status === 'EXECUTION_FAILED') return 'DEGRADED';
    if (latest.status !== 'FAILED')
      return latest.status === 'SUCCEEDED' ? 'HEALTHY' : 'UNKNOWN';
    return latest.severity === 'WARN' ? 'WARNING' : 'DEGRADED';
  });
  return worst(statuses);
}

/** `AssetHealth` roll-up: the worst of materialisation, checks and freshness. */
export function assetHealth(
  ctx: SimContext,
  path: readonly string[],
  record?: AssetRecord,
) {
  const materialization = materializationStatus(ctx, path);
  const checks = checksStatus(ctx, record);
  const freshnessInfo = record ? freshnessStatusInfo(ctx, record) : null;
  const freshness =
    (freshnessInfo?.freshnessStatus as Health) ?? 'NOT_APPLICABLE';
  return {
    assetHealth: worst([materialization, checks, freshness]),
    materializationStatus: materialization,
    assetChecksStatus: checks,
    freshnessStatus: freshness,
    freshnessStatusMetadata: freshnessInfo?.freshnessStatusMetadata ?? null,
  };
}
