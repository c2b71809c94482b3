import {
  BatchClient,
  CRType,
  CreateComputeEnvironmentCommand,
  CreateJobQueueCommand,
  DescribeComputeEnvironmentsCommand,
  DescribeJobDefinitionsCommand,
  DescribeJobQueuesCommand,
  RegisterJobDefinitionCommand,
} from '@aws-sdk/client-batch';
import { NAMES } from './names';

/** What the Batch compute environments run in. */
export interface BatchPlacement {
  subnetIds: string[];
  securityGroupId: string;
  serviceRoleArn: string;
  instanceProfileArn: string;
}

/**
 * Two managed EC2 compute environments (Spot and on-demand), a job queue on
 * each, and the job definition `dagster-run`; each found by name or made.
 */
export async function ensureBatch(batch: BatchClient, place: BatchPlacement) {
  const spotEnvironment = await ensureComputeEnvironment(
    batch,
    NAMES.spotComputeEnvironment,
    CRType.SPOT,
    place,
  );
  const onDemandEnvironment = await ensureComputeEnvironment(
    batch,
    NAMES.onDemandComputeEnvironment,
    CRType.EC2,
    place,
  );
  const spotQueueArn = await ensureQueue(
    batch,
    NAMES.spotQueue,
    spotEnvironment,
  );
  const onDemandQueueArn = await ensureQueue(
    batch,
    NAMES.onDemandQueue,
    onDemandEnvironment,
  );
  const jobDefinitionArn = await ensureJobDefinition(batch);
  return { spotQueueArn, onDemandQueueArn, jobDefinitionArn };
}

async function ensureComputeEnvironment(
  batch: BatchClient,
  name: string,
  type: CRType,
  place: BatchPlacement,
): Promise<string> {
  const { computeEnvironments } = await batch.send(
    new DescribeComputeEnvironmentsCommand({ computeEnvironments: [name] }),
  );
  const found = computeEnvironments?.[0]?.computeEnvironmentArn;
  if (found) return found;
  const created = await batch.send(
    new CreateComputeEnvironmentCommand({
      computeEnvironmentName: name,
      type: 'MANAGED',
      state: 'ENABLED',
      serviceRole: place.serviceRoleArn,
      computeResources: {
        type,
        ...(type === CRType.SPOT
          ? { allocationStrategy: 'SPOT_PRICE_CAPACITY_OPTIMIZED' }
          : {}),
        // No instances until a job needs them (moto starts minvCpus' worth).
        minvCpus: 0,
        maxvCpus: 64,
        instanceTypes: ['optimal'],
        instanceRole: place.instanceProfileArn,
        subnets: place.subnetIds,
        securityGroupIds: [place.securityGroupId],
      },
    }),
  );
  return created.computeEnvironmentArn!;
}

async function ensureQueue(
  batch: BatchClient,
  name: string,
  computeEnvironmentArn: string,
): Promise<string> {
  const { jobQueues } = await batch.send(
    new DescribeJobQueuesCommand({ jobQueues: [name] }),
  );
  const found = jobQueues?.[0]?.jobQueueArn;
  if (found) return found;
  const created = await batch.send(
    new CreateJobQueueCommand({
      jobQueueName: name,
      state: 'ENABLED',
      priority: 1,
      computeEnvironmentOrder: [
        { order: 1, computeEnvironment: computeEnvironmentArn },
      ],
    }),
  );
  return created.jobQueueArn!;
}

async function ensureJobDefinition(batch: BatchClient): Promise<string> {
  const { jobDefinitions } = await batch.send(
    new DescribeJobDefinitionsCommand({
      jobDefinitionName: NAMES.jobDefinition,
      status: 'ACTIVE',
    }),
  );
  const latest = jobDefinitions
    ?.slice()
    .sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0))[0];
  if (latest?.jobDefinitionArn) return latest.jobDefinitionArn;
  const created = await batch.send(
    new RegisterJobDefinitionCommand({
      jobDefinitionName: NAMES.jobDefinition,
      type: 'container',
      platformCapabilities: ['EC2'],
      propagateTags: true,
      containerProperties: {
        image: NAMES.image,
        command: ['dagster', 'api', 'execute_run'],
        resourceRequirements: [
          { type: 'VCPU', value: '1' },
          { type: 'MEMORY', value: '2048' },
        ],
      },
    }),
  );
  return created.jobDefinitionArn!;
}
