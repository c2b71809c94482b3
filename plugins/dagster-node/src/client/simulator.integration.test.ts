import {
  DagsterSimulator,
  generateWorkspace,
  loadDemoDataset,
  startDagsterSimulator,
} from '@internal/dagster-simulator';
import { DagsterGraphQLClient } from './DagsterGraphQLClient';
import {
  DagsterHttpError,
  DagsterNetworkError,
  DagsterProtocolError,
  DagsterPythonError,
} from './errors';
import { DagsterClientLogger, DagsterClientOptions } from './model';

/*
 * The client against the real simulator over HTTP: no scripted replies, so
 * this proves the operations, the normalisation, the batching and the error
 * handling agree with what a Dagster-shaped server actually sends.
 */

jest.setTimeout(20_000);

const HEALTHY_LOCATIONS = [
  'benefit_claims',
  'road_safety',
  'school_census',
  'tax_receipts_analytics',
];
const FAILING_LOCATION = 'health_outcomes_linkage';

const TOKEN = 'sim-secret-token-1234';

function clientFor(
  sim: DagsterSimulator,
  options: Partial<DagsterClientOptions> = {},
): DagsterGraphQLClient {
  return DagsterGraphQLClient.create({
    instance: {
      id: 'sim',
      graphqlUrl: sim.graphqlUrl,
      webUrl: sim.url,
      token: TOKEN,
    },
    // Small waits so that retries and failures take milliseconds.
    timeoutMs: 2_000,
    maxAttempts: 3,
    baseDelayMs: 1,
    maxDelayMs: 10,
    ...options,
  });
}

function silentLogger(
  onWarn: (message: string) => void = () => {},
): DagsterClientLogger {
  return {
    debug: () => {},
    info: () => {},
    warn: onWarn,
    error: () => {},
  };
}

describe('DagsterGraphQLClient against the Dagster simulator', () => {
  describe('with the demo estate', () => {
    let sim: DagsterSimulator;
    beforeAll(async () => {
      sim = await startDagsterSimulator({ dataset: loadDemoDataset() });
    });
    afterAll(() => sim.stop());
    afterEach(() =>
      sim.setFaults({
        down: false,
        garbage: false,
        status429: false,
        errorRate: 0,
        errorSeed: 1,
        locationErrors: {},
      }),
    );

    it('reads the workspace: healthy locations with assets, the broken one with its Python error', async () => {
      const client = clientFor(sim);
      const workspace = await client.readWorkspace();

      expect(workspace.serverVersion).toBe('1.12.13');
      expect(workspace.locations.map(l => l.name).sort()).toEqual(
        [...HEALTHY_LOCATIONS, FAILING_LOCATION].sort(),
      );

      for (const name of HEALTHY_LOCATIONS) {
        const location = workspace.locations.find(l => l.name === name)!;
        expect(location.error).toBeUndefined();
        expect(location.loadStatus).toBe('LOADED');
        expect(location.assets.length).toBeGreaterThan(0);
        for (const asset of location.assets) {
          expect(asset.location).toBe(name);
        }
      }

      const broken = workspace.locations.find(
        l => l.name === FAILING_LOCATION,
      )!;
      expect(broken.assets).toEqual([]);
      expect(broken.error).toBeInstanceOf(DagsterPythonError);
      expect(broken.error?.message).toMatch(
        /ModuleNotFoundError: No module named 'dagster_snowflake_pandas'/,
      );

      const assets = workspace.locations.flatMap(l => l.assets);
      // 115 assets in the demo estate, 8 of them in the location that fails.
      expect(assets).toHaveLength(107);
      const keys = assets.map(a => JSON.stringify(a.key));
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('normalises kinds, owners, personal-data columns and lineage across locations', async () => {
      const workspace = await clientFor(sim).readWorkspace();
      const assets = workspace.locations.flatMap(l => l.assets);

      for (const asset of assets) {
        expect(Array.isArray(asset.kinds)).toBe(true);
      }
      const withKinds = assets.filter(a => a.kinds.length > 0);
      expect(withKinds.length / assets.length).toBeGreaterThan(0.9);

      const owners = assets.flatMap(a => a.owners);
      expect(owners).toContainEqual({
        type: 'team',
        team: expect.any(String),
      });
      expect(owners).toContainEqual({
        type: 'user',
        email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/),
      });

      const pii = assets.filter(a =>
        a.columns.some(c =>
          c.tags.some(t => t.key === 'pii' && t.value === 'true'),
        ),
      );
      expect(pii.length).toBeGreaterThan(0);
      expect(pii[0].columns.length).toBeGreaterThan(0);

      const locationOf = new Map(
        assets.map(a => [JSON.stringify(a.key), a.location]),
      );
      const crossLocation = assets.filter(a =>
        a.upstream.some(up => {
          const upstreamLocation = locationOf.get(JSON.stringify(up));
          return (
            upstreamLocation !== undefined && upstreamLocation !== a.location
          );
        }),
      );
      expect(crossLocation.length).toBeGreaterThan(0);

      // Lineage agrees in both directions.
      const byKey = new Map(assets.map(a => [JSON.stringify(a.key), a]));
      for (const asset of crossLocation) {
        for (const up of asset.upstream) {
          const upstream = byKey.get(JSON.stringify(up));
          expect(upstream?.downstream ?? [asset.key]).toContainEqual(asset.key);
        }
      }
    });

    it('retries through a 50% error rate and still reads everything', async () => {
      const baseline = await clientFor(sim).readWorkspace();
      sim.setFaults({ errorRate: 0.5, errorSeed: 7 });
      const client = clientFor(sim, { maxAttempts: 10 });
      const workspace = await client.readWorkspace();

      const count = (w: typeof workspace) =>
        w.locations.map(l => [l.name, l.assets.length, Boolean(l.error)]);
      expect(count(workspace)).toEqual(count(baseline));
      // Version, workspace, and per healthy location one key and one detail
      // query: 2 + 4 * 2 = 10 requests without faults; retries add to that.
      expect(client.requestCount).toBeGreaterThan(10);
    });

    it('fails with DagsterNetworkError after maxAttempts when the server drops connections', async () => {
      sim.setFaults({ down: true });
      const before = sim.requestCount();
      const client = clientFor(sim, { maxAttempts: 3 });

      const error = await client.readWorkspace().catch(e => e);
      expect(error).toBeInstanceOf(DagsterNetworkError);
      expect(error.reason).toBe('network');
      expect(error.message).toMatch(/could not be reached/);
      expect(error.message).not.toContain(TOKEN);
      expect(client.requestCount).toBe(3);
      expect(sim.requestCount() - before).toBe(3);
    });

    it('fails at once with DagsterProtocolError when the answer is an HTML page', async () => {
      sim.setFaults({ garbage: true });
      const client = clientFor(sim);

      const error = await client.readWorkspace().catch(e => e);
      expect(error).toBeInstanceOf(DagsterProtocolError);
      expect(error.message).toMatch(
        /does not look like a Dagster GraphQL server/,
      );
      // Not worth a retry: the same page would come back.
      expect(client.requestCount).toBe(1);
    });

    it('retries 429 and gives up with DagsterHttpError when it never stops', async () => {
      sim.setFaults({ status429: true });
      const client = clientFor(sim, { maxAttempts: 3 });
      const started = Date.now();

      const error = await client.getServerInfo().catch(e => e);
      expect(error).toBeInstanceOf(DagsterHttpError);
      expect(error.status).toBe(429);
      expect(client.requestCount).toBe(3);
      // Retry-After: 1 is capped by maxDelayMs (10 ms), so no second-long waits.
      expect(Date.now() - started).toBeLessThan(1_000);
    });

    it('retries 429 and succeeds once the server accepts requests again', async () => {
      sim.setFaults({ status429: true });
      const warnings: string[] = [];
      const client = clientFor(sim, {
        maxAttempts: 3,
        logger: silentLogger(message => {
          warnings.push(message);
          // The server recovers while the client waits for its retry.
          sim.setFaults({ status429: false });
        }),
      });

      const info = await client.getServerInfo();
      expect(info.version).toBe('1.12.13');
      expect(info.supportsKinds).toBe(true);
      expect(client.requestCount).toBe(2);
      expect(warnings).toEqual([
        expect.stringMatching(
          /BsServerVersion attempt 1\/3 failed: .*HTTP 429/,
        ),
      ]);
    });

    it('records a location error set at runtime on that location only', async () => {
      sim.setFaults({
        locationErrors: { road_safety: 'ImportError: no module named geo' },
      });
      const workspace = await clientFor(sim).readWorkspace();
      const road = workspace.locations.find(l => l.name === 'road_safety')!;
      expect(road.error).toBeInstanceOf(DagsterPythonError);
      expect(road.error?.message).toMatch(/no module named geo/);
      expect(road.assets).toEqual([]);
      const claims = workspace.locations.find(
        l => l.name === 'benefit_claims',
      )!;
      expect(claims.error).toBeUndefined();
      expect(claims.assets.length).toBeGreaterThan(0);
    });
  });

  describe('with a generated workspace of 1,200 assets in 3 locations', () => {
    let sim: DagsterSimulator;
    beforeAll(async () => {
      sim = await startDagsterSimulator({
        dataset: generateWorkspace({
          locations: 3,
          totalAssets: 1200,
          seed: 3,
          historyDays: 0,
        }),
      });
    });
    afterAll(() => sim.stop());

    it('reads it in bounded batches: one keys query and ceil(n / batchSize) detail queries per location', async () => {
      const batchSize = 200;
      const client = clientFor(sim, { batchSize });
      const before = sim.requestCount();

      const workspace = await client.readWorkspace();

      expect(workspace.locations).toHaveLength(3);
      const perLocation = workspace.locations.map(l => {
        expect(l.error).toBeUndefined();
        expect(l.repositories).toHaveLength(1);
        return l.assets.length;
      });
      expect(perLocation).toEqual([400, 400, 400]);

      // readWorkspace: 1 version query (cached by getServerInfo, so the
      // detail queries do not repeat it) + 1 workspace query, then per
      // location and repository 1 keys query + ceil(keys / batchSize)
      // detail queries (getAssets chunks the keys; no retries here).
      const expected =
        1 +
        1 +
        perLocation.reduce((sum, n) => sum + 1 + Math.ceil(n / batchSize), 0);
      expect(expected).toBe(11);
      expect(client.requestCount).toBe(expected);
      expect(sim.requestCount() - before).toBe(expected);
    });
  });
});
