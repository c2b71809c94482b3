import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './processes';
import { printDagsterSchema } from './schema';
import { startTestEstate, TestEstate } from './testEstate';

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

describe('the local-dagster command', () => {
  it('takes its Dagster down with it when it is killed outright', async () => {
    const port = await freePort();
    const cli = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        path.join(__dirname, 'cli.ts'),
        '--workspace',
        path.join(__dirname, '..', 'test-estate', 'workspace.yaml'),
        '--port',
        String(port),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      cli.stdout!.on('data', chunk => {
        if (String(chunk).includes('Dagster ready at')) resolve();
      });
      cli.once('exit', code => reject(new Error(`exited with ${code}`)));
    });
    const alive = () =>
      fetch(`http://127.0.0.1:${port}/server_info`).then(
        r => r.ok,
        () => false,
      );
    expect(await alive()).toBe(true);

    cli.kill('SIGKILL');
    const deadline = Date.now() + 30_000;
    while ((await alive()) && Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 250));
    }
    expect(await alive()).toBe(false);
  });
});

describe('printDagsterSchema', () => {
  it("prints the installed dagster-graphql's schema", () => {
    const sdl = printDagsterSchema();
    expect(sdl).toMatch(/^type Query \{/m);
    expect(sdl).toMatch(/assetNodes\(/);
  });
});
