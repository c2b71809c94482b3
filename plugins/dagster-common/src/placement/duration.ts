import { PlacementSettings } from './settings';
import { DurationBasis, PlacementInput } from './types';
import { minutesInWords } from './words';

/** Assumed when nothing declared a duration and no run was recorded: short enough for Fargate, which has no hard limit. */
export const DEFAULT_DURATION_MINUTES = 15;

/** The 90th percentile by nearest rank: with fewer than ten values, the largest. */
export function p90(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1];
}

function recent(seconds: readonly number[] | undefined, count: number) {
  return (seconds ?? [])
    .filter(s => Number.isFinite(s) && s > 0)
    .slice(0, count);
}

/**
 * Minutes one partition takes: recorded runs first (the whole run is what
 * the compute runs, start-up included), then recorded steps, each as their
 * 90th percentile times the margin; then the declared duration; then the
 * default.
 */
export function chooseDuration(
  declaredMinutes: number | undefined,
  input: PlacementInput,
  settings: PlacementSettings,
): { basis: DurationBasis; reason: string } {
  const declared =
    declaredMinutes === undefined
      ? 'nothing was declared'
      : `the declared ${minutesInWords(declaredMinutes)} is not used`;
  const margin = settings.recordedDurationMargin;
  for (const [source, seconds, what] of [
    ['recorded-runs', input.recordedRunSeconds, 'recorded run'],
    ['recorded-steps', input.recordedStepSeconds, 'recorded step'],
  ] as const) {
    const samples = recent(seconds, settings.recentRuns);
    if (samples.length === 0) continue;
    const observed = p90(samples) / 60;
    const minutes = observed * margin;
    const plural = samples.length === 1 ? '' : 's';
    return {
      basis: { source, minutes, samples: samples.length },
      reason: `Duration ${minutesInWords(
        minutes,
      )} a partition: the 90th percentile of ${
        samples.length
      } ${what}${plural} (${minutesInWords(observed)}) with a ${Math.round(
        (margin - 1) * 100,
      )}% margin; ${declared}.`,
    };
  }
  if (declaredMinutes !== undefined)
    return {
      basis: { source: 'declared', minutes: declaredMinutes, samples: 0 },
      reason: `Duration ${minutesInWords(
        declaredMinutes,
      )} a partition, as declared (no runs recorded yet).`,
    };
  return {
    basis: {
      source: 'default',
      minutes: DEFAULT_DURATION_MINUTES,
      samples: 0,
    },
    reason: `Duration not declared and no runs recorded: ${minutesInWords(
      DEFAULT_DURATION_MINUTES,
    )} a partition assumed.`,
  };
}
