import { Entity, entitySchemaValidator } from '@backstage/catalog-model';
import { startTestEstate, TestEstate } from '@internal/local-dagster';
import { spawn } from 'node:child_process';
import http from 'node:http';
import net, { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  explainPreviewFailure,
  parsePreviewArgs,
  previewEntities,
} from './preview';

jest.setTimeout(60_000);

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const CLI_ENTRY = path.resolve(__dirname, 'index.ts');
const TOKEN = 'preview-test-token-9f3a';

/*
 * Real Dagster serving the test estate (packages/local-dagster/test-estate):
 * two projects, three assets, a personal-data column, an e-mail owner, an
 * unknown team and an edge across projects.
 */

const validate = entitySchemaValidator();

function checkEntities(entities: Entity[]) {
  expect(entities.length).toBe(5);
  for (const entity of entities) {
    expect(() => validate(entity)).not.toThrow();
    expect(['System', 'Resource']).toContain(entity.kind);
    if (entity.kind === 'Resource') {
      expect(entity.spec?.type).toBe('dagster-asset');
    }
  }
  const byName = new Map(
    entities.map(e => [`${e.kind}:${e.metadata.name}`, e]),
  );
  expect(
    [...byName.keys()].filter(k => !k.startsWith('Resource:finance_')).sort(),
  ).toEqual([
    'Resource:claims.claimants',
    'Resource:claims.raw_claims',
    'System:benefit_claims',
    'System:finance',
  ]);
  const claimants = byName.get('Resource:claims.claimants')!;
  expect(claimants.spec).toMatchObject({
    owner: 'user:default/dana.okafor',
    system: 'system:default/benefit_claims',
    dependsOn: ['resource:default/claims.raw_claims'],
  });
  expect(claimants.metadata.labels).toEqual({
    'dagster.io/personal-data': 'true',
  });
  expect(
    claimants.metadata.annotations?.['dagster.io/personal-data-columns'],
  ).toBe('nino');
  expect(claimants.metadata.tags).toEqual(
    expect.arrayContaining(['dbt', 'snowflake', 'silver', 'personal-data']),
  );
  const spend = entities.find(
    e =>
      e.metadata.annotations?.['dagster.io/asset-key'] ===
      'finance/spend by region',
  )!;
  expect(spend.metadata.name).toMatch(/^finance_spend_by_region-[0-9a-f]{10}$/);
  expect(spend.spec).toMatchObject({
    owner: 'group:default/nobody-knows',
    system: 'system:default/finance',
    dependsOn: ['resource:default/claims.claimants'],
  });
}

function parseYamlEntities(text: string): Entity[] {
  return parseAllDocuments(text).map(doc => {
    expect(doc.errors).toEqual([]);
    return doc.toJS() as Entity;
  });
}

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI entry as `yarn dagster-catalog` does. Asynchronously:
 * the servers it talks to live in this process, so a synchronous spawn
 * would block them and never get an answer.
 */
function runCli(args: string[]): Promise<CliResult> {
  const env = { ...process.env };
  delete env.DAGSTER_API_TOKEN;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        CLI_ENTRY,
        ...args,
      ],
      { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 45_000);
    child.on('error', reject);
    child.on('close', status => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('parsePreviewArgs', () => {
  const env = process.env.DAGSTER_API_TOKEN;
  beforeEach(() => delete process.env.DAGSTER_API_TOKEN);
  afterAll(() => {
    if (env !== undefined) process.env.DAGSTER_API_TOKEN = env;
  });

  it('reads the url, token and format', () => {
    expect(
      parsePreviewArgs(['preview', '--url', 'http://localhost:3100/graphql']),
    ).toEqual({
      url: 'http://localhost:3100/graphql',
      token: undefined,
      format: 'yaml',
    });
    expect(
      parsePreviewArgs([
        'preview',
        '--format',
        'json',
        '--url',
        'https://d.example/graphql',
        '--token',
        'T',
      ]),
    ).toEqual({
      url: 'https://d.example/graphql',
      token: 'T',
      format: 'json',
    });
  });

  it('takes the token from DAGSTER_API_TOKEN when no --token is given', () => {
    process.env.DAGSTER_API_TOKEN = 'from-env';
    expect(
      parsePreviewArgs(['preview', '--url', 'http://localhost:3100/graphql'])
        .token,
    ).toBe('from-env');
  });

  it.each([
    [[], /missing command/],
    [
      ['preveiw', '--url', 'http://x/graphql'],
      /unknown command "preveiw"; usage: dagster-catalog preview/,
    ],
    [['preview'], /--url is required/],
    [['preview', '--token', 'T'], /--url is required/],
    [['preview', '--url'], /--url needs a value/],
    [
      ['preview', '--url', 'http://x/graphql', '--format', 'xml'],
      /--format must be yaml or json, not "xml"/,
    ],
    [
      ['preview', '--url', 'http://x/graphql', '--verbose', 'yes'],
      /unknown option "--verbose"/,
    ],
    [
      ['preview', 'http://x/graphql'],
      /unexpected argument "http:\/\/x\/graphql"/,
    ],
    [['preview', '--url', 'not-a-url'], /--url "not-a-url" is not a valid URL/],
    [
      ['preview', '--url', 'ftp://x/graphql'],
      /--url must be an http or https URL, not ftp:/,
    ],
  ])('rejects %j naming the problem', (argv, message) => {
    expect(() => parsePreviewArgs(argv)).toThrow(message);
  });
});

let estate: TestEstate;
beforeAll(async () => {
  estate = await startTestEstate();
});
afterAll(() => estate?.stop());

describe('previewEntities against real Dagster', () => {
  it('prints the entities as YAML documents', async () => {
    const text = await previewEntities({
      url: estate.graphqlUrl,
      format: 'yaml',
    });
    expect(text.startsWith('---\n')).toBe(true);
    const entities = parseYamlEntities(text);
    checkEntities(entities);
    const claimants = entities.find(
      e => e.metadata.name === 'claims.claimants',
    )!;
    expect(claimants.metadata.annotations).toMatchObject({
      'dagster.io/asset-key': 'claims/claimants',
      'dagster.io/code-location': 'benefit_claims',
      'dagster.io/instance': 'preview',
      'backstage.io/view-url': `${estate.url}/assets/claims/claimants`,
    });
    // The About card links to the same asset and project in the Dagster UI.
    expect(claimants.metadata.links).toEqual([
      {
        url: `${estate.url}/assets/claims/claimants`,
        title: 'Open in Dagster',
        icon: 'dashboard',
      },
    ]);
    const project = entities.find(
      e => e.kind === 'System' && e.metadata.name === 'benefit_claims',
    )!;
    expect(project.metadata.links).toEqual([
      {
        url: `${estate.url}/locations/benefit_claims/assets`,
        title: 'Open in Dagster',
        icon: 'dashboard',
      },
    ]);
  });

  it('prints the entities as a JSON array with --format json', async () => {
    const text = await previewEntities({
      url: estate.graphqlUrl,
      format: 'json',
    });
    const entities = JSON.parse(text) as Entity[];
    expect(Array.isArray(entities)).toBe(true);
    checkEntities(entities);
  });

  it('warns on stderr, one line per problem, about a location that fails to load', async () => {
    await estate.breakLocation('finance', 'finance_defs');
    const write = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation(() => true);
    try {
      const text = await previewEntities({
        url: estate.graphqlUrl,
        format: 'json',
      });
      const names = (JSON.parse(text) as Entity[]).map(e => e.metadata.name);
      expect(names).toEqual([
        'benefit_claims',
        'claims.claimants',
        'claims.raw_claims',
      ]);
      expect(write.mock.calls.map(c => String(c[0]))).toEqual([
        expect.stringMatching(
          /^warning: Code location "finance" failed to load \(.*DagsterImportError: .*No module named 'finance_defs'.*\); keeping its 0 last good entities\n$/,
        ),
      ]);
    } finally {
      write.mockRestore();
      await estate.repairLocation('finance');
    }
  });

  it('keeps credentials in the URL out of the entities', async () => {
    const url = new URL(estate.graphqlUrl);
    url.search = `?token=${TOKEN}`;
    const text = await previewEntities({
      url: url.toString(),
      token: TOKEN,
      format: 'json',
    });
    expect(text).not.toContain(TOKEN);
    checkEntities(JSON.parse(text));
  });
});

describe('explainPreviewFailure', () => {
  it('removes the token from whatever the error says', () => {
    expect(
      explainPreviewFailure(new Error(`bad answer ${TOKEN}\nsecond line`), {
        token: TOKEN,
      }),
    ).toBe('bad answer [redacted] second line');
  });
});

describe('the dagster-catalog CLI', () => {
  let html: http.Server;
  let htmlUrl: string;
  let closedUrl: string;

  beforeAll(async () => {
    html = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>hello</html>');
    });
    await new Promise<void>(resolve => html.listen(0, '127.0.0.1', resolve));
    htmlUrl = `http://127.0.0.1:${
      (html.address() as AddressInfo).port
    }/graphql`;
    // A port that was free a moment ago: nothing listens there now.
    const probe = net.createServer();
    await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>(resolve => probe.close(() => resolve()));
    closedUrl = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>(resolve => html.close(() => resolve()));
  });

  it('prints the entities and exits 0 for a Dagster server', async () => {
    const result = await runCli([
      'preview',
      '--url',
      estate.graphqlUrl,
      '--token',
      TOKEN,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    checkEntities(parseYamlEntities(result.stdout));
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('exits 1 with one clear line on stderr when the server cannot be reached, is not Dagster, or the URL is malformed', async () => {
    const [unreachable, notDagster, malformed] = await Promise.all([
      runCli(['preview', '--url', closedUrl, '--token', TOKEN]),
      runCli(['preview', '--url', htmlUrl, '--token', TOKEN]),
      runCli(['preview', '--url', 'not-a-url']),
    ]);

    for (const result of [unreachable, notDagster, malformed]) {
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^dagster-catalog: [^\n]+\n$/);
      expect(result.stderr).not.toContain(TOKEN);
      // No stack trace.
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(unreachable.stderr).toContain(closedUrl);
    expect(unreachable.stderr).toMatch(/could not be reached/);
    expect(unreachable.stderr).toMatch(/ECONNREFUSED/);
    expect(unreachable.stderr).toMatch(
      /check that the Dagster webserver is running/,
    );

    expect(notDagster.stderr).toContain(htmlUrl);
    expect(notDagster.stderr).toMatch(
      /does not look like a Dagster GraphQL server/,
    );
    expect(notDagster.stderr).toContain('<html>hello</html>');
    expect(notDagster.stderr).toMatch(
      /check that --url is the \/graphql endpoint of a Dagster webserver/,
    );

    expect(malformed.stderr).toBe(
      'dagster-catalog: --url "not-a-url" is not a valid URL; give the Dagster GraphQL endpoint, e.g. http://localhost:3100/graphql\n',
    );
  });
});
