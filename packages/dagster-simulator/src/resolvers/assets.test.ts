import { loadDemoDataset } from '../dataset/load';
import { DagsterSimulator, startDagsterSimulator } from '../server/start';
import { fixtureDataset } from '../testing/fixture';
import { queryData } from '../testing/http';

const NODE = `
  assetKey { path }
  owners { __typename ... on TeamAssetOwner { team } ... on UserAssetOwner { email } }
  kinds tags { key value }
  dependencyKeys { path } dependedByKeys { path }
  isPartitioned partitionDefinition { type description fmt }
  metadataEntries {
    __typename label
    ... on TableSchemaMetadataEntry { schema { columns { name type tags { key value } } } }
  }
`;

describe('asset definitions', () => {
  let sim: DagsterSimulator;
  beforeAll(async () => {
    sim = await startDagsterSimulator({
      dataset: fixtureDataset(),
      rebaseTimestamps: false,
    });
  });
  afterAll(() => sim.stop());

  it('serves owners, kinds as tags and column tags in the column schema', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      `{ assetNodes(assetKeys: [{path: ["a", "raw"]}]) { ${NODE} } }`,
    );
    const [node] = data.assetNodes;
    expect(node.owners).toEqual([
      { __typename: 'TeamAssetOwner', team: 'data-eng' },
      { __typename: 'UserAssetOwner', email: 'sam@example.gov.uk' },
    ]);
    expect(node.kinds).toEqual(['python', 's3']);
    expect(node.tags).toEqual([
      { key: 'classification', value: 'OFFICIAL-SENSITIVE' },
      { key: 'dagster/kind/python', value: '' },
      { key: 'dagster/kind/s3', value: '' },
    ]);
    expect(node.metadataEntries).toEqual([
      {
        __typename: 'TableSchemaMetadataEntry',
        label: 'dagster/column_schema',
        schema: {
          columns: [
            {
              name: 'nino',
              type: 'VARCHAR',
              tags: [
                { key: 'pii', value: 'true' },
                { key: 'pii_category', value: 'national_insurance_number' },
              ],
            },
          ],
        },
      },
    ]);
    expect(node.partitionDefinition).toEqual({
      type: 'TIME_WINDOW',
      description: 'Daily, starting 2025-01-01 UTC.',
      fmt: '%Y-%m-%d',
    });
  });

  it('links dependencies both ways, across locations, and hides downstreams in failed locations', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      `{ assetNodeOrError(assetKey: {path: ["a", "clean"]}) { ... on AssetNode { ${NODE} } } }`,
    );
    expect(data.assetNodeOrError.dependencyKeys).toEqual([
      { path: ['a', 'raw'] },
    ]);
    expect(data.assetNodeOrError.dependedByKeys).toEqual([
      { path: ['b', 'report'] },
    ]);
    expect(data.assetNodeOrError.owners).toEqual([]);
  });

  it('filters asset nodes by group', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      '{ assetNodes(group: {groupName: "silver", repositoryName: "__repository__", repositoryLocationName: "alpha"}) { assetKey { path } } }',
    );
    expect(data.assetNodes).toEqual([{ assetKey: { path: ['a', 'clean'] } }]);
  });

  it('serves materialisations newest first with ms string timestamps and runtime metadata', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      `{ assetOrError(assetKey: {path: ["a", "clean"]}) { ... on Asset {
          latestMaterializationTimestamp
          assetMaterializations(limit: 5) { runId timestamp stepKey
            metadataEntries { label ... on IntMetadataEntry { intValue intRepr } }
            stepStats { stepKey status startTime endTime }
            runOrError { __typename ... on Run { runId status } } } } } }`,
    );
    const asset = data.assetOrError;
    expect(asset.latestMaterializationTimestamp).toBe(1_767_225_680_000);
    expect(asset.assetMaterializations).toEqual([
      {
        runId: 'run-1',
        timestamp: '1767225680000',
        stepKey: 'a__clean',
        metadataEntries: [
          { label: 'dagster/row_count', intValue: 1200, intRepr: '1200' },
        ],
        stepStats: {
          stepKey: 'a__clean',
          status: 'SUCCESS',
          startTime: 1_767_225_610,
          endTime: 1_767_225_680,
        },
        runOrError: { __typename: 'Run', runId: 'run-1', status: 'SUCCESS' },
      },
    ]);
  });

  it('answers AssetNotFoundError for an unknown key', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      '{ assetOrError(assetKey: {path: ["nope"]}) { __typename } }',
    );
    expect(data.assetOrError.__typename).toBe('AssetNotFoundError');
  });
});

describe('demo estate', () => {
  let sim: DagsterSimulator;
  beforeAll(async () => {
    sim = await startDagsterSimulator({ dataset: loadDemoDataset() });
  });
  afterAll(() => sim.stop());

  it('has gold assets in other locations depending on a silver asset', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      '{ assetNodeOrError(assetKey: {path: ["claims", "silver", "claims_with_geography"]}) { ... on AssetNode { dependedByKeys { path } } } }',
    );
    const downstream = data.assetNodeOrError.dependedByKeys.map((k: any) =>
      k.path.join('/'),
    );
    expect(downstream).toEqual(
      expect.arrayContaining([
        'tax/gold/regional_revenue_per_claimant',
        'education/gold/fsm_uptake_by_local_authority',
      ]),
    );
  });

  it('does not list downstreams that live in the location that failed to load', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      '{ assetNodeOrError(assetKey: {path: ["claims", "silver", "claimants"]}) { ... on AssetNode { dependedByKeys { path } } } }',
    );
    const downstream = data.assetNodeOrError.dependedByKeys.map(
      (k: any) => k.path[0],
    );
    expect(downstream).not.toContain('health');
    expect(downstream.length).toBeGreaterThan(0);
  });
});
