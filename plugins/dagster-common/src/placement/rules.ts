import { STATELESS_TAG } from '../project/computeProfiles';
import { FARGATE_MAX_MEMORY_MIB, LAMBDA } from './limits';
import { PlacementSettings } from './settings';
import { PlacementCompute } from './types';
import { Workload } from './workload';
import { mibInWords, minutesInWords } from './words';

/** The compute chosen and why, before it is sized and priced. */
export interface ComputeChoice {
  compute: PlacementCompute;
  spot: boolean;
  reasons: string[];
}

const NOT_SAFE = 'it is not safe to retry, so no Spot';
const SAFE = 'it is safe to retry, so Spot';

/** Why short work may not run on Lambda, or undefined when it may. */
function whyNotLambda(workload: Workload, minutes: number): string | undefined {
  if (!workload.stateless)
    return `Not Lambda: the asset is not tagged ${STATELESS_TAG}=true.`;
  if (workload.memoryMib > LAMBDA.maxMemoryMib)
    return `Not Lambda: ${mibInWords(
      workload.memoryMib,
    )} is over Lambda's ${mibInWords(LAMBDA.maxMemoryMib)}.`;
  if (minutes > LAMBDA.maxMinutes)
    return `Not Lambda: ${minutesInWords(
      minutes,
    )} a partition is over Lambda's ${LAMBDA.maxMinutes} min.`;
  return undefined;
}

/**
 * The platform's rules, first match wins: GPU work on Batch on-demand;
 * parallel or many partitions on EKS; long work on Batch; short stateless
 * work within Lambda's limits on Lambda; other short work on Fargate (or
 * Batch when it needs more memory than Fargate has). Spot only where a retry
 * is safe.
 */
export function chooseCompute(
  workload: Workload,
  partitionCount: number,
  minutes: number,
  settings: PlacementSettings,
): ComputeChoice {
  const { safeToRetry: spot } = workload;
  const retry = spot ? SAFE : NOT_SAFE;
  const threshold = settings.eksPartitionThreshold;
  const long = minutes > settings.longWorkMinutes;
  const took = `${minutesInWords(minutes)} a partition`;

  if (workload.gpu)
    return {
      compute: 'batch-on-demand',
      spot: false,
      reasons: [
        'GPU work runs on Batch, on on-demand GPU instances: Spot GPU capacity is scarce and an interrupted GPU job loses the most.',
      ],
    };

  if (workload.parallelism > 1 || partitionCount > threshold)
    return {
      compute: 'eks',
      spot,
      reasons: [
        workload.parallelism > 1
          ? `Parallel work (${workload.parallelism} at a time) runs as pods on EKS, nodes from Karpenter; ${retry} nodes.`
          : `${partitionCount} partitions (more than ${threshold}) run as pods on EKS, nodes from Karpenter; ${retry} nodes.`,
      ],
    };

  if (long)
    return {
      compute: spot ? 'batch-spot' : 'batch-on-demand',
      spot,
      reasons: [
        `Long work (${took}, over ${minutesInWords(
          settings.longWorkMinutes,
        )}) runs on Batch; ${retry} instances${spot ? '' : ', on-demand'}.`,
      ],
    };

  const notLambda = whyNotLambda(workload, minutes);
  if (!notLambda)
    return {
      compute: 'lambda',
      spot: false,
      reasons: [
        `Stateless work within Lambda's limits (${took}, ${mibInWords(
          workload.memoryMib,
        )}) runs on Lambda.`,
      ],
    };

  if (workload.memoryMib > FARGATE_MAX_MEMORY_MIB)
    return {
      compute: spot ? 'batch-spot' : 'batch-on-demand',
      spot,
      reasons: [
        notLambda,
        `${mibInWords(workload.memoryMib)} is over Fargate's ${mibInWords(
          FARGATE_MAX_MEMORY_MIB,
        )}, so it runs on Batch; ${retry} instances.`,
      ],
    };

  return {
    compute: spot ? 'fargate-spot' : 'fargate',
    spot,
    reasons: [
      notLambda,
      `Short work (${took}) runs as a container on Fargate; ${retry}.`,
    ],
  };
}
