import { startDemoEstate, useDemoEstate } from '@internal/local-dagster';
import { DagsterGraphQLClient, DagsterRunLaunchError } from '../client';
import { DagsterDispatcher } from './DagsterDispatcher';
import { DispatchStatus } from './types';
import { requestFor, SHORT_RETRY_SAFE } from './__testUtils__/requests';

/*
 * The Dagster dispatcher against real Dagster serving the demo estate, with
 * its daemon, which launches queued runs: `make test`'s (DAGSTER_DEMO_URL)
 * or one started here (seeded: the seed script creates the instance's
 * storage before the webserver and the daemon start, which on an empty
 * home race to create it and break it). The run really executes, in Dagster's default run
 * launcher (a local process): the ECS and Kubernetes tags are carried, not
 * acted on, since the demo has no EcsRunLauncher or K8sRunLauncher.
 */

jest.setTimeout(300_000);

const ASSET = ['claims', 'reference', 'bank_holidays'];

describe('DagsterDispatcher against real Dagster (the demo estate)', () => {
  let demo: Awaited<ReturnType<typeof useDemoEstate>>;
  let client: DagsterGraphQLClient;
  let dispatcher: DagsterDispatcher;

  beforeAll(async () => {
    demo = process.env.DAGSTER_DEMO_URL
      ? await useDemoEstate()
      : await startDemoEstate({ daemon: true });
    client = DagsterGraphQLClient.create({
      instance: { id: 'demo', graphqlUrl: demo.graphqlUrl, webUrl: demo.url },
      timeoutMs: 30_000,
      baseDelayMs: 100,
    });
    dispatcher = new DagsterDispatcher(client);
  }, 900_000);

  afterAll(() => demo?.stop());

  /** Asks until the run has ended; the test's timeout bounds it, never an elapsed time. */
  async function untilEnded(runId: string): Promise<DispatchStatus> {
    for (;;) {
      const status = await dispatcher.status([runId]);
      if (status.state === 'succeeded' || status.state === 'failed') {
        return status;
      }
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  }

  it('launches a run of the asset that really succeeds, with the placement and portal tags on it, once per request id', async () => {
    const request = requestFor({ tags: SHORT_RETRY_SAFE });
    expect(request.decision).toMatchObject({
      compute: 'fargate-spot',
      spot: true,
    });

    const first = await dispatcher.dispatch(request);
    expect(first).toEqual({
      target: 'dagster',
      dispatchIds: [expect.any(String)],
    });
    const [runId] = first.dispatchIds;

    const ended = await untilEnded(runId);
    expect(ended).toEqual({
      state: 'succeeded',
      detail: `Dagster run ${runId} is SUCCESS`,
      startedAt: expect.any(String),
      endedAt: expect.any(String),
    });

    const run = await client.getRun(runId);
    const { vcpu, memoryMib } = request.decision.size;
    expect(run.tags).toMatchObject({
      'ecs/cpu': String(vcpu * 1024),
      'ecs/memory': String(memoryMib),
      'dagster-portal/project': 'benefit-claims',
      'dagster-portal/asset': 'claims/reference/bank_holidays',
      'dagster-portal/requester': 'user:default/ada.lovelace',
      'dagster-portal/request-id': request.requestId,
    });
    expect(JSON.parse(run.tags['ecs/run_task_kwargs'])).toEqual({
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE_SPOT', weight: 1 },
      ],
    });
    // The asset's own step ran (its checks too), and Dagster recorded how long it took.
    expect(run.steps).toContainEqual({
      stepKey: ASSET.join('__'),
      status: 'SUCCESS',
      durationSeconds: expect.any(Number),
    });

    // The same request again finds the run instead of launching another.
    await expect(dispatcher.dispatch(request)).resolves.toEqual(first);
    const tagged = await client.runsByTag(
      'dagster-portal/request-id',
      request.requestId,
    );
    expect(tagged.map(r => r.runId)).toEqual([runId]);
  });

  it('an asset the repository does not have is a clear error, and launches nothing', async () => {
    const request = requestFor(
      { tags: SHORT_RETRY_SAFE },
      {
        asset: {
          key: ['claims', 'no_such_asset'],
          location: 'benefit_claims',
          repository: '__repository__',
        },
      },
    );
    const error = await dispatcher.dispatch(request).catch(e => e);
    expect(error).toBeInstanceOf(DagsterRunLaunchError);
    expect(error.typename).toBe('InvalidSubsetError');
    expect(error.message).toMatch(
      /^Dagster refused the run \(InvalidSubsetError\): .*AssetKey\(s\) \['claims\/no_such_asset'\] were selected/,
    );
    await expect(
      client.runsByTag('dagster-portal/request-id', request.requestId),
    ).resolves.toEqual([]);
  });

  it('the status of a run Dagster does not have is failed, saying so', async () => {
    const runId = '00000000-0000-0000-0000-000000000000';
    await expect(dispatcher.status([runId])).resolves.toEqual({
      state: 'failed',
      detail: `Dagster has no run ${runId}`,
    });
  });
});
