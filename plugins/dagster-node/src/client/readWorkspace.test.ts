import { DagsterGraphQLClient } from './DagsterGraphQLClient';
import {
  DagsterCodeLocationLoadingError,
  DagsterHttpError,
  DagsterRepositoryNotFoundError,
} from './errors';
import * as fixtures from './__fixtures__/responses';
import { LocationEntryData } from './types';
import {
  byOperation,
  data,
  ScriptedServer,
  SeenRequest,
  startScriptedServer,
} from './__testUtils__/scriptedServer';

const loaded = (name: string): LocationEntryData => ({
  name,
  loadStatus: 'LOADED',
  updatedTimestamp: 1,
  locationOrLoadError: {
    __typename: 'RepositoryLocation',
    name,
    repositories: [{ name: '__repository__' }],
  },
});

const workspaceOf = (...entries: LocationEntryData[]) =>
  data({
    workspaceOrError: { __typename: 'Workspace', locationEntries: entries },
  });

/** Every asset key is owned by the location named by its first segment. */
const details = (request: SeenRequest) =>
  data({
    assetNodes: (request.body?.variables?.keys ?? []).map(
      (k: { path: string[] }) =>
        fixtures.assetNode(k.path, {
          repository: { name: '__repository__', location: { name: k.path[0] } },
        }),
    ),
  });

const keysByLocation =
  (keys: Record<string, string[][]>) => (request: SeenRequest) => {
    const location = request.body?.variables?.repositoryLocationName;
    return location in keys
      ? data(fixtures.assetKeys(keys[location]))
      : data(fixtures.repositoryNotFound);
  };

/*
 * Reading a real workspace (own assets only, a broken location kept with
 * its error) is proven in dagster.integration.test.ts; these cover what
 * real Dagster cannot be made to do on cue.
 */
describe('DagsterGraphQLClient.readWorkspace', () => {
  let server: ScriptedServer | undefined;
  afterEach(() => server?.close());

  async function clientFor(replies: Parameters<typeof byOperation>[0]) {
    server = await startScriptedServer(
      byOperation({
        BsServerVersion: () => data(fixtures.serverVersion('1.9.0')),
        ...replies,
      }),
    );
    const client = DagsterGraphQLClient.create({
      instance: {
        id: 'analytics',
        graphqlUrl: server.url,
        webUrl: 'http://ui',
      },
      baseDelayMs: 1,
      maxAttempts: 2,
    });
    return { client, server };
  }

  it('records a repository that vanished on its location and reads the others', async () => {
    const { client } = await clientFor({
      BsListCodeLocations: () => workspaceOf(loaded('gone'), loaded('finance')),
      BsRepositoryAssetKeys: keysByLocation({
        finance: [['finance', 'ledger']],
      }),
      BsAssetDetails: details,
    });
    const [gone, finance] = (await client.readWorkspace()).locations;
    expect(gone.error).toBeInstanceOf(DagsterRepositoryNotFoundError);
    expect(finance.assets.map(a => a.key)).toEqual([['finance', 'ledger']]);
  });

  it('marks a location that is still loading for the first time instead of reporting it empty', async () => {
    const { client, server: s } = await clientFor({
      BsListCodeLocations: () =>
        workspaceOf({
          name: 'starting',
          loadStatus: 'LOADING',
          updatedTimestamp: 1,
          locationOrLoadError: null,
        }),
    });
    const [starting] = (await client.readWorkspace()).locations;
    expect(starting.error).toBeInstanceOf(DagsterCodeLocationLoadingError);
    expect(s.operations()).toEqual(['BsServerVersion', 'BsListCodeLocations']);
  });

  it('throws when Dagster fails part-way, so callers keep their last good entities', async () => {
    const { client } = await clientFor({
      BsListCodeLocations: () => workspaceOf(loaded('finance')),
      BsRepositoryAssetKeys: keysByLocation({
        finance: [['finance', 'ledger']],
      }),
      BsAssetDetails: () => ({ status: 503 }),
    });
    await expect(client.readWorkspace()).rejects.toThrow(DagsterHttpError);
  });
});
