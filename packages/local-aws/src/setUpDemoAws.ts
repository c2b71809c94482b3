import { BatchClient } from '@aws-sdk/client-batch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECSClient } from '@aws-sdk/client-ecs';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { DEMO_AWS_REGION, demoAwsClientConfig } from './clientConfig';
import { ensureBatch } from './setup/batch';
import { ensureEcs } from './setup/ecs';
import { ensureLambda } from './setup/lambda';
import { ensureNetwork } from './setup/network';
import { ensureRoles } from './setup/roles';
import { configureMoto } from './motoServer';

/**
 * The demo's AWS resources that a dispatcher needs, as {@link setUpDemoAws}
 * leaves them.
 *
 * @public
 */
export interface DemoAwsResources {
  region: string;
  network: { vpcId: string; subnetIds: string[]; securityGroupId: string };
  roles: {
    taskExecutionRoleArn: string;
    batchServiceRoleArn: string;
    batchInstanceRoleArn: string;
    instanceProfileArn: string;
    lambdaRoleArn: string;
  };
  ecs: { clusterArn: string; taskDefinitionArn: string; containerName: string };
  lambda: { functionName: string; functionArn: string };
  batch: {
    spotQueueArn: string;
    onDemandQueueArn: string;
    jobDefinitionArn: string;
  };
}

/**
 * Creates the demo's AWS in the moto at `endpoint` (region eu-west-2): a VPC
 * with two subnets and a security group, the roles, the ECS cluster
 * `dagster-portal` with its task definition `dagster-run`, the Lambda
 * function `dagster-portal-run`, and Batch's Spot and on-demand queues with
 * the job definition `dagster-run`. Whatever exists already is kept, so it
 * may run any number of times. It first sets moto to run Lambda and Batch
 * without Docker (as {@link startMotoServer} does), which must precede them.
 *
 * @public
 */
export async function setUpDemoAws(
  endpoint: string,
): Promise<DemoAwsResources> {
  await configureMoto(endpoint);
  const config = demoAwsClientConfig(endpoint);
  const ec2 = new EC2Client(config);
  const iam = new IAMClient(config);
  const ecsClient = new ECSClient(config);
  const lambdaClient = new LambdaClient(config);
  const batchClient = new BatchClient(config);
  try {
    const network = await ensureNetwork(ec2);
    const roles = await ensureRoles(iam);
    const ecs = await ensureEcs(ecsClient, roles.taskExecutionRoleArn);
    const lambda = await ensureLambda(lambdaClient, roles.lambdaRoleArn);
    const batch = await ensureBatch(batchClient, {
      subnetIds: network.subnetIds,
      securityGroupId: network.securityGroupId,
      serviceRoleArn: roles.batchServiceRoleArn,
      instanceProfileArn: roles.instanceProfileArn,
    });
    return { region: DEMO_AWS_REGION, network, roles, ecs, lambda, batch };
  } finally {
    for (const client of [ec2, iam, ecsClient, lambdaClient, batchClient]) {
      client.destroy();
    }
  }
}
