import * as fixtures from './__fixtures__/responses';
import { useScriptedClients } from './__testUtils__/scriptedClient';
import { byOperation, data, SeenRequest } from './__testUtils__/scriptedServer';

type Replies = Parameters<typeof byOperation>[0];

/** Answers asset details with one node per requested key, after `delayMs`. */
const detailsFor =
  (legacy: boolean, delayMs = 0, overrides: object = {}) =>
  (request: SeenRequest) => {
    const keys: { path: string[] }[] = request.body?.variables?.keys ?? [];
    const node = legacy ? fixtures.legacyAssetNode : fixtures.assetNode;
    return {
      ...data({ assetNodes: keys.map(k => node(k.path, overrides)) }),
      delayMs,
    };
  };

/*
 * The current and the legacy detail query, and the fallback, are proven
 * against real Dagster 1.13 and 1.7 (dagster.integration.test.ts,
 * dagster.legacy.integration.test.ts); these cover a 1.8 server in between
 * and the concurrency bound, which the small estates cannot show.
 */
describe('DagsterGraphQLClient assets', () => {
  const scripted = useScriptedClients();
  const clientFor = (
    replies: Replies,
    options: Parameters<typeof scripted>[1] = {},
  ) => scripted(byOperation(replies), options);

  const keysOf = (request: SeenRequest) => request.body?.variables?.keys ?? [];

  it('uses the legacy query on 1.8.9, which has kinds but no column tags yet', async () => {
    const { client, server: s } = await clientFor({
      BsServerVersion: () => data(fixtures.serverVersion('1.8.9')),
      BsAssetDetailsLegacy: detailsFor(true, 0, {
        computeKind: null,
        tags: [{ key: 'dagster/kind/python', value: '' }],
      }),
    });
    const [asset] = await client.getAssets([['a']]);
    expect(s.operations()).toEqual(['BsServerVersion', 'BsAssetDetailsLegacy']);
    expect(asset.kinds).toEqual(['python']);
    expect(asset.columns.map(c => c.tags)).toEqual([[], []]);
  });

  it('fetches 1,200 assets in three requests of at most 500 keys, two at a time', async () => {
    const { client, server: s } = await clientFor({
      BsServerVersion: () => data(fixtures.serverVersion()),
      BsAssetDetails: detailsFor(false, 30),
    });
    const keys = Array.from({ length: 1200 }, (_, i) => ['big', `asset_${i}`]);
    const assets = await client.getAssets(keys, { batchSize: 500 });
    const details = s.requests.filter(
      r => r.body?.operationName === 'BsAssetDetails',
    );
    expect(details.map(r => keysOf(r).length)).toEqual([500, 500, 200]);
    expect(s.maxInFlight()).toBe(2);
    expect(assets.map(a => a.key)).toEqual(keys);
    expect(client.requestCount).toBe(4);
  });

  it('sends one detail request at a time when concurrency is 1', async () => {
    const { client, server: s } = await clientFor(
      {
        BsServerVersion: () => data(fixtures.serverVersion()),
        BsAssetDetails: detailsFor(false, 20),
      },
      { concurrency: 1, batchSize: 2 },
    );
    await client.getAssets([['a'], ['b'], ['c'], ['d'], ['e'], ['a']]);
    expect(s.requests.slice(1).map(r => keysOf(r).length)).toEqual([2, 2, 1]);
    expect(s.maxInFlight()).toBe(1);
  });
});
