import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  DagsterSimulator,
  loadDemoDataset,
  startDagsterSimulator,
} from '@internal/dagster-simulator';
import request from 'supertest';
import { dagsterPlugin } from '../plugin';

jest.setTimeout(30_000);

const resource = (
  name: string,
  annotations: Record<string, string>,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, annotations },
  spec: { type: 'dagster-asset', owner: 'group:default/claims-data-team' },
});
const asset = (name: string, key: string) =>
  resource(name, {
    'dagster.io/asset-key': key,
    'dagster.io/instance': 'demo',
  });

const entities: Entity[] = [
  asset('claims-raw', 'claims/bronze/claims_raw'),
  asset('claims-clean', 'claims/silver/claims_clean'),
  asset('payments-clean', 'claims/silver/payments_clean'),
  asset('claims-with-geography', 'claims/silver/claims_with_geography'),
  asset('collisions-clean', 'road_safety/silver/collisions_clean'),
  asset('fsm-eligibility', 'education/silver/fsm_eligibility'),
  asset('ghost', 'no/such/asset'),
  resource('plain-bucket', {}),
  resource('elsewhere', {
    'dagster.io/asset-key': 'claims/bronze/claims_raw',
    'dagster.io/instance': 'prod',
  }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'benefit-claims',
      annotations: { 'dagster.io/code-location': 'benefit_claims' },
    },
    spec: { owner: 'group:default/claims-data-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'road-safety',
      annotations: { 'dagster.io/code-location': 'road_safety' },
    },
    spec: { owner: 'group:default/transport-analysts' },
  },
];

// A managed SQLite, closed after the tests; the default mock leaves its pool open.
const databases = TestDatabases.create({
  ids: ['SQLITE_3'],
  disableDocker: true,
});

async function backendFor(
  sim: DagsterSimulator,
  permissionResult?: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
) {
  const { server } = await startTestBackend({
    features: [
      dagsterPlugin,
      mockServices.database.factory({ knex: await databases.init('SQLITE_3') }),
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          dagster: {
            instances: [{ id: 'demo', graphqlUrl: sim.graphqlUrl }],
            client: { maxAttempts: 2, baseDelayMs: 1, timeoutMs: 2_000 },
          },
        },
      }),
      ...(permissionResult
        ? [mockServices.permissions.factory({ result: permissionResult })]
        : []),
    ],
  });
  return server;
}

describe('dagster lineage and checks routes', () => {
  let sim: DagsterSimulator;
  let server: Awaited<ReturnType<typeof backendFor>>;

  beforeAll(async () => {
    sim = await startDagsterSimulator({ dataset: loadDemoDataset(), port: 0 });
    server = await backendFor(sim);
  });
  afterAll(async () => {
    await sim.stop();
  });
  afterEach(() =>
    sim.setFaults({ down: false, garbage: false, locationErrors: {} }),
  );

  const lineage = (query: Record<string, string | number>) =>
    request(server).get('/api/dagster/lineage').query(query);
  const checks = (entityRef: string) =>
    request(server).get('/api/dagster/checks').query({ entityRef });
  const keysOf = (body: { nodes: { key: string }[] }) =>
    body.nodes.map(n => n.key).sort();

  it('walks downstream from an asset to the given depth, with statuses and entity names', async () => {
    const one = await lineage({
      entityRef: 'resource:default/claims-raw',
      depth: 1,
      direction: 'downstream',
    }).expect(200);
    expect(one.body).toMatchObject({
      instanceId: 'demo',
      roots: ['claims/bronze/claims_raw'],
      depth: 1,
      direction: 'downstream',
      truncated: false,
    });
    expect(keysOf(one.body)).toEqual([
      'claims/bronze/claims_raw',
      'claims/silver/claims_clean',
    ]);
    expect(one.body.edges).toEqual([
      { from: 'claims/bronze/claims_raw', to: 'claims/silver/claims_clean' },
    ]);
    const root = one.body.nodes.find(
      (n: any) => n.key === 'claims/bronze/claims_raw',
    );
    expect(root).toMatchObject({
      entityName: 'claims.bronze.claims_raw',
      location: 'benefit_claims',
      group: 'claims_bronze',
      status: {
        lastRunStatus: expect.any(String),
        running: expect.any(Boolean),
        checks: 'none',
      },
    });
    expect(Date.parse(root.status.lastMaterializedAt)).not.toBeNaN();
    const clean = one.body.nodes.find(
      (n: any) => n.key === 'claims/silver/claims_clean',
    );
    expect(clean.status.checks).toBe('warning');

    const two = await lineage({
      entityRef: 'resource:default/claims-raw',
      depth: 2,
      direction: 'downstream',
    }).expect(200);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    expect(keysOf(two.body)).toEqual(expect.arrayContaining(keysOf(one.body)));
  });

  it('walks upstream only, and both ways as the union of the two walks', async () => {
    const ref = 'resource:default/claims-with-geography';
    const up = await lineage({
      entityRef: ref,
      depth: 1,
      direction: 'upstream',
    }).expect(200);
    expect(keysOf(up.body)).toEqual([
      'claims/reference/local_authority_lookup',
      'claims/reference/postcode_directory',
      'claims/silver/claims_clean',
      'claims/silver/claims_with_geography',
    ]);
    expect(
      up.body.edges.every(
        (e: any) => e.to === 'claims/silver/claims_with_geography',
      ),
    ).toBe(true);
    const down = await lineage({
      entityRef: ref,
      depth: 1,
      direction: 'downstream',
    }).expect(200);
    const both = await lineage({
      entityRef: ref,
      depth: 1,
      direction: 'both',
    }).expect(200);
    expect(keysOf(both.body)).toEqual(
      [...new Set([...keysOf(up.body), ...keysOf(down.body)])].sort(),
    );
  });

  it('includes edges that cross code locations', async () => {
    const res = await lineage({
      entityRef: 'resource:default/claims-with-geography',
      depth: 1,
      direction: 'downstream',
    }).expect(200);
    expect(res.body.edges).toContainEqual({
      from: 'claims/silver/claims_with_geography',
      to: 'education/gold/fsm_uptake_by_local_authority',
    });
    const target = res.body.nodes.find(
      (n: any) => n.key === 'education/gold/fsm_uptake_by_local_authority',
    );
    expect(target.location).toBe('school_census');
  });

  it('starts a project lineage from every asset of its code location', async () => {
    const res = await lineage({
      entityRef: 'system:default/benefit-claims',
      depth: 1,
    }).expect(200);
    expect(res.body.roots).toHaveLength(30);
    const locations = new Set(res.body.nodes.map((n: any) => n.location));
    expect(locations.has('benefit_claims')).toBe(true);
    expect(locations.size).toBeGreaterThan(1);
  });

  it.each([
    [{ depth: 0 }, /depth must be a whole number from 1 to 5/],
    [{ depth: 6 }, /depth/],
    [{ depth: 'two' }, /depth/],
    [
      { direction: 'sideways' },
      /direction must be upstream, downstream or both/,
    ],
  ])('rejects %j with 400', async (extra, message) => {
    const res = await lineage({
      entityRef: 'resource:default/claims-raw',
      ...extra,
    }).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('answers 404 for an entity missing from the catalog and for an asset Dagster does not have', async () => {
    const missing = await lineage({
      entityRef: 'resource:default/nope',
    }).expect(404);
    expect(missing.body.error.message).toMatch(/resource:default\/nope/);
    await checks('resource:default/ghost').expect(404);
    await lineage({ entityRef: 'resource:default/ghost' }).expect(404);
  });

  it('answers 400 for an entity without Dagster annotations or on an unconfigured instance', async () => {
    const plain = await lineage({
      entityRef: 'resource:default/plain-bucket',
    }).expect(400);
    expect(plain.body.error.message).toMatch(/dagster.io\/asset-key/);
    const elsewhere = await checks('resource:default/elsewhere').expect(400);
    expect(elsewhere.body.error.message).toMatch(
      /"prod", which is not configured/,
    );
    await lineage({}).expect(400);
  });

  it('lists the checks of an asset with their history and pass rate', async () => {
    const res = await checks('resource:default/payments-clean').expect(200);
    expect(res.body).toMatchObject({
      kind: 'asset',
      assetKey: 'claims/silver/payments_clean',
      status: 'failing',
    });
    const [check] = res.body.checks;
    expect(check).toMatchObject({
      name: 'payment_amount_positive',
      status: 'failing',
      severity: 'ERROR',
      lastRunId: expect.any(String),
      passRate: 0.8,
    });
    expect(check.history).toHaveLength(5);
    expect(Date.parse(check.lastRunAt)).not.toBeNaN();

    const clean = await checks('resource:default/claims-clean').expect(200);
    const byName = Object.fromEntries(
      clean.body.checks.map((c: any) => [c.name, c]),
    );
    expect(byName.claim_id_unique).toMatchObject({
      status: 'passing',
      passRate: 1,
    });
    expect(byName.nino_hash_not_null).toMatchObject({
      status: 'warning',
      severity: 'WARN',
      passRate: 0.6,
    });
    expect(clean.body.status).toBe('warning');
  });

  it('rolls the checks of a project up into counts', async () => {
    const res = await checks('system:default/benefit-claims').expect(200);
    expect(res.body).toMatchObject({
      kind: 'project',
      location: 'benefit_claims',
      assets: { passing: 1, failing: 1, warning: 2, unknown: 0 },
      checks: { passing: 2, failing: 1, warning: 2, unknown: 0 },
    });
    expect(res.body.items).toContainEqual({
      assetKey: 'claims/silver/payments_clean',
      status: 'failing',
      checks: 1,
    });
  });

  it('answers a repeated request from the cache without asking Dagster', async () => {
    const query = {
      entityRef: 'resource:default/collisions-clean',
      depth: 2,
      direction: 'both',
    };
    const first = await lineage(query).expect(200);
    const before = sim.requestCount();
    expect(before).toBeGreaterThan(0);
    const second = await lineage(query).expect(200);
    expect(second.body).toEqual(first.body);
    expect(sim.requestCount()).toBe(before);
    await lineage({ ...query, depth: 1 }).expect(200);
    expect(sim.requestCount()).toBeGreaterThan(before);
  });

  it('answers 503 naming the instance when Dagster is down', async () => {
    sim.setFaults({ down: true });
    const res = await checks('resource:default/fsm-eligibility').expect(503);
    expect(res.body.error.message).toMatch(
      /Dagster instance "demo".*could not be reached/,
    );
    sim.setFaults({ down: false });
    // The failure was not cached.
    await checks('resource:default/fsm-eligibility').expect(200);
  });

  it('answers 503 when Dagster answers with something that is not GraphQL', async () => {
    sim.setFaults({ garbage: true });
    const res = await lineage({
      entityRef: 'resource:default/fsm-eligibility',
      depth: 3,
    }).expect(503);
    expect(res.body.error.message).toMatch(
      /Dagster instance "demo".*does not look like a Dagster GraphQL server/,
    );
  });

  it('answers 502 when Dagster reports an error, such as a code location that fails to load', async () => {
    sim.setFaults({
      locationErrors: {
        road_safety: 'ModuleNotFoundError: No module named geopandas',
      },
    });
    const res = await checks('system:default/road-safety').expect(502);
    expect(res.body.error.message).toMatch(
      /Dagster instance "demo".*geopandas/,
    );
  });

  it('answers 403 when the permission policy denies reading the entity', async () => {
    const denied = await backendFor(sim, AuthorizeResult.DENY);
    const before = sim.requestCount();
    await request(denied)
      .get('/api/dagster/lineage')
      .query({ entityRef: 'resource:default/claims-raw' })
      .expect(403);
    await request(denied)
      .get('/api/dagster/checks')
      .query({ entityRef: 'resource:default/claims-raw' })
      .expect(403);
    expect(sim.requestCount()).toBe(before);
  });

  it('refuses anonymous callers before looking at the query', async () => {
    const res = await request(server)
      .get('/api/dagster/lineage')
      .query({ entityRef: 'resource:default/claims-raw', depth: 9 })
      .set('authorization', 'Bearer mock-none-token');
    expect(res.status).toBe(401);
  });
});
