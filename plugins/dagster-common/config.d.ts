export interface Config {
  dagster?: {
    /** How the portal chooses where a materialisation runs and what it should cost. */
    placement?: {
      /** More partitions than this in one request run as pods on EKS (default 8). */
      eksPartitionThreshold?: number;
      /** Minutes a partition above which work is long and goes to Batch (default 15). */
      longWorkMinutes?: number;
      /** Factor on recorded run durations, at least 1 (default 1.25). */
      recordedDurationMargin?: number;
      /** How many of the newest recorded runs count (default 20). */
      recentRuns?: number;
      /**
       * What compute costs, in GBP. Each value given replaces the eu-west-2
       * default; `instances`, when given, replaces the whole list.
       */
      prices?: {
        /** Shown in the reasons (default eu-west-2). */
        region?: string;
        lambda?: { gbSecondGbp?: number; perMillionRequestsGbp?: number };
        fargate?: { vcpuHourGbp?: number; gbHourGbp?: number };
        fargateSpot?: { vcpuHourGbp?: number; gbHourGbp?: number };
        /** Share off on-demand EC2 on Spot, from 0 to under 1 (default 0.65). */
        ec2SpotDiscount?: number;
        /** Instance types for Batch and EKS nodes: at least one without a GPU and one with. */
        instances?: Array<{
          type: string;
          vcpu: number;
          memoryMib: number;
          /** GPUs on the instance (default 0). */
          gpu?: number;
          /** On-demand price per hour, GBP. */
          hourlyGbp: number;
        }>;
      };
    };
  };
}
