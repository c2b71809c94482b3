import { DagsterSimulator, startDagsterSimulator } from '../server/start';
import { fixtureDataset } from '../testing/fixture';
import { queryData } from '../testing/http';

const WORKSPACE = `{
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError {
          __typename
          ... on RepositoryLocation { name repositories { name assetNodes { assetKey { path } } } }
          ... on PythonError { message className }
        }
      }
    }
  }
}`;

describe('workspace', () => {
  let sim: DagsterSimulator;
  beforeEach(async () => {
    sim = await startDagsterSimulator({
      dataset: fixtureDataset(),
      rebaseTimestamps: false,
    });
  });
  afterEach(() => sim.stop());

  it('reports a location that failed to load as a PythonError', async () => {
    const data = await queryData(sim.graphqlUrl, WORKSPACE);
    const entries = data.workspaceOrError.locationEntries;
    expect(
      entries.map((e: any) => [e.name, e.locationOrLoadError.__typename]),
    ).toEqual([
      ['alpha', 'RepositoryLocation'],
      ['beta', 'RepositoryLocation'],
      ['broken', 'PythonError'],
    ]);
    expect(entries[2].locationOrLoadError.message).toBe(
      "ModuleNotFoundError: No module named 'pandas'",
    );
    expect(entries[2].loadStatus).toBe('LOADED');
  });

  it('serves no assets or repositories of a failed location', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      `{ assetNodes { assetKey { path } }
         repositoriesOrError { ... on RepositoryConnection { nodes { location { name } } } }
         assetNodeOrError(assetKey: {path: ["x", "hidden"]}) { __typename ... on AssetNotFoundError { message } } }`,
    );
    expect(data.assetNodes.map((a: any) => a.assetKey.path.join('/'))).toEqual([
      'a/raw',
      'a/clean',
      'b/report',
    ]);
    expect(
      data.repositoriesOrError.nodes.map((n: any) => n.location.name),
    ).toEqual(['alpha', 'beta']);
    expect(data.assetNodeOrError).toEqual({
      __typename: 'AssetNotFoundError',
      message: 'Asset key x/hidden not found.',
    });
  });

  it('turns a location into a PythonError when a location fault is set, and back', async () => {
    sim.setFaults({
      locationErrors: { beta: 'grpc: code server unavailable' },
    });
    let data = await queryData(sim.graphqlUrl, WORKSPACE);
    expect(
      data.workspaceOrError.locationEntries[1].locationOrLoadError,
    ).toEqual({
      __typename: 'PythonError',
      message: 'grpc: code server unavailable',
      className: 'DagsterUserCodeLoadError',
    });
    const nodes = await queryData(
      sim.graphqlUrl,
      '{ assetNodes { assetKey { path } } }',
    );
    expect(nodes.assetNodes).toHaveLength(2);
    sim.setFaults({ locationErrors: {} });
    data = await queryData(sim.graphqlUrl, WORKSPACE);
    expect(
      data.workspaceOrError.locationEntries[1].locationOrLoadError.__typename,
    ).toBe('RepositoryLocation');
  });

  it('answers repository lookups, including unknown ones', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      `{ ok: repositoryOrError(repositorySelector: {repositoryLocationName: "alpha", repositoryName: "__repository__"}) {
           __typename ... on Repository { name assetGroups { groupName assetKeys { path } } jobs { name isAssetJob } origin { repositoryLocationName } }
         }
         missing: repositoryOrError(repositorySelector: {repositoryLocationName: "broken", repositoryName: "__repository__"}) {
           __typename ... on RepositoryNotFoundError { repositoryName repositoryLocationName }
         } }`,
    );
    expect(data.ok.assetGroups).toEqual([
      { groupName: 'bronze', assetKeys: [{ path: ['a', 'raw'] }] },
      { groupName: 'silver', assetKeys: [{ path: ['a', 'clean'] }] },
    ]);
    expect(data.ok.jobs).toEqual([{ name: '__ASSET_JOB', isAssetJob: true }]);
    expect(data.ok.origin.repositoryLocationName).toBe('alpha');
    expect(data.missing).toEqual({
      __typename: 'RepositoryNotFoundError',
      repositoryName: '__repository__',
      repositoryLocationName: 'broken',
    });
  });
});
