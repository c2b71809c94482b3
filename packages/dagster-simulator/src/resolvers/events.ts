import { MaterializationRecord } from '../store/records';
import { SimContext, assetKey } from './context';
import { metadataEntries } from './metadata';
import { runOrError, stepStatsView } from './runs';

/** Arguments Dagster accepts to page through materialisations. */
export interface MaterializationArgs {
  partitions?: string[] | null;
  beforeTimestampMillis?: string | null;
  afterTimestampMillis?: string | null;
  limit?: number | null;
}

/** `MaterializationEvent` view. */
export function materializationView(ctx: SimContext, m: MaterializationRecord) {
  return {
    __typename: 'MaterializationEvent',
    runId: m.runId,
    message: `Materialized value ${m.stepKey}.`,
    timestamp: String(m.timestampMs),
    stepKey: m.stepKey,
    label: null,
    description: null,
    metadataEntries: () => metadataEntries(m.metadata),
    assetKey: assetKey(m.assetKey),
    runOrError: () => runOrError(ctx, m.runId),
    stepStats: () => {
      const run = ctx.store.run(m.runId);
      const step = run?.stepStats.find(s => s.stepKey === m.stepKey);
      // History without step stats still needs a non-null RunStepStats.
      return stepStatsView(
        ctx,
        m.runId,
        step ?? {
          stepKey: m.stepKey,
          status: 'SUCCESS',
          startTime: m.timestampMs / 1000,
          endTime: m.timestampMs / 1000,
        },
      );
    },
    partition: m.partition,
    tags: m.tags,
  };
}

/** Materialisations of an asset, newest first, filtered as Dagster does. */
export function materializationsOf(
  ctx: SimContext,
  path: readonly string[],
  args: MaterializationArgs,
) {
  const before = args.beforeTimestampMillis
    ? Number(args.beforeTimestampMillis)
    : Infinity;
  const after = args.afterTimestampMillis
    ? Number(args.afterTimestampMillis)
    : -Infinity;
  const partitions = args.partitions ? new Set(args.partitions) : undefined;
  const found = ctx.store
    .materializations(path)
    .filter(
      m =>
        m.timestampMs < before &&
        m.timestampMs > after &&
        (!partitions || (m.partition !== null && partitions.has(m.partition))),
    );
  const limited =
    typeof args.limit === 'number'
      ? found.slice(0, Math.max(0, args.limit))
      : found;
  return limited.map(m => materializationView(ctx, m));
}
