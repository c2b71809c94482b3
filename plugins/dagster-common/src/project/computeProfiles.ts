/**
 * Asset tag keys describing a workload, read by the placement engine when it
 * chooses where a materialisation runs. Values are strings, as Dagster tags are.
 *
 * @public
 */
export const COMPUTE_TAGS = {
  profile: 'platform/compute-profile',
  expectedDurationMinutes: 'platform/expected-duration-minutes',
  memoryMib: 'platform/memory-mib',
  parallelism: 'platform/parallelism',
  gpu: 'platform/gpu',
  safeToRetry: 'platform/safe-to-retry',
} as const;

/**
 * Tag an asset `platform/stateless: "true"` when it keeps nothing between
 * runs and needs no container of its own: only then may it run on Lambda.
 * An opt-in, so the template does not set it.
 *
 * @public
 */
export const STATELESS_TAG = 'platform/stateless';

/**
 * A named workload shape a project picks as its default.
 *
 * @public
 */
export interface ComputeProfile {
  title: string;
  expectedDurationMinutes: number;
  memoryMib: number;
  parallelism: number;
  gpu: boolean;
  safeToRetry: boolean;
}

/**
 * The compute profiles a new project can start with.
 *
 * @public
 */
export const COMPUTE_PROFILES = {
  small: {
    title: 'Small: minutes, up to 1 GiB',
    expectedDurationMinutes: 5,
    memoryMib: 1024,
    parallelism: 1,
    gpu: false,
    safeToRetry: true,
  },
  medium: {
    title: 'Medium: up to half an hour, 4 GiB',
    expectedDurationMinutes: 30,
    memoryMib: 4096,
    parallelism: 2,
    gpu: false,
    safeToRetry: true,
  },
  large: {
    title: 'Large: hours, 16 GiB, parallel',
    expectedDurationMinutes: 120,
    memoryMib: 16384,
    parallelism: 8,
    gpu: false,
    safeToRetry: true,
  },
  gpu: {
    title: 'GPU: model training or scoring',
    expectedDurationMinutes: 60,
    memoryMib: 16384,
    parallelism: 1,
    gpu: true,
    safeToRetry: false,
  },
} as const satisfies Record<string, ComputeProfile>;

/** @public */
export type ComputeProfileName = keyof typeof COMPUTE_PROFILES;

/**
 * How a project's assets are partitioned.
 *
 * @public
 */
export const PARTITIONINGS = ['none', 'daily', 'monthly'] as const;

/** @public */
export type Partitioning = (typeof PARTITIONINGS)[number];
