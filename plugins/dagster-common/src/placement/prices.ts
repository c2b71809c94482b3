/**
 * An EC2 instance type Batch compute environments and Karpenter node pools
 * may use, with its on-demand price.
 *
 * @public
 */
export interface InstancePrice {
  type: string;
  vcpu: number;
  memoryMib: number;
  gpu: number;
  /** On-demand price per hour, GBP. */
  hourlyGbp: number;
}

/**
 * What compute costs, in pounds sterling. Replace the defaults from config
 * (`dagster.placement.prices`) with the prices the platform really pays.
 *
 * @public
 */
export interface PriceTable {
  /** The region the prices are for; shown in the reasons. */
  region: string;
  lambda: { gbSecondGbp: number; perMillionRequestsGbp: number };
  fargate: { vcpuHourGbp: number; gbHourGbp: number };
  fargateSpot: { vcpuHourGbp: number; gbHourGbp: number };
  /** Share taken off the on-demand EC2 price on Spot, from 0 to 1 (Batch on Spot, EKS Spot nodes). */
  ec2SpotDiscount: number;
  /** The instance types jobs and pods may land on; the cheapest that fits is priced. */
  instances: InstancePrice[];
}

/**
 * The exchange rate the defaults were converted at, GBP per USD. A round
 * figure for estimates, not a market rate.
 *
 * @public
 */
export const DEFAULT_GBP_PER_USD = 0.79;

const gbp = (usd: number) => usd * DEFAULT_GBP_PER_USD;

const instance = (
  type: string,
  vcpu: number,
  memoryGib: number,
  gpu: number,
  hourlyUsd: number,
): InstancePrice => ({
  type,
  vcpu,
  memoryMib: memoryGib * 1024,
  gpu,
  hourlyGbp: gbp(hourlyUsd),
});

/**
 * Default prices for eu-west-2 (London): AWS's published USD list prices
 * (Linux, x86, on-demand) converted at {@link DEFAULT_GBP_PER_USD}. They are
 * defaults for estimates, not quotes: they drift, Spot prices move by the hour
 * and the platform's own discounts are not in them. Set
 * `dagster.placement.prices` to what the platform pays. The EKS control
 * plane's hourly fee is shared by every workload and left out.
 *
 * @public
 */
export const DEFAULT_PRICES: PriceTable = {
  region: 'eu-west-2',
  // USD 0.0000166667 per GB-second, USD 0.20 per million requests.
  lambda: { gbSecondGbp: gbp(0.0000166667), perMillionRequestsGbp: gbp(0.2) },
  // USD 0.04656 per vCPU-hour, USD 0.00511 per GB-hour.
  fargate: { vcpuHourGbp: gbp(0.04656), gbHourGbp: gbp(0.00511) },
  // Fargate Spot moves with spare capacity; about 70% off on-demand.
  fargateSpot: { vcpuHourGbp: gbp(0.01397), gbHourGbp: gbp(0.00153) },
  // EC2 Spot is typically 60-70% below on-demand for these families.
  ec2SpotDiscount: 0.65,
  instances: [
    instance('m5.large', 2, 8, 0, 0.111),
    instance('m5.xlarge', 4, 16, 0, 0.222),
    instance('m5.2xlarge', 8, 32, 0, 0.444),
    instance('m5.4xlarge', 16, 64, 0, 0.888),
    instance('r5.large', 2, 16, 0, 0.148),
    instance('r5.xlarge', 4, 32, 0, 0.296),
    instance('r5.2xlarge', 8, 64, 0, 0.592),
    instance('r5.4xlarge', 16, 128, 0, 1.184),
    instance('r5.8xlarge', 32, 256, 0, 2.368),
    instance('g4dn.xlarge', 4, 16, 1, 0.615),
    instance('g4dn.2xlarge', 8, 32, 1, 0.881),
    instance('g4dn.4xlarge', 16, 64, 1, 1.41),
  ],
};
