import {
  ALLOCATABLE_MEMORY_SHARE,
  FARGATE_MAX_MEMORY_MIB,
  FARGATE_SIZES,
  LAMBDA,
} from './limits';
import { InstancePrice } from './prices';
import { PlacementCompute, PlacementSize } from './types';
import { Workload } from './workload';
import { mibInWords } from './words';

/** Lambda gets the memory asked for (at least 128 MB) and the CPU share that memory buys. */
export function lambdaSize(memoryMib: number): PlacementSize {
  const memory = Math.max(LAMBDA.minMemoryMib, memoryMib);
  const vcpu = Math.min(LAMBDA.maxVcpu, memory / LAMBDA.memoryMibPerVcpu);
  return { vcpu: Math.round(vcpu * 100) / 100, memoryMib: memory };
}

/**
 * The cheapest valid Fargate size holding the memory: the fewest vCPUs
 * whose range reaches it, memory rounded up to that size's next step.
 * Undefined above 120 GB.
 */
export function fargateSize(memoryMib: number): PlacementSize | undefined {
  for (const size of FARGATE_SIZES) {
    const memory = size.memoryMib.find(m => m >= memoryMib);
    if (memory !== undefined) return { vcpu: size.vcpu, memoryMib: memory };
  }
  return undefined;
}

/**
 * The CPU a container gets for its memory on EKS or Batch: what Fargate
 * would give it, so a workload is the same size wherever it runs.
 */
export function containerVcpu(memoryMib: number): number {
  return fargateSize(Math.min(memoryMib, FARGATE_MAX_MEMORY_MIB))!.vcpu;
}

/**
 * The cheapest instance type that holds one job or pod of this size, with
 * memory left for the system; GPU instances only for GPU work.
 */
export function cheapestInstance(
  instances: readonly InstancePrice[],
  size: PlacementSize,
): InstancePrice | undefined {
  const gpu = size.gpu ?? 0;
  return instances
    .filter(
      i =>
        i.vcpu >= size.vcpu &&
        i.memoryMib * ALLOCATABLE_MEMORY_SHARE >= size.memoryMib &&
        (gpu > 0 ? i.gpu >= gpu : i.gpu === 0),
    )
    .reduce<InstancePrice | undefined>(
      (best, i) => (!best || i.hourlyGbp < best.hourlyGbp ? i : best),
      undefined,
    );
}

/** The instance type with the most memory, for work no instance type holds. */
export function largestInstance(
  instances: readonly InstancePrice[],
  gpu: boolean,
): InstancePrice | undefined {
  return instances
    .filter(i => (gpu ? i.gpu > 0 : i.gpu === 0))
    .reduce<InstancePrice | undefined>(
      (best, i) => (!best || i.memoryMib > best.memoryMib ? i : best),
      undefined,
    );
}

const vcpuInWords = (vcpu: number) => `${vcpu} vCPU`;

/**
 * The size of each function, task, job or pod for the chosen compute, and
 * for Batch and EKS the instance type it is priced on.
 */
export function sizeFor(
  compute: PlacementCompute,
  workload: Workload,
  instances: readonly InstancePrice[],
): { size: PlacementSize; instance?: InstancePrice; reason: string } {
  const memory = workload.memoryMib;
  if (compute === 'lambda') {
    const size = lambdaSize(memory);
    return {
      size,
      reason: `Size: ${mibInWords(size.memoryMib)}, which gives ${vcpuInWords(
        size.vcpu,
      )} on Lambda.`,
    };
  }
  if (compute === 'fargate' || compute === 'fargate-spot') {
    const size = fargateSize(memory)!;
    return {
      size,
      reason: `Size: ${vcpuInWords(size.vcpu)}, ${mibInWords(
        size.memoryMib,
      )}, the smallest Fargate size that holds ${mibInWords(memory)}.`,
    };
  }
  const vcpu = containerVcpu(memory);
  const size: PlacementSize =
    compute === 'eks'
      ? { vcpu, memoryMib: memory }
      : {
          // Batch on EC2 takes whole vCPUs.
          vcpu: Math.max(1, Math.ceil(vcpu)),
          memoryMib: memory,
          ...(workload.gpu ? { gpu: 1 } : {}),
        };
  const what = `${compute === 'eks' ? 'Pod' : 'Job'} size: ${vcpuInWords(
    size.vcpu,
  )}, ${mibInWords(size.memoryMib)}${size.gpu ? `, ${size.gpu} GPU` : ''}`;
  const fits = cheapestInstance(instances, size);
  const instance = fits ?? largestInstance(instances, workload.gpu);
  if (!instance)
    throw new Error(
      `The price table has no ${
        workload.gpu ? 'GPU' : 'non-GPU'
      } instance type`,
    );
  return {
    size: { ...size, instanceType: instance.type },
    instance,
    reason: fits
      ? `${what}, priced on ${instance.type}, the cheapest instance type that holds it.`
      : `${what}: no instance type in the price table holds it; priced on ${instance.type}, the largest, which is too small.`,
  };
}
