import { DagsterUnexpectedResultError } from './errors';
import * as fixtures from './__fixtures__/responses';
import { useScriptedClients } from './__testUtils__/scriptedClient';
import { byOperation, data } from './__testUtils__/scriptedServer';

/*
 * What real Dagster answers is proven in dagster.integration.test.ts; these
 * cover answers the test estate cannot produce: runs in progress, checks
 * that never ran, WARN evaluations, executions without an evaluation, and
 * the checks error members.
 */
describe('DagsterGraphQLClient lineage, status and check reads', () => {
  const scripted = useScriptedClients();

  it('converts the latest materialisation time from epoch milliseconds to ISO', async () => {
    const { client } = await scripted(
      byOperation({ BsAssetsLatestInfo: () => data(fixtures.latestInfo) }),
    );
    const [orders, raw] = await client.getLatestInfo([
      ['sales', 'orders'],
      ['raw', 'orders'],
    ]);
    expect(orders).toEqual({
      key: ['sales', 'orders'],
      lastMaterializedAt: '2026-01-01T00:00:00.000Z',
      lastMaterializationRunId: 'run-1',
      lastRunId: 'run-2',
      lastRunStatus: 'STARTED',
      inProgressRunIds: ['run-2'],
    });
    expect(raw).toEqual({ key: ['raw', 'orders'], inProgressRunIds: [] });
  });

  it('reads the checks of an asset with their latest execution', async () => {
    const { client, server } = await scripted(
      byOperation({ BsAssetChecks: () => data(fixtures.assetChecks) }),
    );
    const checks = await client.getAssetChecks(['sales', 'orders']);
    expect(server.requests[0].body?.variables).toEqual({
      key: { path: ['sales', 'orders'] },
    });
    expect(checks).toEqual([
      {
        name: 'not_null',
        description: 'No nulls',
        blocking: true,
        latestExecution: {
          id: 'exec-1',
          runId: 'run-1',
          status: 'FAILED',
          timestamp: '2026-01-01T00:00:00.500Z',
          evaluation: {
            severity: 'WARN',
            success: false,
            description: '3 nulls',
          },
        },
      },
      { name: 'never_ran', description: null, blocking: false },
    ]);
  });

  it('maps a checks error member to a typed error carrying its type name', async () => {
    const { client } = await scripted(
      byOperation({
        BsAssetChecks: () =>
          data({
            assetNodeOrError: {
              __typename: 'AssetNode',
              assetChecksOrError: {
                __typename: 'AssetCheckNeedsMigrationError',
                message: 'Run dagster instance migrate',
              },
            },
          }),
      }),
    );
    const error = await client.getAssetChecks(['a']).catch(e => e);
    expect(error).toBeInstanceOf(DagsterUnexpectedResultError);
    expect(error).toMatchObject({
      typename: 'AssetCheckNeedsMigrationError',
      message: 'Run dagster instance migrate',
    });
  });

  it('asks for the history of one check with a limit', async () => {
    const { client, server } = await scripted(
      byOperation({ BsAssetCheckHistory: () => data(fixtures.checkHistory) }),
    );
    const history = await client.getCheckExecutions(['a'], 'not_null', 3);
    expect(server.requests[0].body?.variables).toEqual({
      key: { path: ['a'] },
      check: 'not_null',
      limit: 3,
    });
    expect(history.map(h => h.status)).toEqual([
      'FAILED',
      'SUCCEEDED',
      'IN_PROGRESS',
    ]);
    expect(history[2]).not.toHaveProperty('evaluation');
  });
});
