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

describe('DagsterGraphQLClient assets', () => {
  const scripted = useScriptedClients();
  const clientFor = (
    replies: Replies,
    options: Parameters<typeof scripted>[1] = {},
  ) => scripted(byOperation(replies), options);

  const keysOf = (request: SeenRequest) => request.body?.variables?.keys ?? [];

  it('asks a current server for kinds and asks the version only once', async () => {
    const { client, server: s } = await clientFor({
      BsServerVersion: () => data(fixtures.serverVersion('1.12.13')),
      BsAssetDetails: detailsFor(false),
    });
    const [asset] = await client.getAssets([['sales', 'orders']]);
    await client.getAssets([['sales', 'orders']]);
    expect(asset.kinds).toEqual(['dbt', 'snowflake']);
    expect(s.operations()).toEqual([
      'BsServerVersion',
      'BsAssetDetails',
      'BsAssetDetails',
    ]);
  });

  it('uses the legacy query on a 1.5 server and derives kinds from computeKind', async () => {
    const { client, server: s } = await clientFor({
      BsServerVersion: () => data(fixtures.serverVersion('1.5.0')),
      BsAssetDetailsLegacy: detailsFor(true, 0, {
        groupName: null,
        computeKind: 'python',
      }),
    });
    await expect(client.getServerInfo()).resolves.toMatchObject({
      supportsKinds: false,
    });
    const [asset] = await client.getAssets([['sales', 'orders']]);
    expect(s.operations()).toEqual(['BsServerVersion', 'BsAssetDetailsLegacy']);
    expect(s.requests[1].body?.query).not.toMatch(/\bkinds\b/);
    expect(asset).toMatchObject({
      kinds: ['python'],
      group: null,
      key: ['sales', 'orders'],
    });
  });

  it('falls back to the legacy query when a development build rejects kinds', async () => {
    const {
      client,
      server: s,
      lines,
    } = await clientFor({
      BsServerVersion: () => data(fixtures.serverVersion('1!0+dev')),
      BsAssetDetails: () => ({
        status: 400,
        body: {
          errors: [
            { message: 'Cannot query field "kinds" on type "AssetNode".' },
          ],
        },
      }),
      BsAssetDetailsLegacy: detailsFor(true, 0, {
        computeKind: null,
        tags: [{ key: 'dagster/kind/snowflake', value: '' }],
      }),
    });
    const [asset] = await client.getAssets([['a']]);
    await client.getAssets([['b']]);
    expect(asset.kinds).toEqual(['snowflake']);
    expect(s.operations()).toEqual([
      'BsServerVersion',
      'BsAssetDetails',
      'BsAssetDetailsLegacy',
      'BsAssetDetailsLegacy',
    ]);
    expect(lines.join('\n')).toMatch(/rejected AssetNode.kinds/);
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
