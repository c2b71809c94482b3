import {
  BatchClient,
  DescribeComputeEnvironmentsCommand,
  DescribeJobDefinitionsCommand,
  DescribeJobQueuesCommand,
} from '@aws-sdk/client-batch';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  DescribeClustersCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
} from '@aws-sdk/client-ecs';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { demoAwsClientConfig } from './clientConfig';
import { MotoServer, startMotoServer } from './motoServer';
import { setUpDemoAws } from './setUpDemoAws';
import { startDemoAws } from './demoAws';

jest.setTimeout(60_000);

describe('setUpDemoAws on a new moto', () => {
  let moto: MotoServer;
  let ecs: ECSClient;
  beforeAll(async () => {
    moto = await startMotoServer();
    ecs = new ECSClient(demoAwsClientConfig(moto.endpoint));
  });
  afterAll(async () => {
    ecs?.destroy();
    await moto?.stop();
  });

  it('creates the network, roles, ECS, Lambda and Batch, and a second run changes nothing', async () => {
    const before = await ecs.send(
      new DescribeClustersCommand({ clusters: ['dagster-portal'] }),
    );
    expect(before.clusters).toEqual([]);

    const first = await setUpDemoAws(moto.endpoint);
    const second = await setUpDemoAws(moto.endpoint);
    expect(second).toEqual(first);

    const config = demoAwsClientConfig(moto.endpoint);
    const ec2 = new EC2Client(config);
    const lambda = new LambdaClient(config);
    const batch = new BatchClient(config);
    try {
      const { Subnets } = await ec2.send(
        new DescribeSubnetsCommand({ SubnetIds: first.network.subnetIds }),
      );
      expect(Subnets!.map(s => [s.VpcId, s.AvailabilityZone])).toEqual([
        [first.network.vpcId, 'eu-west-2a'],
        [first.network.vpcId, 'eu-west-2b'],
      ]);

      const { clusters } = await ecs.send(
        new DescribeClustersCommand({ clusters: [first.ecs.clusterArn] }),
      );
      expect(clusters![0]).toMatchObject({
        clusterName: 'dagster-portal',
        capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      });
      const { taskDefinition } = await ecs.send(
        new DescribeTaskDefinitionCommand({
          taskDefinition: first.ecs.taskDefinitionArn,
        }),
      );
      expect(taskDefinition).toMatchObject({
        family: 'dagster-run',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        executionRoleArn: first.roles.taskExecutionRoleArn,
        containerDefinitions: [expect.objectContaining({ name: 'run' })],
      });
      const revisions = await ecs.send(
        new ListTaskDefinitionsCommand({ familyPrefix: 'dagster-run' }),
      );
      expect(revisions.taskDefinitionArns).toEqual([
        first.ecs.taskDefinitionArn,
      ]);

      const fn = await lambda.send(
        new GetFunctionCommand({ FunctionName: first.lambda.functionName }),
      );
      expect(fn.Configuration).toMatchObject({
        FunctionArn: first.lambda.functionArn,
        Runtime: 'python3.12',
        Role: first.roles.lambdaRoleArn,
      });

      const { computeEnvironments } = await batch.send(
        new DescribeComputeEnvironmentsCommand({}),
      );
      expect(
        computeEnvironments!
          .map(c => [
            c.computeEnvironmentName,
            c.type,
            c.computeResources?.type,
          ])
          .sort(),
      ).toEqual([
        ['dagster-portal-ec2-on-demand', 'MANAGED', 'EC2'],
        ['dagster-portal-ec2-spot', 'MANAGED', 'SPOT'],
      ]);
      const { jobQueues } = await batch.send(new DescribeJobQueuesCommand({}));
      expect(jobQueues!.map(q => q.jobQueueArn).sort()).toEqual(
        [first.batch.onDemandQueueArn, first.batch.spotQueueArn].sort(),
      );
      const { jobDefinitions } = await batch.send(
        new DescribeJobDefinitionsCommand({ jobDefinitionName: 'dagster-run' }),
      );
      expect(jobDefinitions!.map(d => d.jobDefinitionArn)).toEqual([
        first.batch.jobDefinitionArn,
      ]);
    } finally {
      ec2.destroy();
      lambda.destroy();
      batch.destroy();
    }
  });
});

describe('startDemoAws', () => {
  it('gives every new demo AWS the same ids', async () => {
    const [one, other] = await Promise.all([startDemoAws(), startDemoAws()]);
    try {
      expect(one.endpoint).not.toBe(other.endpoint);
      expect(other.resources).toEqual(one.resources);
    } finally {
      await Promise.all([one.stop(), other.stop()]);
    }
  });
});
