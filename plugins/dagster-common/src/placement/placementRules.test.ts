import { decidePlacement } from './decidePlacement';
import { PlacementCompute, PlacementInput } from './types';
import { BASE, TestWorkload, tagsOf } from './__testUtils__/tags';

interface Row {
  name: string;
  workload: TestWorkload;
  input?: Omit<PlacementInput, 'tags'>;
  compute: PlacementCompute;
  spot: boolean;
  vcpu: number;
  memoryMib: number;
  instanceType?: string;
}

const stateless = { ...BASE, stateless: true };

// One row a rule or boundary: exact compute, Spot, size and instance type.
// prettier-ignore
const rows: Row[] = [
  // Lambda: stateless only, within 15 minutes and 10,240 MB
  { name: 'stateless, 10 min, 1 GiB', workload: stateless, compute: 'lambda', spot: false, vcpu: 0.58, memoryMib: 1024 },
  { name: 'stateless, exactly 15 min', workload: { ...stateless, minutes: 15 }, compute: 'lambda', spot: false, vcpu: 0.58, memoryMib: 1024 },
  { name: 'stateless, 15.5 min: long', workload: { ...stateless, minutes: 15.5 }, compute: 'batch-spot', spot: true, vcpu: 1, memoryMib: 1024, instanceType: 'm5.large' },
  { name: 'stateless, exactly 10,240 MiB', workload: { ...stateless, memoryMib: 10_240 }, compute: 'lambda', spot: false, vcpu: 5.79, memoryMib: 10_240 },
  { name: 'stateless, 10,241 MiB: Fargate', workload: { ...stateless, memoryMib: 10_241 }, compute: 'fargate-spot', spot: true, vcpu: 2, memoryMib: 11_264 },
  { name: 'stateless, 64 MiB: Lambda minimum', workload: { ...stateless, memoryMib: 64 }, compute: 'lambda', spot: false, vcpu: 0.07, memoryMib: 128 },
  { name: 'stateless, not safe to retry', workload: { ...stateless, safeToRetry: false }, compute: 'lambda', spot: false, vcpu: 0.58, memoryMib: 1024 },
  { name: 'stateless "false"', workload: { ...BASE, stateless: false }, compute: 'fargate-spot', spot: true, vcpu: 0.25, memoryMib: 1024 },
  // Fargate: other short work, Spot when safe to retry
  { name: 'short, safe to retry', workload: BASE, compute: 'fargate-spot', spot: true, vcpu: 0.25, memoryMib: 1024 },
  { name: 'short, not safe to retry', workload: { ...BASE, safeToRetry: false }, compute: 'fargate', spot: false, vcpu: 0.25, memoryMib: 1024 },
  { name: 'exactly 15 min', workload: { ...BASE, minutes: 15 }, compute: 'fargate-spot', spot: true, vcpu: 0.25, memoryMib: 1024 },
  { name: 'Fargate maximum, 120 GB', workload: { ...BASE, memoryMib: 122_880 }, compute: 'fargate-spot', spot: true, vcpu: 16, memoryMib: 122_880 },
  { name: 'over 120 GB: Batch', workload: { ...BASE, memoryMib: 122_881 }, compute: 'batch-spot', spot: true, vcpu: 16, memoryMib: 122_881, instanceType: 'r5.8xlarge' },
  // Batch: long work, Spot only when safe to retry
  { name: '16 min, safe to retry', workload: { ...BASE, minutes: 16 }, compute: 'batch-spot', spot: true, vcpu: 1, memoryMib: 1024, instanceType: 'm5.large' },
  { name: '16 min, not safe to retry', workload: { ...BASE, minutes: 16, safeToRetry: false }, compute: 'batch-on-demand', spot: false, vcpu: 1, memoryMib: 1024, instanceType: 'm5.large' },
  { name: 'long, 16 GiB', workload: { ...BASE, minutes: 120, memoryMib: 16_384 }, compute: 'batch-spot', spot: true, vcpu: 2, memoryMib: 16_384, instanceType: 'r5.xlarge' },
  // GPU: Batch on-demand whatever else is declared
  { name: 'GPU, safe to retry', workload: { ...BASE, gpu: true, memoryMib: 16_384 }, compute: 'batch-on-demand', spot: false, vcpu: 2, memoryMib: 16_384, instanceType: 'g4dn.2xlarge' },
  { name: 'GPU, short and small', workload: { ...BASE, gpu: true, minutes: 5, memoryMib: 8_192 }, compute: 'batch-on-demand', spot: false, vcpu: 1, memoryMib: 8_192, instanceType: 'g4dn.xlarge' },
  { name: 'GPU, stateless and parallel', workload: { ...stateless, gpu: true, parallelism: 4 }, compute: 'batch-on-demand', spot: false, vcpu: 1, memoryMib: 1024, instanceType: 'g4dn.xlarge' },
  // EKS: parallel work, or more partitions than the threshold (8)
  { name: '8 partitions, at the threshold', workload: BASE, input: { partitionCount: 8 }, compute: 'fargate-spot', spot: true, vcpu: 0.25, memoryMib: 1024 },
  { name: '9 partitions, over it', workload: BASE, input: { partitionCount: 9 }, compute: 'eks', spot: true, vcpu: 0.25, memoryMib: 1024, instanceType: 'm5.large' },
  { name: '9 stateless partitions', workload: stateless, input: { partitionCount: 9 }, compute: 'eks', spot: true, vcpu: 0.25, memoryMib: 1024, instanceType: 'm5.large' },
  { name: '9 partitions, not safe to retry', workload: { ...BASE, safeToRetry: false }, input: { partitionCount: 9 }, compute: 'eks', spot: false, vcpu: 0.25, memoryMib: 1024, instanceType: 'm5.large' },
  { name: 'parallelism 2', workload: { ...BASE, parallelism: 2, memoryMib: 4_096 }, compute: 'eks', spot: true, vcpu: 0.5, memoryMib: 4_096, instanceType: 'm5.large' },
  { name: 'parallel and long', workload: { ...BASE, parallelism: 8, minutes: 120, memoryMib: 16_384 }, compute: 'eks', spot: true, vcpu: 2, memoryMib: 16_384, instanceType: 'r5.xlarge' },
  // Recorded durations win over the declared one
  { name: 'declared 5 min, runs 13 min (16.25 with margin)', workload: { ...stateless, minutes: 5 }, input: { recordedRunSeconds: [780] }, compute: 'batch-spot', spot: true, vcpu: 1, memoryMib: 1024, instanceType: 'm5.large' },
  { name: 'declared 60 min, runs 5 min', workload: { ...BASE, minutes: 60 }, input: { recordedRunSeconds: [300, 240] }, compute: 'fargate-spot', spot: true, vcpu: 0.25, memoryMib: 1024 },
  { name: 'runs of 12 min: exactly 15 with margin', workload: stateless, input: { recordedRunSeconds: [720] }, compute: 'lambda', spot: false, vcpu: 0.58, memoryMib: 1024 },
  { name: 'runs of 12 min 1 s: over 15 with margin', workload: stateless, input: { recordedRunSeconds: [721] }, compute: 'batch-spot', spot: true, vcpu: 1, memoryMib: 1024, instanceType: 'm5.large' },
  { name: 'steps only, 20 min', workload: BASE, input: { recordedStepSeconds: [1200] }, compute: 'batch-spot', spot: true, vcpu: 1, memoryMib: 1024, instanceType: 'm5.large' },
  // Nothing declared: the safe default
  { name: 'no tags', workload: {}, compute: 'fargate', spot: false, vcpu: 0.5, memoryMib: 4_096 },
  { name: 'no tags, runs of an hour', workload: {}, input: { recordedRunSeconds: [3600] }, compute: 'batch-on-demand', spot: false, vcpu: 1, memoryMib: 4_096, instanceType: 'm5.large' },
  // A profile fills what is not tagged
  { name: 'profile small only', workload: { profile: 'small' }, compute: 'fargate-spot', spot: true, vcpu: 0.25, memoryMib: 1024 },
  { name: 'profile large only', workload: { profile: 'large' }, compute: 'eks', spot: true, vcpu: 2, memoryMib: 16_384, instanceType: 'r5.xlarge' },
  { name: 'profile gpu only', workload: { profile: 'gpu' }, compute: 'batch-on-demand', spot: false, vcpu: 2, memoryMib: 16_384, instanceType: 'g4dn.2xlarge' },
  { name: 'profile small, memory tagged 8 GiB', workload: { profile: 'small', memoryMib: 8_192 }, compute: 'fargate-spot', spot: true, vcpu: 1, memoryMib: 8_192 },
];

describe('the placement rules', () => {
  it.each(rows)(
    '$name: $compute (Spot $spot), $vcpu vCPU, $memoryMib MiB',
    ({ workload, input, compute, spot, vcpu, memoryMib, instanceType }) => {
      const decision = decidePlacement({ ...input, tags: tagsOf(workload) });
      expect(decision.compute).toBe(compute);
      expect(decision.spot).toBe(spot);
      expect(decision.size.vcpu).toBe(vcpu);
      expect(decision.size.memoryMib).toBe(memoryMib);
      expect(decision.size.instanceType).toBe(instanceType);
    },
  );

  it.each([
    { name: 'short', workload: { ...BASE, safeToRetry: false } },
    { name: 'long', workload: { ...BASE, safeToRetry: false, minutes: 600 } },
    {
      name: 'parallel',
      workload: { ...BASE, safeToRetry: false, parallelism: 4 },
    },
    {
      name: 'huge',
      workload: { ...BASE, safeToRetry: false, memoryMib: 200_000 },
    },
    { name: 'GPU', workload: { ...BASE, safeToRetry: false, gpu: true } },
    { name: 'untagged', workload: {} },
    { name: 'profile gpu', workload: { profile: 'gpu' } },
  ])(
    'never uses Spot for $name work that is not safe to retry',
    ({ workload }) => {
      for (const partitionCount of [1, 8, 9, 100]) {
        const decision = decidePlacement({
          tags: tagsOf(workload),
          partitionCount,
          recordedRunSeconds: [60],
        });
        expect(decision.spot).toBe(false);
        expect(decision.compute).not.toMatch(/spot/);
        expect(decision.reasons.join(' ')).not.toMatch(/so Spot/);
      }
    },
  );
});
