import {
  ClientException,
  CreateClusterCommand,
  DescribeClustersCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { NAMES } from './names';

/**
 * The cluster `dagster-portal` (capacity providers FARGATE and FARGATE_SPOT)
 * and the task definition `dagster-run` that EcsRunLauncher-style runs use.
 * Looked up first: moto's CreateCluster replaces a cluster of the same name,
 * and RegisterTaskDefinition adds a revision each time.
 */
export async function ensureEcs(ecs: ECSClient, executionRoleArn: string) {
  const { clusters } = await ecs.send(
    new DescribeClustersCommand({ clusters: [NAMES.cluster] }),
  );
  let clusterArn = clusters?.find(c => c.status === 'ACTIVE')?.clusterArn;
  if (!clusterArn) {
    const { cluster } = await ecs.send(
      new CreateClusterCommand({
        clusterName: NAMES.cluster,
        capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
        defaultCapacityProviderStrategy: [
          { capacityProvider: 'FARGATE', weight: 1 },
        ],
      }),
    );
    clusterArn = cluster!.clusterArn!;
  }
  const taskDefinitionArn =
    (await existingTaskDefinition(ecs)) ??
    (await registerTaskDefinition(ecs, executionRoleArn));
  return { clusterArn, taskDefinitionArn, containerName: NAMES.container };
}

async function existingTaskDefinition(
  ecs: ECSClient,
): Promise<string | undefined> {
  try {
    const { taskDefinition } = await ecs.send(
      new DescribeTaskDefinitionCommand({
        taskDefinition: NAMES.taskDefinition,
      }),
    );
    return taskDefinition?.taskDefinitionArn;
  } catch (error) {
    if (error instanceof ClientException) return undefined;
    throw error;
  }
}

async function registerTaskDefinition(
  ecs: ECSClient,
  executionRoleArn: string,
): Promise<string> {
  const { taskDefinition } = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: NAMES.taskDefinition,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      executionRoleArn,
      containerDefinitions: [
        {
          name: NAMES.container,
          image: NAMES.image,
          essential: true,
          // moto's RunTask fails (500) on a container with neither memory
          // nor memoryReservation; a soft limit does not cap the task's size.
          memoryReservation: 512,
          command: ['dagster', 'api', 'execute_run'],
        },
      ],
    }),
  );
  return taskDefinition!.taskDefinitionArn!;
}
