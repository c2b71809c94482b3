import { CostInput, estimateCost } from './cost';
import { DEFAULT_PRICES, PriceTable } from './prices';

/** Round prices, so each expected cost can be worked out by hand. */
const prices: PriceTable = {
  region: 'test-1',
  lambda: { gbSecondGbp: 0.00001, perMillionRequestsGbp: 0.2 },
  fargate: { vcpuHourGbp: 0.04, gbHourGbp: 0.004 },
  fargateSpot: { vcpuHourGbp: 0.01, gbHourGbp: 0.001 },
  ec2SpotDiscount: 0.6,
  instances: [
    { type: 'node.test', vcpu: 4, memoryMib: 16_384, gpu: 0, hourlyGbp: 1 },
  ],
};
const node = prices.instances[0];

const base: CostInput = {
  compute: 'fargate',
  spot: false,
  size: { vcpu: 1, memoryMib: 4_096 },
  partitionCount: 1,
  parallelism: 1,
  minutesPerPartition: 60,
};

describe('estimateCost', () => {
  it.each<[string, Partial<CostInput>, number]>([
    // 2 GB × 600 s × 0.00001 + 0.2 / 1e6, twice
    [
      'Lambda per GB-second and request',
      {
        compute: 'lambda',
        size: { vcpu: 1.16, memoryMib: 2_048 },
        partitionCount: 2,
        minutesPerPartition: 10,
      },
      0.024,
    ],
    // (1 × 0.04 + 4 × 0.004) × 1 h
    ['Fargate per vCPU-hour and GB-hour', {}, 0.056],
    // (1 × 0.01 + 4 × 0.001) × 1 h × 3
    [
      'Fargate Spot, 3 partitions',
      { compute: 'fargate-spot', spot: true, partitionCount: 3 },
      0.042,
    ],
    // 30 s is billed as a minute: 0.056 / 60
    ['Fargate at least a minute', { minutesPerPartition: 0.5 }, 0.0009],
    // 3 jobs × 0.5 h × £1 × (1 - 0.6)
    [
      'Batch on Spot',
      {
        compute: 'batch-spot',
        spot: true,
        instance: node,
        partitionCount: 3,
        minutesPerPartition: 30,
      },
      0.6,
    ],
    [
      'Batch on-demand',
      {
        compute: 'batch-on-demand',
        instance: node,
        partitionCount: 3,
        minutesPerPartition: 30,
      },
      1.5,
    ],
    // 2 pods × 3 rounds of 20 min × £1 × half a node (memory 8 of 16 GiB)
    [
      'EKS pods pay their share of a node',
      {
        compute: 'eks',
        instance: node,
        size: { vcpu: 1, memoryMib: 8_192 },
        parallelism: 2,
        partitionCount: 5,
        minutesPerPartition: 20,
      },
      1,
    ],
    [
      'EKS on Spot nodes',
      {
        compute: 'eks',
        spot: true,
        instance: node,
        size: { vcpu: 1, memoryMib: 8_192 },
        parallelism: 2,
        partitionCount: 5,
        minutesPerPartition: 20,
      },
      0.4,
    ],
    // the CPU share is larger here: 2 of 4 vCPU
    [
      'EKS share by CPU',
      {
        compute: 'eks',
        instance: node,
        size: { vcpu: 2, memoryMib: 1_024 },
        minutesPerPartition: 60,
      },
      0.5,
    ],
  ])('%s', (_name, change, gbp) => {
    expect(estimateCost({ ...base, ...change }, prices).gbp).toBe(gbp);
  });

  it('says what the estimate covers and that default prices are not a quote', () => {
    expect(estimateCost(base, prices).reason).toBe(
      'Estimated cost £0.06 for one partition, at the configured test-1 prices.',
    );
    expect(
      estimateCost(
        {
          ...base,
          compute: 'batch-on-demand',
          instance: node,
          partitionCount: 2,
        },
        prices,
      ).reason,
    ).toBe(
      'Estimated cost £2.00 for 2 partitions on node.test, at the configured test-1 prices.',
    );
    expect(
      estimateCost(
        {
          ...base,
          compute: 'lambda',
          size: { vcpu: 0.07, memoryMib: 128 },
          partitionCount: 2,
          minutesPerPartition: 1,
        },
        DEFAULT_PRICES,
      ).reason,
    ).toBe(
      'Estimated cost under £0.01 for 2 partitions, at the default eu-west-2 prices (estimates, not a quote).',
    );
  });
});
