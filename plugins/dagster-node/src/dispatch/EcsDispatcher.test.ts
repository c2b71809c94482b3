import {
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
} from '@aws-sdk/client-ecs';
import { DEMO_AWS_CREDENTIALS, DemoAws, useDemoAws } from '@internal/local-aws';
import { createAwsDispatchClients } from './awsClients';
import { EcsDispatcher, startedByOf } from './EcsDispatcher';
import { DispatchRequest } from './types';
import {
  demoClients,
  demoSettings,
  startThrottlingProxy,
} from './__testUtils__/aws';
import { requestFor, SHORT_RETRY_SAFE } from './__testUtils__/requests';

/*
 * The ECS dispatcher on real moto (the demo's cluster, task definition and
 * subnets). moto ignores `clientToken`, so the dispatcher's own look-up is
 * what these tests prove; a moto task never fails (its container always
 * exits 0), so a failed task is not shown here.
 */

jest.setTimeout(120_000);

describe('EcsDispatcher on moto', () => {
  let aws: DemoAws;
  let ecs: ECSClient;
  let dispatcher: EcsDispatcher;

  beforeAll(async () => {
    aws = await useDemoAws();
    const settings = demoSettings(aws);
    ecs = demoClients(settings).ecs;
    dispatcher = new EcsDispatcher(ecs, settings.ecs!);
  }, 120_000);

  afterAll(() => aws?.stop());

  const tasksStartedFor = async (request: DispatchRequest) => {
    const listed = await ecs.send(
      new ListTasksCommand({
        cluster: aws.resources.ecs.clusterArn,
        startedBy: startedByOf(request.requestId),
      }),
    );
    return listed.taskArns ?? [];
  };

  const describe1 = async (taskArn: string) => {
    const answer = await ecs.send(
      new DescribeTasksCommand({
        cluster: aws.resources.ecs.clusterArn,
        tasks: [taskArn],
        include: ['TAGS'],
      }),
    );
    return answer.tasks![0];
  };

  it('runs one Fargate Spot task sized by the decision, with the request in its environment and tags, once per request id', async () => {
    const request = requestFor({ tags: SHORT_RETRY_SAFE });
    expect(request.decision).toMatchObject({ compute: 'fargate-spot' });
    const first = await dispatcher.dispatch(request);
    expect(first).toEqual({ target: 'ecs', dispatchIds: [expect.any(String)] });

    const task = await describe1(first.dispatchIds[0]);
    const { vcpu, memoryMib } = request.decision.size;
    expect(task).toMatchObject({
      capacityProviderName: 'FARGATE_SPOT',
      startedBy: request.requestId,
      overrides: {
        cpu: String(vcpu * 1024),
        memory: String(memoryMib),
        containerOverrides: [
          {
            name: 'run',
            cpu: vcpu * 1024,
            memory: memoryMib,
            environment: expect.arrayContaining([
              { name: 'DAGSTER_PORTAL_REQUEST_ID', value: request.requestId },
              {
                name: 'DAGSTER_PORTAL_ASSET',
                value: 'claims/reference/bank_holidays',
              },
            ]),
          },
        ],
      },
    });
    expect(task.tags).toEqual(
      expect.arrayContaining([
        { key: 'dagster-portal/request-id', value: request.requestId },
        { key: 'dagster-portal/project', value: 'benefit-claims' },
        { key: 'dagster-portal/requester', value: 'user:default/ada.lovelace' },
        {
          key: 'dagster-portal/asset',
          value: 'claims/reference/bank_holidays',
        },
      ]),
    );

    await expect(dispatcher.dispatch(request)).resolves.toEqual(first);
    await expect(tasksStartedFor(request)).resolves.toEqual(first.dispatchIds);
  });

  it('runs on on-demand Fargate when a retry is not safe', async () => {
    const request = requestFor({
      tags: { ...SHORT_RETRY_SAFE, 'platform/safe-to-retry': 'false' },
    });
    expect(request.decision).toMatchObject({ compute: 'fargate', spot: false });
    const { dispatchIds } = await dispatcher.dispatch(request);
    await expect(describe1(dispatchIds[0])).resolves.toMatchObject({
      capacityProviderName: 'FARGATE',
    });
  });

  it('cuts a request id longer than 36 characters for startedBy, and still finds its own task by tag', async () => {
    const base = requestFor({ tags: SHORT_RETRY_SAFE });
    const long = { ...base, requestId: `${base.requestId}-retry-of-the-same` };
    const sibling = { ...base, requestId: `${base.requestId}-another-request` };
    const mine = await dispatcher.dispatch(long);
    expect(await describe1(mine.dispatchIds[0])).toMatchObject({
      startedBy: base.requestId,
    });
    // Same 36-character prefix, different request: a task of its own.
    const theirs = await dispatcher.dispatch(sibling);
    expect(theirs.dispatchIds).not.toEqual(mine.dispatchIds);
    await expect(dispatcher.dispatch(long)).resolves.toEqual(mine);
    expect((await tasksStartedFor(long)).sort()).toEqual(
      [...mine.dispatchIds, ...theirs.dispatchIds].sort(),
    );
  });

  it('reports the task from DescribeTasks until it has stopped with exit code 0', async () => {
    const request = requestFor({ tags: SHORT_RETRY_SAFE });
    const { dispatchIds } = await dispatcher.dispatch(request);
    const seen: string[] = [];
    let status = await dispatcher.status(dispatchIds);
    while (status.state !== 'succeeded' && status.state !== 'failed') {
      seen.push(status.state);
      status = await dispatcher.status(dispatchIds);
    }
    expect(status).toMatchObject({
      state: 'succeeded',
      detail: expect.stringMatching(
        /^ECS task .+ stopped, container run exit code 0$/,
      ),
    });
    // moto steps a task through its stopping states one DescribeTasks at a time.
    expect(seen).toContain('running');
  });

  it('says a task ECS does not have has failed', async () => {
    const arn = `${aws.resources.ecs.clusterArn.replace(
      ':cluster/',
      ':task/',
    )}/0123456789abcdef0123456789abcdef`;
    // AWS lists the ARN under `failures` with reason MISSING; moto answers
    // no task and no failure, which the dispatcher words "not found".
    await expect(dispatcher.status([arn])).resolves.toEqual({
      state: 'failed',
      detail: `ECS has no task ${arn} (not found)`,
    });
  });

  describe('behind a proxy that throttles the first RunTask (400 ThrottlingException, as AWS answers)', () => {
    const throttledDispatcher = async (maxAttempts: number) => {
      const proxy = await startThrottlingProxy(aws.endpoint, 'RunTask', 1);
      const settings = demoSettings(aws, {
        endpoint: proxy.endpoint,
        maxAttempts,
      });
      const clients = createAwsDispatchClients(settings, {
        credentials: DEMO_AWS_CREDENTIALS,
      });
      return {
        proxy,
        dispatcher: new EcsDispatcher(clients.ecs, settings.ecs!),
      };
    };

    it('retries through the SDK strategy and starts exactly one task', async () => {
      const { proxy, dispatcher: throttled } = await throttledDispatcher(3);
      try {
        const request = requestFor({ tags: SHORT_RETRY_SAFE });
        const result = await throttled.dispatch(request);
        expect(proxy.throttled).toBe(1);
        await expect(tasksStartedFor(request)).resolves.toEqual(
          result.dispatchIds,
        );
      } finally {
        await proxy.close();
      }
    });

    it('without retries the throttling fails the dispatch, and starts nothing', async () => {
      const { proxy, dispatcher: once } = await throttledDispatcher(1);
      try {
        const request = requestFor({ tags: SHORT_RETRY_SAFE });
        await expect(once.dispatch(request)).rejects.toMatchObject({
          name: 'ThrottlingException',
        });
        expect(proxy.throttled).toBe(1);
        await expect(tasksStartedFor(request)).resolves.toEqual([]);
      } finally {
        await proxy.close();
      }
    });
  });
});
