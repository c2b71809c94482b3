import { chooseDuration, p90 } from './duration';
import { DEFAULT_PLACEMENT_SETTINGS } from './settings';

describe('p90', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 100], 10],
  ])('of %j is %p', (values, expected) => {
    expect(p90(values)).toBe(expected);
  });
});

describe('chooseDuration', () => {
  const settings = { ...DEFAULT_PLACEMENT_SETTINGS, recentRuns: 3 };

  it('counts only the newest runs', () => {
    const { basis } = chooseDuration(
      5,
      { recordedRunSeconds: [60, 120, 180, 6000] },
      settings,
    );
    expect(basis).toEqual({
      source: 'recorded-runs',
      minutes: 3.75,
      samples: 3,
    });
  });

  it('ignores durations that are not positive numbers', () => {
    const { basis } = chooseDuration(
      5,
      { recordedRunSeconds: [Number.NaN, -5, 0, Infinity] },
      settings,
    );
    expect(basis).toEqual({ source: 'declared', minutes: 5, samples: 0 });
  });

  it('uses the configured margin', () => {
    const { basis, reason } = chooseDuration(
      undefined,
      { recordedStepSeconds: [600] },
      { ...settings, recordedDurationMargin: 1.5 },
    );
    expect(basis.minutes).toBe(15);
    expect(reason).toBe(
      'Duration 15 min a partition: the 90th percentile of 1 recorded step (10 min) with a 50% margin; nothing was declared.',
    );
  });
});
