/**
 * Where a materialisation runs.
 *
 * - `lambda`: AWS Lambda, for short stateless work;
 * - `fargate` / `fargate-spot`: one ECS task on Fargate (Spot when a retry is safe);
 * - `eks`: pods on EKS, nodes provisioned by Karpenter (Spot nodes when a retry is safe);
 * - `batch-spot`: AWS Batch on EC2 Spot instances;
 * - `batch-on-demand`: AWS Batch on on-demand EC2 instances (GPU, or long work not safe to retry).
 *
 * @public
 */
export type PlacementCompute =
  | 'lambda'
  | 'fargate'
  | 'fargate-spot'
  | 'eks'
  | 'batch-spot'
  | 'batch-on-demand';

/**
 * What the engine decides from: the asset's tags, how many partitions are
 * asked for, and what Dagster recorded of earlier runs.
 *
 * @public
 */
export interface PlacementInput {
  /** The asset's Dagster tags, as a map or as Dagster's list of key/value pairs. */
  tags?: Record<string, string> | ReadonlyArray<{ key: string; value: string }>;
  /** Partitions to materialise; 1 (the default) for an unpartitioned asset. */
  partitionCount?: number;
  /** Durations of recent runs that materialised the asset, in seconds, newest first. */
  recordedRunSeconds?: readonly number[];
  /** Durations of the asset's own step in recent runs, in seconds, newest first. */
  recordedStepSeconds?: readonly number[];
}

/**
 * How big each task, job, pod or function is. `vcpu` may be fractional
 * (Fargate's 0.25, Lambda's share of a core).
 *
 * @public
 */
export interface PlacementSize {
  vcpu: number;
  memoryMib: number;
  gpu?: number;
  /** For Batch and EKS: the EC2 instance type the estimate was priced on. */
  instanceType?: string;
}

/**
 * Which duration the decision used for one partition.
 *
 * @public
 */
export interface DurationBasis {
  source: 'recorded-runs' | 'recorded-steps' | 'declared' | 'default';
  /** Minutes per partition that the decision used, margin included. */
  minutes: number;
  /** How many recorded durations were considered (0 unless recorded). */
  samples: number;
}

/**
 * The engine's answer: where the work runs, how big, what it should cost and why.
 *
 * @public
 */
export interface PlacementDecision {
  compute: PlacementCompute;
  spot: boolean;
  size: PlacementSize;
  /** Estimated cost of the whole request (every partition) in pounds sterling. */
  estimatedCostGbp: number;
  /** Estimated wall-clock minutes for every partition, at the declared parallelism. */
  estimatedMinutes: number;
  durationBasis: DurationBasis;
  /** The decision in words, one reason a line, in the order they were applied. */
  reasons: string[];
  /** True when any setting was not declared and a safe default was used instead. */
  defaulted: boolean;
}
