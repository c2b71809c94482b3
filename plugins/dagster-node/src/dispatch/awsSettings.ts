import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * How the portal reaches AWS for direct dispatch (`dagster.aws`).
 *
 * @public
 */
export interface AwsDispatchSettings {
  region: string;
  /** An endpoint override (moto in the demo and the tests); AWS's own when absent. */
  endpoint?: string;
  /** Attempts per AWS call, retries of throttling and 5xx included (the SDK's standard strategy). */
  maxAttempts: number;
  ecs?: {
    cluster: string;
    taskDefinition: string;
    containerName: string;
    subnets: string[];
    securityGroups: string[];
    assignPublicIp: boolean;
  };
  batch?: {
    spotQueue: string;
    onDemandQueue: string;
    jobDefinition: string;
  };
  lambda?: {
    functionName: string;
    invocationType: 'Event' | 'RequestResponse';
  };
}

const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * Reads `dagster.aws`, or undefined when direct dispatch is not configured.
 * Credentials are never configured here: the SDK's default chain finds them
 * (environment, shared profile, the task or instance role).
 *
 * @public
 */
export function readAwsDispatchSettings(
  config: Config,
): AwsDispatchSettings | undefined {
  const aws = config.getOptionalConfig('dagster.aws');
  if (!aws) return undefined;
  const maxAttempts =
    aws.getOptionalNumber('maxAttempts') ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new InputError(
      `dagster.aws.maxAttempts must be a whole number of at least 1, got ${maxAttempts}`,
    );
  }
  const ecs = aws.getOptionalConfig('ecs');
  const batch = aws.getOptionalConfig('batch');
  const lambda = aws.getOptionalConfig('lambda');
  const invocationType = lambda?.getOptionalString('invocationType') ?? 'Event';
  if (invocationType !== 'Event' && invocationType !== 'RequestResponse') {
    throw new InputError(
      `dagster.aws.lambda.invocationType must be Event or RequestResponse, got "${invocationType}"`,
    );
  }
  return {
    region: aws.getString('region'),
    endpoint: aws.getOptionalString('endpoint'),
    maxAttempts,
    ecs: ecs && {
      cluster: ecs.getString('cluster'),
      taskDefinition: ecs.getString('taskDefinition'),
      containerName: ecs.getString('containerName'),
      subnets: ecs.getStringArray('subnets'),
      securityGroups: ecs.getOptionalStringArray('securityGroups') ?? [],
      assignPublicIp: ecs.getOptionalBoolean('assignPublicIp') ?? false,
    },
    batch: batch && {
      spotQueue: batch.getString('spotQueue'),
      onDemandQueue: batch.getString('onDemandQueue'),
      jobDefinition: batch.getString('jobDefinition'),
    },
    lambda: lambda && {
      functionName: lambda.getString('functionName'),
      invocationType,
    },
  };
}
