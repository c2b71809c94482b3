import { startDagsterSimulator } from '../server/start';
import { fixtureDataset } from '../testing/fixture';
import { queryData } from '../testing/http';
import { LAUNCH, RUN, RunHarness, START, params } from '../testing/runHarness';

describe('run lifecycle', () => {
  const h = new RunHarness();
  beforeEach(() => h.start());
  afterEach(() => h.stop());

  it('moves a launched run through QUEUED, STARTING, STARTED to SUCCESS and writes materialisations', async () => {
    const launched = await h.launch(
      params(
        { assetSelection: [{ path: ['a', 'clean'] }, { path: ['a', 'raw'] }] },
        {
          executionMetadata: {
            tags: [
              { key: 'backstage/requested-by', value: 'user:default/jane' },
              { key: 'dagster/partition', value: '2026-01-02' },
            ],
          },
        },
      ),
    );
    expect(launched.__typename).toBe('LaunchRunSuccess');
    expect(launched.run.status).toBe('QUEUED');
    expect(launched.run.tags).toContainEqual({
      key: 'backstage/requested-by',
      value: 'user:default/jane',
    });
    const id = launched.run.runId;
    const seen: string[] = [];
    for (const t of [0, 1000, 2000, 3500, 4000]) {
      h.clock = START + t;
      seen.push((await h.run(id)).status);
    }
    expect(seen).toEqual([
      'QUEUED',
      'STARTING',
      'STARTED',
      'STARTED',
      'SUCCESS',
    ]);
    const done = await h.run(id);
    expect(done.stepStats).toEqual([
      {
        stepKey: 'a__raw',
        status: 'SUCCESS',
        startTime: (START + 2000) / 1000,
        endTime: (START + 3000) / 1000,
      },
      {
        stepKey: 'a__clean',
        status: 'SUCCESS',
        startTime: (START + 3000) / 1000,
        endTime: (START + 4000) / 1000,
      },
    ]);
    expect(done.stats).toEqual({
      stepsSucceeded: 2,
      stepsFailed: 0,
      materializations: 2,
    });
    expect(done.canTerminate).toBe(false);
    const asset = await queryData(
      h.sim.graphqlUrl,
      '{ assetOrError(assetKey: {path: ["a", "clean"]}) { ... on Asset { assetMaterializations(limit: 1) { runId timestamp partition metadataEntries { label } } } } }',
    );
    expect(asset.assetOrError.assetMaterializations).toEqual([
      {
        runId: id,
        timestamp: String(START + 4000),
        partition: '2026-01-02',
        metadataEntries: [{ label: 'dagster/row_count' }],
      },
    ]);
  });

  it('records check results of the launched run and shows in-progress runs in latest info', async () => {
    const { run: launched } = await h.launch(
      params({ assetSelection: [{ path: ['a', 'clean'] }] }),
    );
    const info = () =>
      queryData(
        h.sim.graphqlUrl,
        '{ assetsLatestInfo(assetKeys: [{path: ["a", "clean"]}]) { inProgressRunIds unstartedRunIds latestRun { runId } } }',
      );
    expect((await info()).assetsLatestInfo[0]).toEqual({
      inProgressRunIds: [],
      unstartedRunIds: [launched.runId],
      latestRun: { runId: launched.runId },
    });
    h.clock = START + 2500;
    expect((await info()).assetsLatestInfo[0].inProgressRunIds).toEqual([
      launched.runId,
    ]);
    h.clock = START + 10_000;
    const history = await queryData(
      h.sim.graphqlUrl,
      '{ assetCheckExecutions(assetKey: {path: ["a", "clean"]}, checkName: "not_empty", limit: 1) { runId status } }',
    );
    expect(history.assetCheckExecutions).toEqual([
      { runId: launched.runId, status: 'FAILED' },
    ]);
  });

  it('fails the run when tagged simulator/fail', async () => {
    const { run: launched } = await h.launch(
      params(
        {},
        {
          executionMetadata: {
            tags: [{ key: 'simulator/fail', value: 'true' }],
          },
        },
      ),
    );
    h.clock = START + 60_000;
    const failed = await h.run(launched.runId);
    expect(failed.status).toBe('FAILURE');
    expect(failed.stepStats.map((s: any) => s.status)).toEqual(['FAILURE']);
  });

  it('terminates queued runs at once and started runs through CANCELING', async () => {
    const queued = (await h.launch(params({}))).run.runId;
    expect(await h.terminate(queued)).toEqual({
      __typename: 'TerminateRunSuccess',
      run: { status: 'CANCELED' },
    });
    const started = (await h.launch(params({}))).run.runId;
    h.clock = START + 2500;
    expect((await h.terminate(started, 'SAFE_TERMINATE')).run.status).toBe(
      'CANCELING',
    );
    h.clock = START + 3600;
    const canceled = await h.run(started);
    expect(canceled.status).toBe('CANCELED');
    expect(canceled.endTime).toBe((START + 3500) / 1000);
    expect(await h.terminate(started)).toEqual({
      __typename: 'TerminateRunFailure',
      message: `Run ${started} could not be terminated due to having status CANCELED.`,
    });
    expect(await h.terminate('missing')).toEqual({
      __typename: 'RunNotFoundError',
      runId: 'missing',
    });
  });
});

describe('runs on the real clock', () => {
  it('finish by themselves with a small step duration', async () => {
    const sim = await startDagsterSimulator({
      dataset: fixtureDataset(),
      rebaseTimestamps: false,
      runStepMs: 20,
    });
    try {
      const launched = await queryData(sim.graphqlUrl, LAUNCH, {
        p: params({ assetSelection: [{ path: ['a', 'raw'] }] }),
      });
      const id = launched.launchRun.run.runId;
      let status = launched.launchRun.run.status;
      for (let i = 0; i < 100 && status !== 'SUCCESS'; i++) {
        await new Promise(r => setTimeout(r, 10));
        status = (await queryData(sim.graphqlUrl, RUN, { id })).runOrError
          .status;
      }
      expect(status).toBe('SUCCESS');
    } finally {
      await sim.stop();
    }
  });
});
