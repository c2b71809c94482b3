import { BatchClient, SubmitJobCommand } from '@aws-sdk/client-batch';
import {
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  RunTaskCommand,
  RunTaskCommandInput,
} from '@aws-sdk/client-ecs';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { demoAwsClientConfig } from './clientConfig';
import { DemoAws, useDemoAws } from './demoAws';
import { startMotoServer } from './motoServer';
import { setUpDemoAws } from './setUpDemoAws';
import { uniqueName, waitForJob } from './__testUtils__';

jest.setTimeout(60_000);

// What the dispatcher can rely on from moto 5.2.5, and what it cannot
// (see README.md). These run on the shared demo moto when AWS_DEMO_ENDPOINT
// is set, so each test finds its own tasks by a startedBy of its own.

describe('the demo AWS on moto', () => {
  let aws: DemoAws;
  let ecs: ECSClient;
  let batch: BatchClient;
  let lambda: LambdaClient;
  beforeAll(async () => {
    aws = await useDemoAws();
    const config = demoAwsClientConfig(aws.endpoint);
    ecs = new ECSClient(config);
    batch = new BatchClient(config);
    lambda = new LambdaClient(config);
  });
  afterAll(async () => {
    for (const client of [ecs, batch, lambda]) client?.destroy();
    await aws?.stop();
  });

  const fargateSpotTask = (startedBy: string): RunTaskCommandInput => ({
    cluster: aws.resources.ecs.clusterArn,
    taskDefinition: aws.resources.ecs.taskDefinitionArn,
    capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: aws.resources.network.subnetIds,
        securityGroups: [aws.resources.network.securityGroupId],
      },
    },
    overrides: {
      cpu: '1024',
      memory: '4096',
      containerOverrides: [{ name: 'run', command: ['dagster', 'api'] }],
    },
    startedBy,
    tags: [{ key: 'dagster-portal/request-id', value: startedBy }],
  });

  it('runs an ECS task on FARGATE_SPOT that ListTasks and DescribeTasks see with its tags', async () => {
    const startedBy = uniqueName('spot');
    const { tasks, failures } = await ecs.send(
      new RunTaskCommand(fargateSpotTask(startedBy)),
    );
    expect(failures).toEqual([]);
    const taskArn = tasks![0].taskArn!;

    const listed = await ecs.send(
      new ListTasksCommand({
        cluster: aws.resources.ecs.clusterArn,
        startedBy,
      }),
    );
    expect(listed.taskArns).toEqual([taskArn]);
    const described = await ecs.send(
      new DescribeTasksCommand({
        cluster: aws.resources.ecs.clusterArn,
        tasks: [taskArn],
        include: ['TAGS'],
      }),
    );
    expect(described.tasks![0]).toMatchObject({
      capacityProviderName: 'FARGATE_SPOT',
      overrides: expect.objectContaining({ cpu: '1024', memory: '4096' }),
      tags: [{ key: 'dagster-portal/request-id', value: startedBy }],
    });
  });

  it('ignores clientToken: the same token twice starts two tasks', async () => {
    const startedBy = uniqueName('token');
    const input = { ...fargateSpotTask(startedBy), clientToken: startedBy };
    const first = await ecs.send(new RunTaskCommand(input));
    const second = await ecs.send(new RunTaskCommand(input));
    expect(second.tasks![0].taskArn).not.toBe(first.tasks![0].taskArn);
    const listed = await ecs.send(
      new ListTasksCommand({
        cluster: aws.resources.ecs.clusterArn,
        startedBy,
      }),
    );
    expect(listed.taskArns).toHaveLength(2);
  });

  it('moves a task one state per DescribeTasks call to STOPPED, its container PENDING with exit code 0', async () => {
    const { tasks } = await ecs.send(
      new RunTaskCommand(fargateSpotTask(uniqueName('states'))),
    );
    expect(tasks![0].lastStatus).toBe('RUNNING');
    const seen: string[] = [];
    for (let call = 0; call < 5; call++) {
      const { tasks: described } = await ecs.send(
        new DescribeTasksCommand({
          cluster: aws.resources.ecs.clusterArn,
          tasks: [tasks![0].taskArn!],
        }),
      );
      seen.push(described![0].lastStatus!);
      expect(described![0]).toMatchObject({
        desiredStatus: 'RUNNING',
        containers: [
          expect.objectContaining({ lastStatus: 'PENDING', exitCode: 0 }),
        ],
      });
    }
    expect(seen).toEqual([
      'DEACTIVATING',
      'STOPPING',
      'DEPROVISIONING',
      'STOPPED',
      'STOPPED',
    ]);
  });

  it('finishes a Batch job without Docker: SUCCEEDED as soon as it is submitted, with no exit code', async () => {
    const { jobId } = await batch.send(
      new SubmitJobCommand({
        jobName: uniqueName('job'),
        jobQueue: aws.resources.batch.spotQueueArn,
        jobDefinition: aws.resources.batch.jobDefinitionArn,
        containerOverrides: { command: ['false'] },
        tags: { 'dagster-portal/request-id': 'r-1' },
      }),
    );
    const job = await waitForJob(batch, jobId!);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      describeCalls: 1,
      tags: { 'dagster-portal/request-id': 'r-1' },
    });
    expect(job.container?.exitCode).toBeUndefined();
  });

  it('answers a Lambda Invoke without Docker by echoing the payload', async () => {
    const payload = JSON.stringify({ runId: 'r-2' });
    const answer = await lambda.send(
      new InvokeCommand({
        FunctionName: aws.resources.lambda.functionName,
        Payload: Buffer.from(payload),
      }),
    );
    expect(answer.StatusCode).toBe(200);
    expect(answer.FunctionError).toBeUndefined();
    expect(Buffer.from(answer.Payload!).toString()).toBe(payload);

    const empty = await lambda.send(
      new InvokeCommand({ FunctionName: aws.resources.lambda.functionName }),
    );
    expect(Buffer.from(empty.Payload!).toString()).toBe(
      'Simple Lambda happy path OK',
    );
  });

  it('answers a Lambda Invoke of a function that does not exist with 200 too', async () => {
    const answer = await lambda.send(
      new InvokeCommand({ FunctionName: uniqueName('no-such-function') }),
    );
    expect(answer.StatusCode).toBe(200);
  });
});

describe('moto with Batch set to fail', () => {
  it('fails every Batch job (MOTO_SIMPLE_BATCH_FAIL_AFTER=0), with no exit code or reason', async () => {
    const moto = await startMotoServer({ batchJobsFail: true });
    const batch = new BatchClient(demoAwsClientConfig(moto.endpoint));
    try {
      const resources = await setUpDemoAws(moto.endpoint);
      const { jobId } = await batch.send(
        new SubmitJobCommand({
          jobName: 'fails',
          jobQueue: resources.batch.onDemandQueueArn,
          jobDefinition: resources.batch.jobDefinitionArn,
        }),
      );
      const job = await waitForJob(batch, jobId!);
      expect(job.status).toBe('FAILED');
      expect(job.statusReason).toBeUndefined();
      expect(job.container?.exitCode).toBeUndefined();
    } finally {
      batch.destroy();
      await moto.stop();
    }
  });
});
