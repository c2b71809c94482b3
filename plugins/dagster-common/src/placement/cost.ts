import { MINIMUM_BILLED_SECONDS } from './limits';
import { DEFAULT_PRICES, InstancePrice, PriceTable } from './prices';
import { PlacementCompute, PlacementSize } from './types';
import { gbpInWords } from './words';

/** What is priced: how big, how long, how many. */
export interface CostInput {
  compute: PlacementCompute;
  spot: boolean;
  size: PlacementSize;
  /** For Batch and EKS: the instance type a job or pod lands on. */
  instance?: InstancePrice;
  partitionCount: number;
  parallelism: number;
  minutesPerPartition: number;
}

const GIB = 1024;

/** Pounds for the whole request, before rounding. */
function poundsFor(input: CostInput, prices: PriceTable): number {
  const { size, partitionCount: partitions } = input;
  const seconds = input.minutesPerPartition * 60;
  const billedHours = Math.max(MINIMUM_BILLED_SECONDS, seconds) / 3600;
  const ec2Share = input.spot ? 1 - prices.ec2SpotDiscount : 1;
  switch (input.compute) {
    case 'lambda': {
      const { gbSecondGbp, perMillionRequestsGbp } = prices.lambda;
      const invocation =
        (size.memoryMib / GIB) * seconds * gbSecondGbp +
        perMillionRequestsGbp / 1e6;
      return partitions * invocation;
    }
    case 'fargate':
    case 'fargate-spot': {
      const rate = input.spot ? prices.fargateSpot : prices.fargate;
      const hourly =
        size.vcpu * rate.vcpuHourGbp + (size.memoryMib / GIB) * rate.gbHourGbp;
      return partitions * billedHours * hourly;
    }
    case 'batch-spot':
    case 'batch-on-demand':
      // One job per partition, each on an instance of its own.
      return partitions * billedHours * input.instance!.hourlyGbp * ec2Share;
    case 'eks': {
      // Each pod pays its share of a node for as long as the partitions take.
      const node = input.instance!;
      const share = Math.max(
        size.vcpu / node.vcpu,
        size.memoryMib / node.memoryMib,
      );
      const rounds = Math.ceil(partitions / input.parallelism);
      const podHours =
        (input.parallelism *
          Math.max(MINIMUM_BILLED_SECONDS, rounds * seconds)) /
        3600;
      return podHours * node.hourlyGbp * share * ec2Share;
    }
    default:
      throw new Error(`No price for compute ${input.compute satisfies never}`);
  }
}

/** The estimate in pounds, to a hundredth of a penny, with a reason that says what it covers. */
export function estimateCost(
  input: CostInput,
  prices: PriceTable,
): { gbp: number; reason: string } {
  const gbp = Math.round(poundsFor(input, prices) * 10_000) / 10_000;
  const what =
    input.partitionCount === 1
      ? 'one partition'
      : `${input.partitionCount} partitions`;
  const on = input.instance ? ` on ${input.instance.type}` : '';
  const table =
    prices === DEFAULT_PRICES
      ? `the default ${prices.region} prices (estimates, not a quote)`
      : `the configured ${prices.region} prices`;
  return {
    gbp,
    reason: `Estimated cost ${gbpInWords(gbp)} for ${what}${on}, at ${table}.`,
  };
}
