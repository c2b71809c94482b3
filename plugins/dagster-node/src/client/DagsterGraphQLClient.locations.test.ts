import { DagsterPythonError, DagsterRepositoryNotFoundError } from './errors';
import * as fixtures from './__fixtures__/responses';
import { useScriptedClients } from './__testUtils__/scriptedClient';
import { byOperation, data } from './__testUtils__/scriptedServer';

describe('DagsterGraphQLClient code locations', () => {
  const scripted = useScriptedClients();
  const clientFor = (replies: Parameters<typeof byOperation>[0]) =>
    scripted(byOperation(replies));

  it('keeps a code location that failed to load, with its Python error', async () => {
    const { client } = await clientFor({
      BsListCodeLocations: () => data(fixtures.workspace),
    });
    const [analytics, broken] = await client.listCodeLocations();
    expect(analytics).toEqual({
      name: 'analytics',
      loadStatus: 'LOADED',
      repositories: [{ name: '__repository__' }],
    });
    expect(broken.repositories).toEqual([]);
    expect(broken.error).toBeInstanceOf(DagsterPythonError);
    expect(broken.error).toMatchObject({
      message: 'ModuleNotFoundError: No module named pandas',
      className: 'ModuleNotFoundError',
      pythonStack: ['  File "defs.py", line 1\n'],
    });
  });

  it('throws the workspace PythonError as a typed error', async () => {
    const pythonError = {
      __typename: 'PythonError',
      message: 'workspace broken',
      className: null,
      stack: [],
    };
    const { client } = await clientFor({
      BsListCodeLocations: () => data({ workspaceOrError: pythonError }),
    });
    await expect(client.listCodeLocations()).rejects.toThrow(
      DagsterPythonError,
    );
  });

  it('lists the asset keys of a repository and maps RepositoryNotFoundError', async () => {
    let found = true;
    const { client, server: s } = await clientFor({
      BsRepositoryAssetKeys: () =>
        data(
          found
            ? fixtures.assetKeys([['a'], ['b', 'c']])
            : fixtures.repositoryNotFound,
        ),
    });
    const ref = { location: 'analytics', repository: '__repository__' };
    await expect(client.listAssetKeys(ref)).resolves.toEqual([
      ['a'],
      ['b', 'c'],
    ]);
    expect(s.requests[0].body?.variables).toEqual({
      repositoryLocationName: 'analytics',
      repositoryName: '__repository__',
    });
    found = false;
    const error = await client.listAssetKeys(ref).catch(e => e);
    expect(error).toBeInstanceOf(DagsterRepositoryNotFoundError);
    expect(error).toMatchObject({
      repositoryName: '__repository__',
      repositoryLocationName: 'analytics',
    });
  });
});
