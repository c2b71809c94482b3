import { DEFAULT_PRICES, InstancePrice } from './prices';
import { cheapestInstance, fargateSize, lambdaSize } from './size';

describe('fargateSize', () => {
  it.each([
    [1, 0.25, 512],
    [512, 0.25, 512],
    [513, 0.25, 1024],
    [1024, 0.25, 1024],
    [1025, 0.25, 2048],
    [2048, 0.25, 2048],
    [2049, 0.5, 3072],
    [4096, 0.5, 4096],
    [4097, 1, 5120],
    [8192, 1, 8192],
    [8193, 2, 9216],
    [16_384, 2, 16_384],
    [16_385, 4, 17_408],
    [30_720, 4, 30_720],
    [30_721, 8, 32_768],
    [61_440, 8, 61_440],
    [61_441, 16, 65_536],
    [122_880, 16, 122_880],
  ])('holds %p MiB in %p vCPU and %p MiB', (memory, vcpu, memoryMib) => {
    expect(fargateSize(memory)).toEqual({ vcpu, memoryMib });
  });

  it('has no size above 120 GB', () => {
    expect(fargateSize(122_881)).toBeUndefined();
  });
});

describe('lambdaSize', () => {
  it.each([
    [64, 128, 0.07],
    [1024, 1024, 0.58],
    [1769, 1769, 1],
    [3538, 3538, 2],
    [10_240, 10_240, 5.79],
  ])('gives %p MB %p MB and %p vCPU', (memory, memoryMib, vcpu) => {
    expect(lambdaSize(memory)).toEqual({ vcpu, memoryMib });
  });

  it('never gives more than 6 vCPU', () => {
    expect(lambdaSize(20_000).vcpu).toBe(6);
  });
});

describe('cheapestInstance', () => {
  const types = (...found: Array<InstancePrice | undefined>) =>
    found.map(i => i?.type);

  it('takes the cheapest type that holds the job with memory left for the system', () => {
    expect(
      types(
        cheapestInstance(DEFAULT_PRICES.instances, {
          vcpu: 1,
          memoryMib: 7_372,
        }),
        cheapestInstance(DEFAULT_PRICES.instances, {
          vcpu: 1,
          memoryMib: 7_373,
        }),
        cheapestInstance(DEFAULT_PRICES.instances, {
          vcpu: 3,
          memoryMib: 1_024,
        }),
        cheapestInstance(DEFAULT_PRICES.instances, {
          vcpu: 1,
          memoryMib: 300_000,
        }),
      ),
    ).toEqual(['m5.large', 'r5.large', 'm5.xlarge', undefined]);
  });

  it('puts GPU work only on GPU types and other work never on them', () => {
    expect(
      types(
        cheapestInstance(DEFAULT_PRICES.instances, {
          vcpu: 1,
          memoryMib: 1_024,
          gpu: 1,
        }),
        cheapestInstance(DEFAULT_PRICES.instances, {
          vcpu: 16,
          memoryMib: 1_024,
        }),
      ),
    ).toEqual(['g4dn.xlarge', 'm5.4xlarge']);
  });
});
