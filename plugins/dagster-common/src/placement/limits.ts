/**
 * AWS service limits the placement rules respect. Each says where it comes
 * from; they are AWS's, not the platform's, so they are not configurable.
 */

/**
 * Lambda: at most 900 s (15 minutes) per invocation and 128-10,240 MB of
 * memory; CPU is allocated in proportion to memory, one vCPU at 1,769 MB, up
 * to 6 vCPUs. Source: AWS Lambda Developer Guide, "Lambda quotas" and
 * "Configure Lambda function memory".
 */
export const LAMBDA = {
  maxMinutes: 15,
  minMemoryMib: 128,
  maxMemoryMib: 10_240,
  memoryMibPerVcpu: 1_769,
  maxVcpu: 6,
} as const;

const steps = (minMib: number, maxMib: number, stepMib: number) =>
  Array.from(
    { length: (maxMib - minMib) / stepMib + 1 },
    (_, i) => minMib + i * stepMib,
  );

/**
 * Fargate's valid task sizes (Linux, platform 1.4.0): each CPU with the
 * memory it may have, in MiB. 0.25 vCPU takes 0.5, 1 or 2 GB; 0.5 vCPU 1-4 GB;
 * 1 vCPU 2-8 GB; 2 vCPU 4-16 GB; 4 vCPU 8-30 GB (1 GB steps); 8 vCPU 16-60 GB
 * (4 GB steps); 16 vCPU 32-120 GB (8 GB steps). Fargate Spot takes the same
 * sizes. Source: Amazon ECS Developer Guide, "Task CPU and memory".
 */
export const FARGATE_SIZES: ReadonlyArray<{
  vcpu: number;
  memoryMib: readonly number[];
}> = [
  { vcpu: 0.25, memoryMib: [512, 1_024, 2_048] },
  { vcpu: 0.5, memoryMib: steps(1_024, 4_096, 1_024) },
  { vcpu: 1, memoryMib: steps(2_048, 8_192, 1_024) },
  { vcpu: 2, memoryMib: steps(4_096, 16_384, 1_024) },
  { vcpu: 4, memoryMib: steps(8_192, 30_720, 1_024) },
  { vcpu: 8, memoryMib: steps(16_384, 61_440, 4_096) },
  { vcpu: 16, memoryMib: steps(32_768, 122_880, 8_192) },
];

/** The most memory a Fargate task can have (16 vCPU, 120 GB). */
export const FARGATE_MAX_MEMORY_MIB = 122_880;

/**
 * Fargate bills per second with a one-minute minimum, as does EC2 Linux
 * (so Batch and EKS nodes). Source: AWS Fargate and Amazon EC2 pricing pages.
 */
export const MINIMUM_BILLED_SECONDS = 60;

/**
 * Share of an EC2 instance's memory a job or pod can use: the rest goes to
 * the operating system, the ECS agent or kubelet and their reservations.
 * An approximation (AWS documents the reservations, not one figure).
 */
export const ALLOCATABLE_MEMORY_SHARE = 0.9;
