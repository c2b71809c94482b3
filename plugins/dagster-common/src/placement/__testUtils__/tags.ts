import { COMPUTE_TAGS, STATELESS_TAG } from '../../project/computeProfiles';

/** A workload as an asset's tags, written the way the template writes them. */
export interface TestWorkload {
  profile?: string;
  minutes?: number;
  memoryMib?: number;
  parallelism?: number;
  gpu?: boolean;
  safeToRetry?: boolean;
  stateless?: boolean;
}

export function tagsOf(w: TestWorkload): Record<string, string> {
  const tags: Record<string, string> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined) tags[key] = String(value);
  };
  put(COMPUTE_TAGS.profile, w.profile);
  put(COMPUTE_TAGS.expectedDurationMinutes, w.minutes);
  put(COMPUTE_TAGS.memoryMib, w.memoryMib);
  put(COMPUTE_TAGS.parallelism, w.parallelism);
  put(COMPUTE_TAGS.gpu, w.gpu);
  put(COMPUTE_TAGS.safeToRetry, w.safeToRetry);
  put(STATELESS_TAG, w.stateless);
  return tags;
}

/** A short, small, retry-safe workload that each row changes one thing of. */
export const BASE: TestWorkload = {
  minutes: 10,
  memoryMib: 1024,
  parallelism: 1,
  gpu: false,
  safeToRetry: true,
};
