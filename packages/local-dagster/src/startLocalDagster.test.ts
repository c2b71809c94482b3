import { startTestEstate, TestEstate } from './testEstate';
import { printDagsterSchema } from './schema';

jest.setTimeout(120_000);

async function graphql(url: string, query: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: any };
}

const LOCATIONS = `{ workspaceOrError { ... on Workspace { locationEntries {
  name loadStatus locationOrLoadError { __typename ... on PythonError { message } } } } } }`;

describe('the test estate on real Dagster', () => {
  let estate: TestEstate;
  beforeAll(async () => {
    estate = await startTestEstate();
  });
  afterAll(() => estate?.stop());

  it('serves both projects once they have loaded', async () => {
    const { data } = await graphql(estate.graphqlUrl, LOCATIONS);
    expect(data.workspaceOrError.locationEntries).toEqual([
      expect.objectContaining({ name: 'benefit_claims', loadStatus: 'LOADED' }),
      expect.objectContaining({ name: 'finance', loadStatus: 'LOADED' }),
    ]);
    const assets = await graphql(
      estate.graphqlUrl,
      '{ assetNodes { assetKey { path } } }',
    );
    expect(
      assets.data.assetNodes.map((n: any) => n.assetKey.path.join('/')).sort(),
    ).toEqual([
      'claims/claimants',
      'claims/raw_claims',
      'finance/spend by region',
    ]);
  });

  it('breaks a location with a real import error and repairs it', async () => {
    await estate.breakLocation('finance', 'finance_defs');
    const broken = await graphql(estate.graphqlUrl, LOCATIONS);
    const finance = broken.data.workspaceOrError.locationEntries.find(
      (e: any) => e.name === 'finance',
    );
    expect(finance.locationOrLoadError.__typename).toBe('PythonError');
    expect(finance.locationOrLoadError.message).toMatch(
      /No module named 'finance_defs'/,
    );

    await estate.repairLocation('finance');
    const repaired = await graphql(estate.graphqlUrl, LOCATIONS);
    expect(
      repaired.data.workspaceOrError.locationEntries.find(
        (e: any) => e.name === 'finance',
      ).locationOrLoadError.__typename,
    ).toBe('RepositoryLocation');
  });
});

describe('printDagsterSchema', () => {
  it("prints the installed dagster-graphql's schema", () => {
    const sdl = printDagsterSchema();
    expect(sdl).toMatch(/^type Query \{/m);
    expect(sdl).toMatch(/assetNodes\(/);
  });
});
