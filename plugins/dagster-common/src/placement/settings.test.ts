import { AppConfig, ConfigReader } from '@backstage/config';
import { DEFAULT_PRICES } from './prices';
import { DEFAULT_PLACEMENT_SETTINGS, readPlacementSettings } from './settings';

const read = (placement: AppConfig['data']) =>
  readPlacementSettings(new ConfigReader({ dagster: { placement } }));

const instances = [
  { type: 'm6i.large', vcpu: 2, memoryMib: 8192, hourlyGbp: 0.09 },
  { type: 'g5.xlarge', vcpu: 4, memoryMib: 16384, gpu: 1, hourlyGbp: 0.8 },
];

describe('readPlacementSettings', () => {
  it('gives the defaults when nothing is configured', () => {
    expect(readPlacementSettings(new ConfigReader({}))).toBe(
      DEFAULT_PLACEMENT_SETTINGS,
    );
    expect(read({}).prices).toBe(DEFAULT_PRICES);
  });

  it('replaces each configured value and keeps the other defaults', () => {
    const settings = read({
      eksPartitionThreshold: 4,
      recordedDurationMargin: 1.5,
      prices: {
        region: 'eu-west-1',
        fargate: { vcpuHourGbp: 0.03 },
        ec2SpotDiscount: 0.5,
      },
    });
    expect(settings).toEqual({
      ...DEFAULT_PLACEMENT_SETTINGS,
      eksPartitionThreshold: 4,
      recordedDurationMargin: 1.5,
      prices: {
        ...DEFAULT_PRICES,
        region: 'eu-west-1',
        fargate: { ...DEFAULT_PRICES.fargate, vcpuHourGbp: 0.03 },
        ec2SpotDiscount: 0.5,
      },
    });
  });

  it('replaces the whole instance list when one is configured', () => {
    expect(read({ prices: { instances } }).prices.instances).toEqual([
      { ...instances[0], gpu: 0 },
      instances[1],
    ]);
  });

  it.each([
    [
      { eksPartitionThreshold: 0 },
      'dagster.placement.eksPartitionThreshold must be a whole number above 0, not 0',
    ],
    [
      { recentRuns: 2.5 },
      'dagster.placement.recentRuns must be a whole number above 0, not 2.5',
    ],
    [
      { recordedDurationMargin: 0.9 },
      'dagster.placement.recordedDurationMargin must be at least 1, not 0.9',
    ],
    [
      { longWorkMinutes: -1 },
      'dagster.placement.longWorkMinutes must be above 0, not -1',
    ],
    [
      { prices: { ec2SpotDiscount: 1 } },
      'dagster.placement.prices.ec2SpotDiscount must be from 0 to under 1, not 1',
    ],
    [
      { prices: { lambda: { gbSecondGbp: 0 } } },
      'dagster.placement.prices.lambda.gbSecondGbp must be above 0, not 0',
    ],
    [
      { prices: { instances: [instances[0]] } },
      'dagster.placement.prices.instances must list at least one instance type without a GPU and one with',
    ],
    [
      {
        prices: {
          instances: [{ ...instances[0], memoryMib: 0 }, instances[1]],
        },
      },
      'dagster.placement.prices.instances[0].memoryMib must be a whole number above 0, not 0',
    ],
    [
      { prices: { instances: [{ type: 'x', vcpu: 1, memoryMib: 1 }] } },
      "Missing required config value at 'dagster.placement.prices.instances[0].hourlyGbp'",
    ],
  ])('refuses %j', (placement, message) => {
    expect(() => read(placement)).toThrow(message);
  });
});
