import { useDemoEstate } from '@internal/local-dagster';
import { DagsterGraphQLClient } from './DagsterGraphQLClient';
import { DagsterPythonError } from './errors';
import { DagsterAsset, DagsterClientOptions, DagsterWorkspace } from './model';

/*
 * The client against real Dagster serving the demo estate
 * (examples/dagster-estate, with the history its seed.py makes): the size
 * and shape the portal shows, where the test estate is too small to show
 * batching across many keys or lineage across several projects. Asserts
 * what the estate is meant to be, not its exact contents, which change as
 * it grows.
 */

jest.setTimeout(120_000);

const HEALTHY = [
  'benefit_claims',
  'road_safety',
  'school_census',
  'tax_receipts_analytics',
];
const FAILING = 'health_outcomes_linkage';

const id = (key: string[]) => key.join('/');

describe('DagsterGraphQLClient against real Dagster (the demo estate)', () => {
  let demo: Awaited<ReturnType<typeof useDemoEstate>>;
  let workspace: DagsterWorkspace;
  let assets: DagsterAsset[];

  const clientFor = (options: Partial<DagsterClientOptions> = {}) =>
    DagsterGraphQLClient.create({
      instance: { id: 'demo', graphqlUrl: demo.graphqlUrl, webUrl: demo.url },
      timeoutMs: 30_000,
      maxAttempts: 2,
      baseDelayMs: 1,
      ...options,
    });

  beforeAll(async () => {
    demo = await useDemoEstate();
    workspace = await clientFor().readWorkspace();
    assets = workspace.locations.flatMap(l => l.assets);
  }, 900_000);

  afterAll(() => demo?.stop());

  it('reads the healthy locations with their own assets and keeps the failing one with its import error', () => {
    expect(workspace.locations.map(l => l.name).sort()).toEqual(
      [...HEALTHY, FAILING].sort(),
    );
    for (const name of HEALTHY) {
      const location = workspace.locations.find(l => l.name === name)!;
      expect({ name, error: location.error }).toEqual({
        name,
        error: undefined,
      });
      expect(location.assets.length).toBeGreaterThan(0);
      expect(location.assets.map(a => a.location)).toEqual(
        location.assets.map(() => name),
      );
    }
    const failing = workspace.locations.find(l => l.name === FAILING)!;
    expect(failing.assets).toEqual([]);
    expect(failing.error).toBeInstanceOf(DagsterPythonError);
    expect(failing.error?.message).toMatch(/No module named '[\w.]+'/);

    // Each asset once, under the location that defines it.
    expect(assets.length).toBeGreaterThanOrEqual(80);
    expect(new Set(assets.map(a => id(a.key))).size).toBe(assets.length);
  });

  it('normalises kinds, owners and personal-data columns across the estate', () => {
    const withKinds = assets.filter(a => a.kinds.length > 0);
    expect(withKinds.length / assets.length).toBeGreaterThan(0.9);
    const owners = assets.flatMap(a => a.owners);
    expect(owners).toContainEqual({ type: 'team', team: expect.any(String) });
    expect(owners).toContainEqual({
      type: 'user',
      email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/),
    });
    const pii = assets.filter(a =>
      a.columns.some(c => c.tags.some(t => t.key === 'pii')),
    );
    expect(pii.length).toBeGreaterThan(0);
  });

  it('has lineage across locations that agrees in both directions', () => {
    const byId = new Map(assets.map(a => [id(a.key), a]));
    const crossLocation = assets.filter(a =>
      a.upstream.some(up => {
        const upstream = byId.get(id(up));
        return upstream !== undefined && upstream.location !== a.location;
      }),
    );
    expect(crossLocation.length).toBeGreaterThan(0);
    const edges = assets.flatMap(a =>
      a.upstream
        .filter(up => byId.has(id(up)))
        .map(up => ({ from: id(up), to: id(a.key) })),
    );
    expect(edges.length).toBeGreaterThan(assets.length / 2);
    const missing = edges.filter(
      e => !byId.get(e.from)!.downstream.some(d => id(d) === e.to),
    );
    expect(missing).toEqual([]);
  });

  it('reads the estate in bounded batches: one keys query and ceil(keys / batchSize) detail queries per location', async () => {
    const lister = clientFor();
    const listed = await Promise.all(
      HEALTHY.map(location =>
        lister.listAssetKeys({ location, repository: '__repository__' }),
      ),
    );
    const batchSize = 10;
    const client = clientFor({ batchSize });
    const batched = await client.readWorkspace();

    const expected =
      2 +
      listed.reduce(
        (sum, keys) => sum + 1 + Math.ceil(keys.length / batchSize),
        0,
      );
    expect(client.requestCount).toBe(expected);
    expect(expected).toBeGreaterThan(2 + 2 * HEALTHY.length);
    const keysOf = (w: DagsterWorkspace) =>
      w.locations.flatMap(l => l.assets.map(a => id(a.key))).sort();
    expect(keysOf(batched)).toEqual(keysOf(workspace));
  });

  it('reads latest materialisations and check history from the seeded runs', async () => {
    const client = clientFor();
    const infos = await client.getLatestInfo(assets.map(a => a.key));
    const materialised = infos.filter(i => i.lastMaterializedAt);
    expect(materialised.length / assets.length).toBeGreaterThan(0.5);
    expect(infos.some(i => i.lastRunStatus === 'FAILURE')).toBe(true);

    const checked = assets.filter(a => a.hasAssetChecks);
    expect(checked.length).toBeGreaterThan(0);
    const before = client.requestCount;
    const checks = (
      await client.getChecksOfAssets(checked.map(a => a.key))
    ).flatMap(read => read.checks.map(c => ({ key: read.key, c })));
    // Every checked asset of the estate in one request.
    expect(client.requestCount - before).toBe(1);
    const executed = checks.filter(({ c }) => c.latestExecution);
    expect(executed.length).toBeGreaterThan(0);
    expect(
      executed.some(
        ({ c }) => c.latestExecution?.evaluation?.success === false,
      ),
    ).toBe(true);

    // The seed makes several rounds, so some check has a history, newest first.
    const histories = await Promise.all(
      executed.map(
        async ({ key, c }) =>
          (await client.getCheckHistories(key, [c.name], 10)).get(c.name)!,
      ),
    );
    const longest = histories.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThan(1);
    const times = longest.map(e => Date.parse(e.timestamp));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
