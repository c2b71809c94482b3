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

  it('reads the checks of many assets in one request', async () => {
    const { client, server } = await scripted(
      byOperation({ BsAssetsChecks: () => data(fixtures.assetsChecks) }),
    );
    const read = await client.getChecksOfAssets([
      ['sales', 'orders'],
      ['raw', 'orders'],
    ]);
    expect(server.requests).toHaveLength(1);
    expect(read.map(r => [r.key.join('/'), r.checks.map(c => c.name)])).toEqual(
      [
        ['sales/orders', ['not_null', 'never_ran']],
        ['raw/orders', []],
      ],
    );
  });

  it('asks for the history of every check of an asset in one request, each with the limit', async () => {
    const { client, server } = await scripted(
      byOperation({
        BsAssetCheckHistories: () => data(fixtures.checkHistories),
      }),
    );
    const histories = await client.getCheckHistories(
      ['a'],
      ['not_null', 'never_ran', 'not_null'],
      3,
    );
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].body?.variables).toEqual({
      key: { path: ['a'] },
      limit: 3,
      check0: 'not_null',
      check1: 'never_ran',
    });
    expect(histories.get('not_null')!.map(h => h.status)).toEqual([
      'FAILED',
      'SUCCEEDED',
      'IN_PROGRESS',
    ]);
    expect(histories.get('not_null')![2]).not.toHaveProperty('evaluation');
    expect(histories.get('never_ran')).toEqual([]);
  });

  it('asks nothing for the history of no checks', async () => {
    const { client, server } = await scripted(byOperation({}));
    expect(await client.getCheckHistories(['a'], [], 3)).toEqual(new Map());
    expect(server.requests).toHaveLength(0);
  });

  it('reads any number of keys in at most maxBatches requests', async () => {
    const { client, server } = await scripted(
      byOperation({
        BsAssetsLatestInfo: request =>
          data({
            assetsLatestInfo: request.body!.variables.keys.map(
              (key: { path: string[] }) => ({
                assetKey: key,
                inProgressRunIds: [],
                latestMaterialization: null,
                latestRun: null,
              }),
            ),
          }),
      }),
      { batchSize: 10, maxBatches: 3 },
    );
    const keys = Array.from({ length: 1_000 }, (_, i) => ['asset', `a${i}`]);
    expect(await client.getLatestInfo(keys)).toHaveLength(1_000);
    expect(server.requests).toHaveLength(3);
    const few = server.requests.length;
    await client.getLatestInfo(keys.slice(0, 25));
    // Few keys keep batches of batchSize.
    expect(server.requests.length - few).toBe(3);
    await client.getLatestInfo(keys.slice(0, 5));
    expect(server.requests.length - few).toBe(4);
  });
});
