import { InputError } from '@backstage/errors';
import { decidePlacement } from './decidePlacement';
import { DEFAULT_PRICES } from './prices';
import { DEFAULT_PLACEMENT_SETTINGS } from './settings';
import { BASE, tagsOf } from './__testUtils__/tags';

describe('decidePlacement', () => {
  it('gives an asset with no tags the safe default and says so', () => {
    const decision = decidePlacement({ tags: { domain: 'claims' } });
    expect(decision).toMatchObject({
      compute: 'fargate',
      spot: false,
      defaulted: true,
      durationBasis: { source: 'default', minutes: 15, samples: 0 },
    });
    expect(decision.reasons[0]).toBe(
      'The asset has no compute tags (platform/*): the safe default is used (4,096 MiB, one at a time, not safe to retry, so no Spot).',
    );
    expect(decision.reasons).toContain(
      'Duration not declared and no runs recorded: 15 min a partition assumed.',
    );
  });

  it('says which settings were defaulted when only some are tagged', () => {
    const decision = decidePlacement({
      tags: tagsOf({ minutes: 5, memoryMib: 2048 }),
    });
    expect(decision.defaulted).toBe(true);
    expect(decision.reasons).toContain(
      'Not declared, so the safe default is used: parallelism 1, no GPU, not safe to retry.',
    );
    expect(decision.compute).toBe('fargate');
  });

  it('is not defaulted when every setting is tagged or comes from the profile', () => {
    expect(decidePlacement({ tags: tagsOf(BASE) }).defaulted).toBe(false);
    expect(
      decidePlacement({ tags: tagsOf({ profile: 'medium' }) }).defaulted,
    ).toBe(false);
  });

  it('says which duration it used', () => {
    expect(
      decidePlacement({
        tags: tagsOf({ ...BASE, minutes: 5 }),
        recordedRunSeconds: [600, 300],
        recordedStepSeconds: [60],
      }),
    ).toMatchObject({
      durationBasis: { source: 'recorded-runs', minutes: 12.5, samples: 2 },
      reasons: expect.arrayContaining([
        'Duration 12.5 min a partition: the 90th percentile of 2 recorded runs (10 min) with a 25% margin; the declared 5 min is not used.',
      ]),
    });
    expect(
      decidePlacement({ tags: tagsOf(BASE), recordedStepSeconds: [60] })
        .durationBasis,
    ).toEqual({ source: 'recorded-steps', minutes: 1.25, samples: 1 });
    expect(decidePlacement({ tags: tagsOf(BASE) }).durationBasis).toEqual({
      source: 'declared',
      minutes: 10,
      samples: 0,
    });
  });

  it.each([
    [
      tagsOf({ ...BASE, gpu: true }),
      /^GPU work runs on Batch, on on-demand GPU instances/,
    ],
    [
      tagsOf({ ...BASE, parallelism: 3 }),
      /^Parallel work \(3 at a time\) runs as pods on EKS/,
    ],
    [
      tagsOf({ ...BASE, minutes: 40 }),
      /^Long work \(40 min a partition, over 15 min\) runs on Batch/,
    ],
    [
      tagsOf({ ...BASE, stateless: true }),
      /^Stateless work within Lambda's limits/,
    ],
    [
      tagsOf(BASE),
      /^Not Lambda: the asset is not tagged platform\/stateless=true\.$/,
    ],
    [
      tagsOf({ ...BASE, stateless: true, memoryMib: 12_000 }),
      /^Not Lambda: 12,000 MiB is over Lambda's 10,240 MiB\.$/,
    ],
    [
      tagsOf({ ...BASE, memoryMib: 130_000 }),
      /is over Fargate's 122,880 MiB, so it runs on Batch/,
    ],
  ])('gives the rule as a reason: %j', (tags, reason) => {
    expect(decidePlacement({ tags }).reasons).toContainEqual(
      expect.stringMatching(reason),
    );
  });

  it('says why Lambda is not used when the recorded runs are over 15 minutes but the work is not long', () => {
    const decision = decidePlacement(
      { tags: tagsOf({ ...BASE, stateless: true }), recordedRunSeconds: [960] },
      { ...DEFAULT_PLACEMENT_SETTINGS, longWorkMinutes: 30 },
    );
    expect(decision.compute).toBe('fargate-spot');
    expect(decision.reasons).toContain(
      "Not Lambda: 20 min a partition is over Lambda's 15 min.",
    );
  });

  it('uses the configured partition threshold', () => {
    const settings = {
      ...DEFAULT_PLACEMENT_SETTINGS,
      eksPartitionThreshold: 2,
    };
    const at = decidePlacement(
      { tags: tagsOf(BASE), partitionCount: 2 },
      settings,
    );
    const over = decidePlacement(
      { tags: tagsOf(BASE), partitionCount: 3 },
      settings,
    );
    expect([at.compute, over.compute]).toEqual(['fargate-spot', 'eks']);
    expect(over.reasons).toContain(
      '3 partitions (more than 2) run as pods on EKS, nodes from Karpenter; it is safe to retry, so Spot nodes.',
    );
  });

  it('estimates wall-clock minutes at the declared parallelism', () => {
    const tags = tagsOf({ ...BASE, parallelism: 4, minutes: 30 });
    expect(decidePlacement({ tags, partitionCount: 10 }).estimatedMinutes).toBe(
      90,
    );
    expect(
      decidePlacement({ tags: tagsOf(BASE), partitionCount: 3 })
        .estimatedMinutes,
    ).toBe(30);
  });

  it("reads tags in Dagster's key and value list", () => {
    const list = Object.entries(tagsOf({ ...BASE, minutes: 40 })).map(
      ([key, value]) => ({ key, value }),
    );
    expect(decidePlacement({ tags: list }).compute).toBe('batch-spot');
  });

  it('prices with the price table it is given', () => {
    const tags = tagsOf({
      ...BASE,
      safeToRetry: false,
      memoryMib: 8_192,
      minutes: 15,
    });
    const prices = {
      ...DEFAULT_PRICES,
      region: 'test-1',
      fargate: { vcpuHourGbp: 0.1, gbHourGbp: 0.01 },
    };
    const decision = decidePlacement(
      { tags, partitionCount: 8 },
      { ...DEFAULT_PLACEMENT_SETTINGS, prices },
    );
    // Eight tasks of 1 vCPU and 8 GiB for a quarter of an hour: 8 × (0.1 + 8 × 0.01) / 4.
    expect(decision.compute).toBe('fargate');
    expect(decision.estimatedCostGbp).toBe(0.36);
    expect(decision.reasons.at(-1)).toBe(
      'Estimated cost £0.36 for 8 partitions, at the configured test-1 prices.',
    );
  });

  it.each([0, -1, 1.5, Number.NaN])(
    'refuses a partition count of %p',
    partitionCount => {
      expect(() => decidePlacement({ tags: {}, partitionCount })).toThrow(
        InputError,
      );
    },
  );
});
