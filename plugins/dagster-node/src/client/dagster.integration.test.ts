import {
  FaultProxy,
  NO_FAULTS,
  startFaultProxy,
} from '@internal/dagster-fault-proxy';
import { startTestEstate, TestEstate, venvBin } from '@internal/local-dagster';
import { DagsterGraphQLClient } from './DagsterGraphQLClient';
import {
  DagsterAssetNotFoundError,
  DagsterHttpError,
  DagsterNetworkError,
  DagsterProtocolError,
  DagsterPythonError,
  DagsterRepositoryNotFoundError,
} from './errors';
import {
  DagsterClientLogger,
  DagsterClientOptions,
  DagsterWorkspace,
} from './model';
import {
  installedDagsterVersion,
  materialise,
  RecordingHop,
  startRecordingHop,
} from './__testUtils__/realDagster';
import {
  byKey,
  CHECK,
  CLAIMANTS,
  EXPECTED_ASSETS,
  lineageNodeOf,
  ISO,
  RAW,
  RUN_ID,
  SPEND,
  TEST_ESTATE_SOURCE,
} from './__testUtils__/testEstate';

/*
 * The client against the real Dagster webserver (.tools/venv) serving the
 * test estate of @internal/local-dagster, with two materialisations of real
 * history. Every request goes client -> fault proxy -> recording hop ->
 * Dagster, so the faults are those of a real path to a real server, and the
 * hop shows what reached Dagster.
 */

jest.setTimeout(60_000);

const TOKEN = 'dagster-cloud-secret-token-1234';

function silentLogger(
  onWarn: (message: string) => void = () => {},
): DagsterClientLogger {
  return { debug: () => {}, info: () => {}, warn: onWarn, error: () => {} };
}

/** Location, status, error and asset keys of each location, sorted. */
const summary = (workspace: DagsterWorkspace) =>
  workspace.locations.map(l => ({
    name: l.name,
    loadStatus: l.loadStatus,
    repositories: l.repositories,
    error: l.error?.name,
    keys: l.assets.map(a => a.key.join('/')).sort(),
  }));

const HEALTHY = [
  {
    name: 'benefit_claims',
    loadStatus: 'LOADED',
    repositories: [{ name: '__repository__' }],
    error: undefined,
    keys: ['claims/claimants', 'claims/raw_claims'],
  },
  {
    name: 'finance',
    loadStatus: 'LOADED',
    repositories: [{ name: '__repository__' }],
    error: undefined,
    keys: ['finance/spend by region'],
  },
];

describe('DagsterGraphQLClient against real Dagster (the test estate)', () => {
  let estate: TestEstate;
  let hop: RecordingHop;
  let proxy: FaultProxy;
  let version: string;

  beforeAll(async () => {
    estate = await startTestEstate();
    await materialise({
      python: venvBin('python'),
      cwd: TEST_ESTATE_SOURCE,
      home: estate.home,
      module: 'benefit_claims',
      times: 2,
    });
    version = await installedDagsterVersion(venvBin('python'));
    hop = await startRecordingHop(estate.url);
    proxy = await startFaultProxy({ target: hop.url });
  }, 180_000);

  afterAll(async () => {
    await proxy?.stop();
    await hop?.stop();
    await estate?.stop();
  });

  afterEach(() => proxy.setFaults({ ...NO_FAULTS }));

  function clientFor(options: Partial<DagsterClientOptions> = {}) {
    return DagsterGraphQLClient.create({
      instance: {
        id: 'local',
        graphqlUrl: proxy.graphqlUrl,
        webUrl: proxy.url,
        token: TOKEN,
      },
      // Small waits so that retries and failures take milliseconds.
      timeoutMs: 10_000,
      maxAttempts: 3,
      baseDelayMs: 1,
      maxDelayMs: 10,
      ...options,
    });
  }

  describe('reads', () => {
    it('reads the workspace: every location with its own assets, and the real server version', async () => {
      const client = clientFor();
      const before = hop.requests.length;
      const workspace = await client.readWorkspace();

      expect(workspace.serverVersion).toBe(version);
      expect(version).toMatch(/^1\.\d+\.\d+$/);
      expect(summary(workspace)).toEqual(HEALTHY);
      // finance lists claims/claimants too (it depends on it); the asset is
      // kept once, under the location that defines it.
      expect(
        workspace.locations.flatMap(l => l.assets.map(a => a.key.join('/'))),
      ).toHaveLength(3);
      // Version, workspace, then per location one keys and one details query.
      expect(hop.operations().slice(before)).toEqual([
        'BsServerVersion',
        'BsListCodeLocations',
        'BsRepositoryAssetKeys',
        'BsAssetDetails',
        'BsRepositoryAssetKeys',
        'BsAssetDetails',
      ]);
      expect(client.requestCount).toBe(6);
    });

    it('normalises owners, kinds, the personal-data column, checks and cross-location lineage', async () => {
      const workspace = await clientFor().readWorkspace();
      expect(byKey(workspace.locations.flatMap(l => l.assets))).toEqual(
        EXPECTED_ASSETS,
      );
    });

    it('reads the whole asset graph in one request, each asset once under the location that defines it', async () => {
      const client = clientFor();
      const nodes = await client.getAssetGraph();
      expect(client.requestCount).toBe(1);
      expect(nodes).toHaveLength(3);
      expect(byKey(nodes)).toEqual(
        Object.fromEntries(
          Object.entries(EXPECTED_ASSETS).map(([key, asset]) => [
            key,
            lineageNodeOf(asset),
          ]),
        ),
      );
    });

    it('reads the latest materialisation and run of each asset', async () => {
      const infos = await clientFor().getLatestInfo([RAW, CLAIMANTS, SPEND]);
      const info = byKey(infos);
      expect(Object.keys(info).sort()).toEqual([
        'claims/claimants',
        'claims/raw_claims',
        'finance/spend by region',
      ]);
      for (const key of ['claims/raw_claims', 'claims/claimants']) {
        expect(info[key]).toEqual({
          key: key.split('/'),
          lastMaterializedAt: expect.stringMatching(ISO),
          lastMaterializationRunId: expect.stringMatching(RUN_ID),
          lastRunId: info[key].lastMaterializationRunId,
          // The blocking check failed, so the run failed after materialising.
          lastRunStatus: 'FAILURE',
          inProgressRunIds: [],
        });
        const age = Date.now() - Date.parse(info[key].lastMaterializedAt!);
        expect(age).toBeGreaterThanOrEqual(0);
        expect(age).toBeLessThan(10 * 60_000);
      }
      // Both assets were materialised by the same (latest) run.
      expect(info['claims/claimants'].lastRunId).toBe(
        info['claims/raw_claims'].lastRunId,
      );
      // Nothing materialises the finance table.
      expect(info['finance/spend by region']).toEqual({
        key: SPEND,
        inProgressRunIds: [],
      });
    });

    it('reads the checks of an asset with their latest execution, and the check history newest first', async () => {
      const client = clientFor();
      const [latest] = await client.getLatestInfo([CLAIMANTS]);
      const checks = await client.getAssetChecks(CLAIMANTS);
      const failed = {
        id: expect.any(String),
        runId: expect.stringMatching(RUN_ID),
        status: 'FAILED',
        timestamp: expect.stringMatching(ISO),
        evaluation: { severity: 'ERROR', success: false, description: null },
      };
      expect(checks).toEqual([
        {
          name: CHECK,
          description: null,
          blocking: true,
          latestExecution: { ...failed, runId: latest.lastRunId },
        },
      ]);

      const histories = await client.getCheckHistories(
        CLAIMANTS,
        [CHECK, 'no_such_check'],
        5,
      );
      const history = histories.get(CHECK)!;
      expect(history).toEqual([failed, failed]);
      expect(history[0]).toEqual(checks[0].latestExecution);
      expect(history[0].runId).not.toBe(history[1].runId);
      expect(Date.parse(history[0].timestamp)).toBeGreaterThanOrEqual(
        Date.parse(history[1].timestamp),
      );
      // A check that does not exist has no history.
      expect(histories.get('no_such_check')).toEqual([]);
      const latestOnly = await client.getCheckHistories(CLAIMANTS, [CHECK], 1);
      expect(latestOnly.get(CHECK)).toEqual([history[0]]);
      // An asset without checks.
      await expect(client.getAssetChecks(RAW)).resolves.toEqual([]);
    });

    it('reads the checks of several assets at once, leaving unknown keys out', async () => {
      const client = clientFor();
      const read = await client.getChecksOfAssets([
        RAW,
        CLAIMANTS,
        SPEND,
        ['no', 'such'],
      ]);
      expect(client.requestCount).toBe(1);
      expect(byKey(read)).toEqual({
        'claims/raw_claims': { key: RAW, checks: [] },
        'claims/claimants': {
          key: CLAIMANTS,
          checks: await client.getAssetChecks(CLAIMANTS),
        },
        'finance/spend by region': { key: SPEND, checks: [] },
      });
    });

    it('throws DagsterAssetNotFoundError for an asset Dagster does not know', async () => {
      const error = await clientFor()
        .getAssetChecks(['no', 'such'])
        .catch(e => e);
      expect(error).toBeInstanceOf(DagsterAssetNotFoundError);
      expect(error.message).toMatch(/not found/);
    });

    it('throws DagsterRepositoryNotFoundError for a repository the location does not have', async () => {
      const error = await clientFor()
        .listAssetKeys({ location: 'benefit_claims', repository: 'gone' })
        .catch(e => e);
      expect(error).toBeInstanceOf(DagsterRepositoryNotFoundError);
      expect(error).toMatchObject({
        repositoryName: 'gone',
        repositoryLocationName: 'benefit_claims',
      });
    });
  });

  describe('a code location that fails to load', () => {
    afterEach(() => estate.repairLocation('finance'));

    it('is kept with the real Python error while the other locations are read', async () => {
      await estate.breakLocation('finance', 'finance_missing_dependency');
      const client = clientFor();
      const workspace = await client.readWorkspace();

      const finance = workspace.locations.find(l => l.name === 'finance')!;
      expect(finance.assets).toEqual([]);
      expect(finance.repositories).toEqual([]);
      expect(finance.error).toBeInstanceOf(DagsterPythonError);
      const error = finance.error as DagsterPythonError;
      expect(error.message).toMatch(
        /ImportError: `No module named 'finance_missing_dependency'` while importing module finance/,
      );
      expect(error.className).toBe('DagsterImportError');
      expect(error.pythonStack.length).toBeGreaterThan(0);
      expect(error.pythonStack.join('')).toMatch(/File ".*dagster/);

      const claims = workspace.locations.find(
        l => l.name === 'benefit_claims',
      )!;
      expect(claims.error).toBeUndefined();
      expect(claims.assets.map(a => a.key.join('/')).sort()).toEqual([
        'claims/claimants',
        'claims/raw_claims',
      ]);
      // No keys or details are asked of the broken location.
      expect(client.requestCount).toBe(4);
    });

    it('is read again once it loads', async () => {
      await estate.breakLocation('finance', 'finance_missing_dependency');
      await estate.repairLocation('finance');
      expect(summary(await clientFor().readWorkspace())).toEqual(HEALTHY);
    });
  });

  describe('batching', () => {
    it('reads in bounded batches: one keys query and ceil(keys / batchSize) detail queries per location', async () => {
      // A repository lists the assets it depends on from other locations
      // too: finance lists claims/claimants, which readWorkspace then drops.
      const lister = clientFor();
      const listed = await Promise.all(
        ['benefit_claims', 'finance'].map(location =>
          lister.listAssetKeys({ location, repository: '__repository__' }),
        ),
      );
      expect(listed.map(keys => keys.map(k => k.join('/')).sort())).toEqual([
        ['claims/claimants', 'claims/raw_claims'],
        ['claims/claimants', 'finance/spend by region'],
      ]);

      const batchSize = 1;
      const client = clientFor({ batchSize });
      const before = proxy.requestCount();
      const hopBefore = hop.requests.length;

      const workspace = await client.readWorkspace();

      expect(workspace.locations.map(l => l.assets.length)).toEqual([2, 1]);
      // Version and workspace, then per location its keys query and one
      // detail query per batch of listed keys.
      const expected =
        2 +
        listed.reduce(
          (sum, keys) => sum + 1 + Math.ceil(keys.length / batchSize),
          0,
        );
      expect(expected).toBe(8);
      expect(client.requestCount).toBe(expected);
      expect(proxy.requestCount() - before).toBe(expected);
      expect(hop.operations().slice(hopBefore)).toEqual([
        'BsServerVersion',
        'BsListCodeLocations',
        'BsRepositoryAssetKeys',
        'BsAssetDetails',
        'BsAssetDetails',
        'BsRepositoryAssetKeys',
        'BsAssetDetails',
        'BsAssetDetails',
      ]);
      // Batches change the requests, not the answer.
      expect(byKey(workspace.locations.flatMap(l => l.assets))).toEqual(
        EXPECTED_ASSETS,
      );
    });

    it('batches status and check reads, never into more than maxBatches requests, and does not repeat a key', async () => {
      const keys = [RAW, CLAIMANTS, RAW, SPEND];
      const unique = [
        'claims/claimants',
        'claims/raw_claims',
        'finance/spend by region',
      ];
      const client = clientFor({ batchSize: 2 });
      const infos = await client.getLatestInfo(keys);
      const checks = await client.getChecksOfAssets(keys);
      expect(infos.map(n => n.key.join('/')).sort()).toEqual(unique);
      expect(checks.map(n => n.key.join('/')).sort()).toEqual(unique);
      // Three unique keys in batches of two: two requests each.
      expect(client.requestCount).toBe(4);

      const bounded = clientFor({ batchSize: 1, maxBatches: 2 });
      const before = proxy.requestCount();
      expect(await bounded.getLatestInfo(keys)).toHaveLength(3);
      expect(await bounded.getChecksOfAssets(keys)).toHaveLength(3);
      // Batches of one would take three requests each; two is the bound.
      expect(proxy.requestCount() - before).toBe(4);
    });
  });

  describe('through the proxy', () => {
    it('sends the token header and extra headers through to Dagster, which answers', async () => {
      const client = clientFor({ headers: { 'x-proxy-auth': 'portal' } });
      const before = hop.requests.length;
      const workspace = await client.readWorkspace();
      expect(summary(workspace)).toEqual(HEALTHY);
      const seen = hop.requests.slice(before);
      expect(seen).toHaveLength(6);
      for (const request of seen) {
        expect(request.headers['dagster-cloud-api-token']).toBe(TOKEN);
        expect(request.headers['x-proxy-auth']).toBe('portal');
        expect(request.headers['content-type']).toBe('application/json');
      }
    });

    it('sends no token header when the instance has none', async () => {
      const client = DagsterGraphQLClient.create({
        instance: {
          id: 'oss',
          graphqlUrl: proxy.graphqlUrl,
          webUrl: proxy.url,
        },
      });
      const before = hop.requests.length;
      await expect(client.getServerInfo()).resolves.toMatchObject({ version });
      const [request] = hop.requests.slice(before);
      expect(request.headers).not.toHaveProperty('dagster-cloud-api-token');
    });
  });

  describe('faults between the client and Dagster', () => {
    it('retries through a 50% rate of 500, 502 and 503 answers and still reads everything', async () => {
      const baseline = await clientFor().readWorkspace();
      proxy.setFaults({ errorRate: 0.5, errorSeed: 7 });
      const warnings: string[] = [];
      const client = clientFor({
        maxAttempts: 10,
        logger: silentLogger(m => warnings.push(m)),
      });

      const workspace = await client.readWorkspace();

      expect(summary(workspace)).toEqual(summary(baseline));
      expect(byKey(workspace.locations.flatMap(l => l.assets))).toEqual(
        EXPECTED_ASSETS,
      );
      // Six requests without faults; every retry adds one and logs a warning.
      expect(warnings.length).toBeGreaterThan(0);
      expect(client.requestCount).toBe(6 + warnings.length);
      for (const warning of warnings) {
        expect(warning).toMatch(/attempt \d+\/10 failed: .*HTTP 50[023]/);
      }
    });

    it('gives up with the last 5xx status when every answer fails', async () => {
      proxy.setFaults({ errorRate: 1 });
      const client = clientFor({ maxAttempts: 3 });
      const error = await client.getServerInfo().catch(e => e);
      expect(error).toBeInstanceOf(DagsterHttpError);
      expect([500, 502, 503]).toContain(error.status);
      expect(client.requestCount).toBe(3);
    });

    it('fails with DagsterNetworkError after maxAttempts when the connection is dropped', async () => {
      proxy.setFaults({ down: true });
      const before = proxy.requestCount();
      const client = clientFor({ maxAttempts: 3 });

      const error = await client.readWorkspace().catch(e => e);
      expect(error).toBeInstanceOf(DagsterNetworkError);
      expect(error.reason).toBe('network');
      expect(error.message).toMatch(/could not be reached/);
      expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(TOKEN);
      expect(client.requestCount).toBe(3);
      expect(proxy.requestCount() - before).toBe(3);
    });

    it('fails at once with DagsterProtocolError when the answer is an HTML sign-in page', async () => {
      proxy.setFaults({ garbage: true });
      const client = clientFor();

      const error = await client.readWorkspace().catch(e => e);
      expect(error).toBeInstanceOf(DagsterProtocolError);
      expect(error.message).toMatch(
        /does not look like a Dagster GraphQL server: BsServerVersion got text\/html.*Sign in/,
      );
      // Not worth a retry: the same page would come back.
      expect(client.requestCount).toBe(1);
    });

    it('retries 429 and gives up with DagsterHttpError when it never stops', async () => {
      proxy.setFaults({ status429: true });
      const client = clientFor({ maxAttempts: 3 });
      const started = Date.now();

      const error = await client.getServerInfo().catch(e => e);
      expect(error).toBeInstanceOf(DagsterHttpError);
      expect(error.status).toBe(429);
      expect(client.requestCount).toBe(3);
      // Retry-After: 1 is capped by maxDelayMs (10 ms), so no second-long waits.
      expect(Date.now() - started).toBeLessThan(1_000);
    });

    it('waits as long as Retry-After asks on 429 and succeeds once Dagster accepts requests again', async () => {
      proxy.setFaults({ status429: true });
      const warnings: string[] = [];
      const client = clientFor({
        maxAttempts: 3,
        maxDelayMs: 30_000,
        logger: silentLogger(message => {
          warnings.push(message);
          // Dagster recovers while the client waits for its retry.
          proxy.setFaults({ status429: false });
        }),
      });
      const started = Date.now();

      const info = await client.getServerInfo();
      expect(info).toMatchObject({
        version,
        supportsKinds: true,
        supportsColumnTags: true,
      });
      expect(client.requestCount).toBe(2);
      expect(warnings).toEqual([
        expect.stringMatching(
          /BsServerVersion attempt 1\/3 failed: .*HTTP 429.*retrying in 1000 ms/,
        ),
      ]);
      // The proxy's Retry-After: 1; the backoff alone would wait under 1 ms.
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    });

    it('waits out latency shorter than the timeout', async () => {
      proxy.setFaults({ latencyMs: 400 });
      const client = clientFor({ timeoutMs: 5_000 });
      const started = Date.now();
      await expect(client.getServerInfo()).resolves.toMatchObject({ version });
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      expect(client.requestCount).toBe(1);
    });

    it('times out each attempt when latency exceeds the timeout, then fails with reason timeout', async () => {
      proxy.setFaults({ latencyMs: 1_500 });
      const client = clientFor({ timeoutMs: 200, maxAttempts: 2 });
      const error = await client.getServerInfo().catch(e => e);
      expect(error).toBeInstanceOf(DagsterNetworkError);
      expect(error.reason).toBe('timeout');
      expect(error.message).toMatch(
        /did not answer BsServerVersion within 200 ms/,
      );
      expect(client.requestCount).toBe(2);
      // Let the delayed requests drain before the next test.
      await new Promise(r => setTimeout(r, 1_600));
    });

    it('retries after a timeout and succeeds once the latency is gone', async () => {
      proxy.setFaults({ latencyMs: 1_500 });
      const warnings: string[] = [];
      const client = clientFor({
        timeoutMs: 200,
        maxAttempts: 3,
        logger: silentLogger(message => {
          warnings.push(message);
          proxy.setFaults({ latencyMs: 0 });
        }),
      });
      await expect(client.getServerInfo()).resolves.toMatchObject({ version });
      expect(client.requestCount).toBe(2);
      expect(warnings).toEqual([
        expect.stringMatching(/did not answer BsServerVersion within 200 ms/),
      ]);
      await new Promise(r => setTimeout(r, 1_600));
    });
  });
});
