import { RunHarness, params } from '../testing/runHarness';

describe('launching and listing runs', () => {
  const h = new RunHarness();
  beforeEach(() => h.start());
  afterEach(() => h.stop());

  it('answers the right union member for bad selectors', async () => {
    expect(
      await h.launch(params({ repositoryLocationName: 'nowhere' })),
    ).toEqual({
      __typename: 'PipelineNotFoundError',
      message: 'Could not find Pipeline nowhere.__repository__.__ASSET_JOB',
      pipelineName: '__ASSET_JOB',
      repositoryLocationName: 'nowhere',
    });
    expect(
      (await h.launch(params({ repositoryLocationName: 'broken' }))).__typename,
    ).toBe('PipelineNotFoundError');
    expect(
      (await h.launch(params({ jobName: 'no_such_job' }))).__typename,
    ).toBe('PipelineNotFoundError');
    expect(
      await h.launch(params({ assetSelection: [{ path: ['b', 'report'] }] })),
    ).toEqual({
      __typename: 'InvalidSubsetError',
      message: 'Assets not found in job __ASSET_JOB: b/report',
    });
    expect(
      (await h.launch(params({ jobName: null, pipelineName: null })))
        .__typename,
    ).toBe('PythonError');
    const config = await h.launch(params({}, { runConfigData: { opz: {} } }));
    expect(config.errors).toEqual([
      expect.objectContaining({
        __typename: 'FieldNotDefinedConfigError',
        reason: 'FIELD_NOT_DEFINED',
      }),
    ]);
  });

  it('filters runs by tag, status and job, newest first, with a cursor', async () => {
    await h.launch(
      params(
        {},
        { executionMetadata: { tags: [{ key: 'team', value: 'data-eng' }] } },
      ),
    );
    const q = `query ($f: RunsFilter, $c: String, $l: Int) { runsOrError(filter: $f, cursor: $c, limit: $l) { ... on Runs { count results { runId status } } } }`;
    const tagged = await h.query(q, {
      f: { tags: [{ key: 'team', value: 'data-eng' }] },
    });
    expect(tagged.runsOrError.count).toBe(2);
    expect(tagged.runsOrError.results[1].runId).toBe('run-1');
    const failed = await h.query(q, {
      f: { statuses: ['FAILURE'] },
    });
    expect(failed.runsOrError.results).toEqual([
      { runId: 'run-2', status: 'FAILURE' },
    ]);
    const page = await h.query(q, { c: 'run-2', l: 5 });
    expect(page.runsOrError.results.map((r: any) => r.runId)).toEqual([
      'run-1',
    ]);
  });

  it('refuses launches and terminations when read-only', async () => {
    h.sim.setFaults({ readOnly: true });
    expect((await h.launch(params({}))).__typename).toBe('UnauthorizedError');
    expect((await h.terminate('run-1')).__typename).toBe('UnauthorizedError');
  });
});
