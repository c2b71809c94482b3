import type { Config } from '@backstage/config';
import { DEFAULT_PRICES, InstancePrice, PriceTable } from './prices';

/**
 * The platform's tunable placement rules and its price table.
 *
 * @public
 */
export interface PlacementSettings {
  prices: PriceTable;
  /** More partitions than this in one request run as pods on EKS (default 8). */
  eksPartitionThreshold: number;
  /** Work longer than this many minutes a partition is long work, for Batch (default 15). */
  longWorkMinutes: number;
  /** Recorded durations are multiplied by this before use, at least 1 (default 1.25). */
  recordedDurationMargin: number;
  /** How many of the newest recorded durations count (default 20). */
  recentRuns: number;
}

/** @public */
export const DEFAULT_PLACEMENT_SETTINGS: PlacementSettings = {
  prices: DEFAULT_PRICES,
  eksPartitionThreshold: 8,
  longWorkMinutes: 15,
  recordedDurationMargin: 1.25,
  recentRuns: 20,
};

const ROOT = 'dagster.placement';

/** Reads numbers under one config key, naming the full key when one is out of range. */
class Numbers {
  constructor(private readonly config: Config, private readonly path: string) {}

  /** Without a fallback the key is required. */
  number(
    key: string,
    fallback: number | undefined,
    valid: (n: number) => boolean,
    rule: string,
  ) {
    const value =
      fallback === undefined
        ? this.config.getNumber(key)
        : this.config.getOptionalNumber(key) ?? fallback;
    if (!valid(value))
      throw new Error(`${this.path}.${key} must be ${rule}, not ${value}`);
    return value;
  }

  positive(key: string, fallback?: number) {
    return this.number(key, fallback, n => n > 0, 'above 0');
  }

  whole(key: string, fallback?: number) {
    return this.number(
      key,
      fallback,
      n => Number.isInteger(n) && n > 0,
      'a whole number above 0',
    );
  }

  rates<T extends Record<string, number>>(key: string, defaults: T): T {
    const child = this.config.getOptionalConfig(key);
    if (!child) return defaults;
    const numbers = new Numbers(child, `${this.path}.${key}`);
    const out: Record<string, number> = {};
    for (const [name, fallback] of Object.entries(defaults))
      out[name] = numbers.positive(name, fallback);
    return out as T;
  }
}

function readInstance(config: Config, path: string): InstancePrice {
  const numbers = new Numbers(config, path);
  return {
    type: config.getString('type'),
    vcpu: numbers.positive('vcpu'),
    memoryMib: numbers.whole('memoryMib'),
    gpu: numbers.number(
      'gpu',
      0,
      n => Number.isInteger(n) && n >= 0,
      'a whole number',
    ),
    hourlyGbp: numbers.positive('hourlyGbp'),
  };
}

function readPrices(config: Config | undefined): PriceTable {
  if (!config) return DEFAULT_PRICES;
  const path = `${ROOT}.prices`;
  const numbers = new Numbers(config, path);
  const instances = config
    .getOptionalConfigArray('instances')
    ?.map((c, i) => readInstance(c, `${path}.instances[${i}]`));
  if (
    instances &&
    !(instances.some(i => i.gpu === 0) && instances.some(i => i.gpu > 0))
  )
    throw new Error(
      `${path}.instances must list at least one instance type without a GPU and one with`,
    );
  return {
    region: config.getOptionalString('region') ?? DEFAULT_PRICES.region,
    lambda: numbers.rates('lambda', DEFAULT_PRICES.lambda),
    fargate: numbers.rates('fargate', DEFAULT_PRICES.fargate),
    fargateSpot: numbers.rates('fargateSpot', DEFAULT_PRICES.fargateSpot),
    ec2SpotDiscount: numbers.number(
      'ec2SpotDiscount',
      DEFAULT_PRICES.ec2SpotDiscount,
      n => n >= 0 && n < 1,
      'from 0 to under 1',
    ),
    instances: instances ?? DEFAULT_PRICES.instances,
  };
}

/**
 * Reads `dagster.placement` from config: every value given replaces its
 * default, and `prices.instances`, when given, replaces the whole list of
 * instance types. Throws naming the key when a value is out of range.
 *
 * @public
 */
export function readPlacementSettings(config: Config): PlacementSettings {
  const placement = config.getOptionalConfig(ROOT);
  if (!placement) return DEFAULT_PLACEMENT_SETTINGS;
  const d = DEFAULT_PLACEMENT_SETTINGS;
  const numbers = new Numbers(placement, ROOT);
  return {
    prices: readPrices(placement.getOptionalConfig('prices')),
    eksPartitionThreshold: numbers.whole(
      'eksPartitionThreshold',
      d.eksPartitionThreshold,
    ),
    longWorkMinutes: numbers.positive('longWorkMinutes', d.longWorkMinutes),
    recordedDurationMargin: numbers.number(
      'recordedDurationMargin',
      d.recordedDurationMargin,
      n => n >= 1,
      'at least 1',
    ),
    recentRuns: numbers.whole('recentRuns', d.recentRuns),
  };
}
