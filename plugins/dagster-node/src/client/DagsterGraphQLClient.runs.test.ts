import {
  DagsterPythonError,
  DagsterRunLaunchError,
  DagsterRunNotFoundError,
  DagsterUnauthorizedError,
} from './errors';
import * as fixtures from './__fixtures__/responses';
import { useScriptedClients } from './__testUtils__/scriptedClient';
import { byOperation, data } from './__testUtils__/scriptedServer';

/*
 * The run operations over a scripted server: every member of LaunchRunResult
 * (real Dagster can be made to answer few of them; the launch of a real run
 * and InvalidSubsetError are proven in dispatch/DagsterDispatcher.test.ts).
 */
describe('DagsterGraphQLClient runs', () => {
  const scripted = useScriptedClients();
  const INPUT = {
    repositoryLocationName: 'analytics',
    repositoryName: '__repository__',
    assetKeys: [['sales', 'orders']],
    tags: { 'dagster-portal/request-id': 'r1', 'ecs/cpu': '1024' },
  };
  const launchAnswering = (launchRun: unknown) =>
    scripted(byOperation({ BsLaunchAssetRun: () => data({ launchRun }) }));

  it('sends __ASSET_JOB with the asset selection and the tags, and reads the run', async () => {
    const { client, server } = await launchAnswering({
      __typename: 'LaunchRunSuccess',
      run: fixtures.run(),
    });
    const run = await client.launchAssetRun(INPUT);
    expect(server.requests[0].body?.variables).toEqual({
      executionParams: {
        selector: {
          jobName: '__ASSET_JOB',
          repositoryLocationName: 'analytics',
          repositoryName: '__repository__',
          assetSelection: [{ path: ['sales', 'orders'] }],
        },
        executionMetadata: {
          tags: [
            { key: 'dagster-portal/request-id', value: 'r1' },
            { key: 'ecs/cpu', value: '1024' },
          ],
        },
      },
    });
    expect(run).toEqual({
      runId: 'b0d7c6a2-1f3e-4c4b-9a53-0d6f1e2a3b4c',
      status: 'SUCCESS',
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAt: '2026-01-01T00:00:42.500Z',
      tags: { 'dagster-portal/request-id': 'r1', 'ecs/cpu': '1024' },
      steps: [
        { stepKey: 'sales__orders', status: 'SUCCESS', durationSeconds: 30 },
      ],
    });
  });

  it.each<[object, string]>([
    [
      { __typename: 'InvalidStepError', invalidStepKey: 'orders' },
      'Dagster refused the run: no step "orders"',
    ],
    [
      {
        __typename: 'InvalidOutputError',
        stepKey: 'orders',
        invalidOutputName: 'result',
      },
      'Dagster refused the run: step "orders" has no output "result"',
    ],
    [
      {
        __typename: 'RunConfigValidationInvalid',
        pipelineName: '__ASSET_JOB',
        errors: [{ message: 'missing a' }, { message: 'missing b' }],
      },
      'Dagster refused the run config of __ASSET_JOB: missing a; missing b',
    ],
    ...[
      'PipelineNotFoundError',
      'RunConflict',
      'PresetNotFoundError',
      'ConflictingExecutionParamsError',
      'NoModeProvidedError',
      'InvalidSubsetError',
    ].map((typename): [object, string] => [
      { __typename: typename, message: 'said so', pipelineName: 'j' },
      `Dagster refused the run (${typename}): said so`,
    ]),
  ])(
    'a refusal %o is a DagsterRunLaunchError saying why',
    async (result, message) => {
      const { client } = await launchAnswering(result);
      const error = await client.launchAssetRun(INPUT).catch(e => e);
      expect(error).toBeInstanceOf(DagsterRunLaunchError);
      expect({ message: error.message, typename: error.typename }).toEqual({
        message,
        typename: (result as { __typename: string }).__typename,
      });
    },
  );

  it('a PythonError and an UnauthorizedError keep their own types', async () => {
    const python = await launchAnswering({
      __typename: 'PythonError',
      message: 'boom',
      className: 'Boom',
      stack: ['line 1'],
    });
    await expect(python.client.launchAssetRun(INPUT)).rejects.toThrow(
      DagsterPythonError,
    );
    const unauthorised = await launchAnswering({
      __typename: 'UnauthorizedError',
      message: 'no launch permission',
    });
    await expect(unauthorised.client.launchAssetRun(INPUT)).rejects.toThrow(
      new DagsterUnauthorizedError('no launch permission'),
    );
  });

  it('never retries a launch, which could launch twice', async () => {
    const { client, server } = await scripted(() => ({
      status: 503,
      body: 'busy',
    }));
    await expect(client.launchAssetRun(INPUT)).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
    // A read is retried as usual (3 attempts in these tests).
    await expect(client.runsByTag('k', 'v')).rejects.toThrow();
    expect(server.requests).toHaveLength(4);
  });

  it('refuses a launch of no assets before sending anything', async () => {
    const { client, server } = await launchAnswering({});
    await expect(
      client.launchAssetRun({ ...INPUT, assetKeys: [] }),
    ).rejects.toThrow('launchAssetRun needs at least one asset key');
    expect(server.requests).toHaveLength(0);
  });

  it('reads runs by tag and one run; an unknown run is DagsterRunNotFoundError', async () => {
    const { client, server } = await scripted(
      byOperation({
        BsRunsByTag: () =>
          data({
            runsOrError: { __typename: 'Runs', results: [fixtures.run()] },
          }),
        BsRun: request =>
          data({
            runOrError:
              request.body?.variables.runId === 'gone'
                ? {
                    __typename: 'RunNotFoundError',
                    runId: 'gone',
                    message: 'Run gone could not be found.',
                  }
                : {
                    __typename: 'Run',
                    ...fixtures.run({ endTime: null, stepStats: [] }),
                  },
          }),
      }),
    );
    const runs = await client.runsByTag('dagster-portal/request-id', 'r1');
    expect(runs.map(r => r.runId)).toEqual([fixtures.run().runId]);
    expect(server.requests[0].body?.variables).toEqual({
      key: 'dagster-portal/request-id',
      value: 'r1',
    });
    const running = await client.getRun('b0d7');
    expect(running).toMatchObject({ endedAt: undefined, steps: [] });
    const error = await client.getRun('gone').catch(e => e);
    expect(error).toBeInstanceOf(DagsterRunNotFoundError);
    expect(error.runId).toBe('gone');
  });
});
