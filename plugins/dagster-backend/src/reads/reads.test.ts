import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  FaultProxy,
  NO_FAULTS,
  startFaultProxy,
} from '@internal/dagster-fault-proxy';
import { useDemoEstate } from '@internal/local-dagster';
import request from 'supertest';
import { dagsterPlugin } from '../plugin';

/*
 * The lineage, checks and status routes against real Dagster serving the demo
 * estate (examples/dagster-estate), read through the fault proxy. Expected
 * values come from Dagster's own GraphQL answers, asked directly, so these
 * tests hold whatever the seed's history looks like.
 */
jest.setTimeout(180_000);

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
  resource('health-linked', {
    'dagster.io/asset-key': 'health/silver/linked_outcomes',
    'dagster.io/code-location': 'health_outcomes_linkage',
    'dagster.io/instance': 'demo',
  }),
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
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'health-outcomes',
      annotations: { 'dagster.io/code-location': 'health_outcomes_linkage' },
    },
    spec: { owner: 'group:default/health-analysts' },
  },
];

// A managed SQLite, closed after the tests; the default mock leaves its pool open.
const databases = TestDatabases.create({
  ids: ['SQLITE_3'],
  disableDocker: true,
});

async function backendFor(
  dagster: FaultProxy,
  permissionResult?: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
  settings: { client?: object; cache?: object } = {},
) {
  const { server } = await startTestBackend({
    features: [
      dagsterPlugin,
      mockServices.database.factory({ knex: await databases.init('SQLITE_3') }),
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          dagster: {
            instances: [{ id: 'demo', graphqlUrl: dagster.graphqlUrl }],
            client: {
              maxAttempts: 2,
              baseDelayMs: 1,
              timeoutMs: 5_000,
              ...settings.client,
            },
            ...(settings.cache ? { cache: settings.cache } : {}),
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

type Key = string;
const path = (key: Key) => key.split('/');
const join = (p: { path: string[] }) => p.path.join('/');

describe('dagster lineage, checks and status routes on the demo estate', () => {
  let estate: Awaited<ReturnType<typeof useDemoEstate>>;
  let proxy: FaultProxy;
  let server: Awaited<ReturnType<typeof backendFor>>;

  /** Asks Dagster itself, not through the portal. */
  async function dagster<T = any>(
    query: string,
    variables?: object,
  ): Promise<T> {
    const res = await fetch(estate.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    return body.data;
  }
  const neighbours = async (key: Key) => {
    const data = await dagster(
      `query ($k: [AssetKeyInput!]) { assetNodes(assetKeys: $k) {
        dependencyKeys { path } dependedByKeys { path } repository { location { name } } } }`,
      { k: [{ path: path(key) }] },
    );
    const [node] = data.assetNodes;
    return {
      up: node.dependencyKeys.map(join).sort() as Key[],
      down: node.dependedByKeys.map(join).sort() as Key[],
      location: node.repository.location.name as string,
    };
  };
  const executions = async (key: Key, checkName: string) => {
    const data = await dagster(
      `query ($k: AssetKeyInput!, $c: String!) {
        assetCheckExecutions(assetKey: $k, checkName: $c, limit: 20) { runId status } }`,
      { k: { path: path(key) }, c: checkName },
    );
    return data.assetCheckExecutions as { runId: string; status: string }[];
  };

  beforeAll(async () => {
    estate = await useDemoEstate();
    proxy = await startFaultProxy({ target: estate.url });
    server = await backendFor(proxy);
  });
  afterAll(async () => {
    await proxy?.stop();
    await estate?.stop();
  });
  afterEach(() => proxy.setFaults({ ...NO_FAULTS }));

  const lineage = (query: Record<string, string | number>) =>
    request(server).get('/api/dagster/lineage').query(query);
  const checks = (entityRef: string) =>
    request(server).get('/api/dagster/checks').query({ entityRef });
  const keysOf = (body: { nodes: { key: string }[] }) =>
    body.nodes.map(n => n.key).sort();

  it('reports the version Dagster itself reports on the status route', async () => {
    const { version } = await dagster('{ version }');
    const res = await request(server).get('/api/dagster/status').expect(200);
    expect(res.body.instances).toEqual([
      { id: 'demo', webUrl: proxy.url, version },
    ]);
    expect(version).toMatch(/^1\.\d+\.\d+/);
  });

  it('says an instance is not answering on the status route, without its address', async () => {
    proxy.setFaults({ down: true });
    const res = await request(server).get('/api/dagster/status').expect(200);
    expect(res.body.instances[0].problem).toMatch(/^Dagster is not answering/);
    expect(JSON.stringify(res.body)).not.toContain('/graphql');
  });

  it('walks downstream from an asset to the given depth, with statuses and entity names', async () => {
    const raw = 'claims/bronze/claims_raw';
    const { down } = await neighbours(raw);
    expect(down.length).toBeGreaterThan(0);
    const one = await lineage({
      entityRef: 'resource:default/claims-raw',
      depth: 1,
      direction: 'downstream',
    }).expect(200);
    expect(one.body).toMatchObject({
      instanceId: 'demo',
      roots: [raw],
      depth: 1,
      direction: 'downstream',
      truncated: false,
    });
    expect(keysOf(one.body)).toEqual([raw, ...down].sort());
    expect(one.body.edges).toEqual(
      expect.arrayContaining(down.map(to => ({ from: raw, to }))),
    );
    expect(one.body.edges).toHaveLength(down.length);
    const root = one.body.nodes.find((n: any) => n.key === raw);
    expect(root).toMatchObject({
      entityName: 'claims.bronze.claims_raw',
      location: 'benefit_claims',
      group: 'claims_bronze',
      status: {
        lastRunStatus: expect.stringMatching(/^(SUCCESS|FAILURE)$/),
        running: false,
      },
    });
    expect(Date.parse(root.status.lastMaterializedAt)).not.toBeNaN();

    const two = await lineage({
      entityRef: 'resource:default/claims-raw',
      depth: 2,
      direction: 'downstream',
    }).expect(200);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    expect(keysOf(two.body)).toEqual(expect.arrayContaining(keysOf(one.body)));
  });

  it('walks upstream only, and both ways as the union of the two walks', async () => {
    const key = 'claims/silver/claims_with_geography';
    const ref = 'resource:default/claims-with-geography';
    const { up: upstream } = await neighbours(key);
    const up = await lineage({
      entityRef: ref,
      depth: 1,
      direction: 'upstream',
    }).expect(200);
    expect(keysOf(up.body)).toEqual([key, ...upstream].sort());
    expect(up.body.edges.every((e: any) => e.to === key)).toBe(true);
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
    const key = 'claims/silver/claims_with_geography';
    const { down } = await neighbours(key);
    const elsewhere = [];
    for (const to of down) {
      const { location } = await neighbours(to);
      if (location !== 'benefit_claims') elsewhere.push({ to, location });
    }
    expect(elsewhere.length).toBeGreaterThan(0);
    const res = await lineage({
      entityRef: 'resource:default/claims-with-geography',
      depth: 1,
      direction: 'downstream',
    }).expect(200);
    for (const { to, location } of elsewhere) {
      expect(res.body.edges).toContainEqual({ from: key, to });
      expect(res.body.nodes.find((n: any) => n.key === to).location).toBe(
        location,
      );
    }
  });

  it('starts a project lineage from every asset of its code location', async () => {
    const data = await dagster(`{ repositoryOrError(repositorySelector: {
      repositoryLocationName: "benefit_claims", repositoryName: "__repository__" }) {
      ... on Repository { assetNodes { assetKey { path } isExecutable } } } }`);
    const own = data.repositoryOrError.assetNodes.filter(
      (n: any) => n.isExecutable,
    );
    const res = await lineage({
      entityRef: 'system:default/benefit-claims',
      depth: 1,
    }).expect(200);
    expect(res.body.roots).toHaveLength(own.length);
    expect(own.length).toBeGreaterThan(20);
    const locations = new Set(res.body.nodes.map((n: any) => n.location));
    expect(locations.has('benefit_claims')).toBe(true);
    expect(locations.size).toBeGreaterThan(1);
  });

  it.each([
    [{ depth: 0 }, /depth/],
    [{ depth: 6 }, /depth/],
    [{ depth: 'two' }, /depth/],
    [{ direction: 'sideways' }, /direction.*upstream, downstream, both/],
  ])('rejects %j with 400', async (extra, message) => {
    const res = await lineage({
      entityRef: 'resource:default/claims-raw',
      ...extra,
    }).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  it.each([
    [
      'resource:default/claims-😀',
      /the name "claims-😀" may only hold letters/,
    ],
    [
      'resource:default/claims\u0000raw',
      /the name "claims\\u0000raw" may only hold/,
    ],
    [
      'resource:default/claims\r\nraw',
      /the name "claims\\r\\nraw" may only hold/,
    ],
    ['res😀urce:default/claims', /the kind "res😀urce" may only hold/],
    ['', /entityRef/],
  ])('says what is wrong with the entityRef %j (400)', async (ref, message) => {
    const res = await checks(ref).expect(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.message).not.toMatch(/ResponseError|Request failed/);
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

  it('lists the checks of an asset with their history and pass rate as Dagster recorded them', async () => {
    const key = 'claims/silver/payments_clean';
    const runs = await executions(key, 'payment_amount_positive');
    expect(runs.length).toBeGreaterThan(1);
    const res = await checks('resource:default/payments-clean').expect(200);
    expect(res.body).toMatchObject({
      kind: 'asset',
      assetKey: key,
      status: 'failing',
    });
    const check = res.body.checks.find(
      (c: any) => c.name === 'payment_amount_positive',
    );
    expect(check).toMatchObject({
      status: 'failing',
      severity: 'ERROR',
      blocking: true,
      lastRunId: runs[0].runId,
    });
    expect(check.history).toHaveLength(runs.length);
    const passed = runs.filter(r => r.status === 'SUCCEEDED').length;
    const finished = runs.filter(
      r => r.status === 'SUCCEEDED' || r.status === 'FAILED',
    ).length;
    expect(check.passRate).toBeCloseTo(passed / finished, 2);
    expect(Date.parse(check.lastRunAt)).not.toBeNaN();

    const clean = await checks('resource:default/claims-clean').expect(200);
    const warn = clean.body.checks.find(
      (c: any) => c.name === 'nino_hash_not_null',
    );
    expect(warn).toMatchObject({ status: 'warning', severity: 'WARN' });
    expect(clean.body.status).toBe('warning');
  });

  it('rolls the checks of a project up into counts', async () => {
    const res = await checks('system:default/benefit-claims').expect(200);
    expect(res.body).toMatchObject({
      kind: 'project',
      location: 'benefit_claims',
    });
    const { assets, items } = res.body;
    const count = (status: string) =>
      items.filter((i: any) => i.status === status).length;
    expect(assets).toEqual({
      passing: count('passing'),
      failing: count('failing'),
      warning: count('warning'),
      unknown: count('unknown'),
    });
    expect(assets.failing).toBeGreaterThan(0);
    expect(assets.passing).toBeGreaterThan(0);
    expect(items).toContainEqual(
      expect.objectContaining({
        assetKey: 'claims/silver/payments_clean',
        status: 'failing',
      }),
    );
  });

  it('answers a repeated request from the cache without asking Dagster', async () => {
    const query = {
      entityRef: 'resource:default/collisions-clean',
      depth: 2,
      direction: 'both',
    };
    const start = proxy.requestCount();
    const first = await lineage(query).expect(200);
    const before = proxy.requestCount();
    expect(before).toBeGreaterThan(start);
    const second = await lineage(query).expect(200);
    expect(second.body).toEqual(first.body);
    expect(proxy.requestCount()).toBe(before);
    await lineage({ ...query, depth: 1 }).expect(200);
    expect(proxy.requestCount()).toBeGreaterThan(before);
  });

  it('asks Dagster a fixed number of times per answer, whatever the depth or the size of the project', async () => {
    // No cache, so every answer asks Dagster afresh.
    const uncached = await backendFor(proxy, undefined, {
      cache: { ttlMs: 0 },
    });
    const requestsFor = async (
      route: 'lineage' | 'checks',
      query: Record<string, string | number>,
    ) => {
      const before = proxy.requestCount();
      await request(uncached)
        .get(`/api/dagster/${route}`)
        .query(query)
        .expect(200);
      return proxy.requestCount() - before;
    };
    const lineageOf = (entityRef: string, depth: number) =>
      requestsFor('lineage', { entityRef, depth, direction: 'both' });
    const counts = {
      assetDepth1: await lineageOf('resource:default/claims-raw', 1),
      assetDepth5: await lineageOf('resource:default/claims-raw', 5),
      projectDepth1: await lineageOf('system:default/benefit-claims', 1),
      projectDepth5: await lineageOf('system:default/benefit-claims', 5),
      projectChecks: await requestsFor('checks', {
        entityRef: 'system:default/benefit-claims',
      }),
      assetChecks: await requestsFor('checks', {
        entityRef: 'resource:default/payments-clean',
      }),
    };
    // Lineage: the locations (projects only) and the whole asset graph, then
    // statuses and checks of the walk's nodes side by side; checks: the
    // locations, the graph and every checked asset's checks, or an asset's
    // checks and all their histories. One batch each at the demo's size.
    expect(counts.assetDepth5).toBe(counts.assetDepth1);
    expect(counts.projectDepth5).toBe(counts.projectDepth1);
    expect(counts.assetDepth5).toBeLessThanOrEqual(3);
    expect(counts.projectDepth5).toBeLessThanOrEqual(4);
    expect(counts.projectChecks).toBeLessThanOrEqual(3);
    expect(counts.assetChecks).toBeLessThanOrEqual(2);
  });

  it('answers 503 naming the instance when Dagster does not answer within the deadline', async () => {
    // Without the one deadline per answer these would wait a minute per
    // request (the timeout is longer still) and fail on the test's timeout.
    const impatient = await backendFor(proxy, undefined, {
      client: { deadlineMs: 1_000, timeoutMs: 120_000, maxAttempts: 4 },
      cache: { ttlMs: 0 },
    });
    proxy.setFaults({ latencyMs: 60_000 });
    const address = new URL(proxy.url).host;
    const answers = [
      await request(impatient)
        .get('/api/dagster/lineage')
        .query({ entityRef: 'resource:default/claims-raw', depth: 5 })
        .expect(503),
      await request(impatient)
        .get('/api/dagster/lineage')
        .query({ entityRef: 'system:default/benefit-claims', depth: 1 })
        .expect(503),
      await request(impatient)
        .get('/api/dagster/checks')
        .query({ entityRef: 'system:default/benefit-claims' })
        .expect(503),
      await request(impatient)
        .get('/api/dagster/checks')
        .query({ entityRef: 'resource:default/payments-clean' })
        .expect(503),
    ];
    for (const res of answers) {
      expect(res.body.error).toMatchObject({
        name: 'ServiceUnavailableError',
        message: 'Dagster instance "demo" did not answer within 1 s',
      });
      expect(JSON.stringify(res.body)).not.toContain(address);
    }
  }, 30_000);

  it('names the instance, never its address, in every upstream failure', async () => {
    const address = new URL(proxy.url).host;
    proxy.setFaults({ down: true });
    // Targets no other test reads, so no cached answer stands in for Dagster.
    const down = await lineage({
      entityRef: 'resource:default/payments-clean',
      depth: 4,
      direction: 'upstream',
    }).expect(503);
    proxy.setFaults({ down: false, garbage: true });
    const garbage = await lineage({
      entityRef: 'resource:default/payments-clean',
      depth: 5,
      direction: 'upstream',
    }).expect(503);
    proxy.setFaults({ garbage: false });
    const broken = await checks('system:default/health-outcomes').expect(502);
    for (const res of [down, garbage, broken]) {
      expect(res.body.error.message).toMatch(/^Dagster instance "demo"/);
      expect(JSON.stringify(res.body)).not.toContain(address);
    }
  });

  it('answers 503 naming the instance when Dagster is down', async () => {
    proxy.setFaults({ down: true });
    const res = await checks('resource:default/fsm-eligibility').expect(503);
    expect(res.body.error.message).toMatch(
      /Dagster instance "demo".*could not be reached/,
    );
    proxy.setFaults({ down: false });
    // The failure was not cached.
    await checks('resource:default/fsm-eligibility').expect(200);
  });

  it('answers 503 when Dagster answers with something that is not GraphQL', async () => {
    proxy.setFaults({ garbage: true });
    const res = await lineage({
      entityRef: 'resource:default/fsm-eligibility',
      depth: 3,
    }).expect(503);
    expect(res.body.error.message).toMatch(
      /Dagster instance "demo".*does not look like a Dagster GraphQL server/,
    );
  });

  it('answers 502 when Dagster reports an error, such as a code location that fails to load', async () => {
    const res = await checks('system:default/health-outcomes').expect(502);
    expect(res.body.error.message).toMatch(
      /Dagster instance "demo".*dagster_snowflake_pandas/,
    );
  });

  it('answers 502 naming the location for an asset whose code location fails to load', async () => {
    for (const res of [
      await checks('resource:default/health-linked').expect(502),
      await lineage({ entityRef: 'resource:default/health-linked' }).expect(
        502,
      ),
    ]) {
      expect(res.body.error.message).toMatch(
        /Dagster instance "demo": code location "health_outcomes_linkage" fails to load, so asset health\/silver\/linked_outcomes cannot be read \(.*dagster_snowflake_pandas/,
      );
    }
  });

  it('answers 403 when the permission policy denies reading the entity', async () => {
    const denied = await backendFor(proxy, AuthorizeResult.DENY);
    const before = proxy.requestCount();
    await request(denied)
      .get('/api/dagster/lineage')
      .query({ entityRef: 'resource:default/claims-raw' })
      .expect(403);
    await request(denied)
      .get('/api/dagster/checks')
      .query({ entityRef: 'resource:default/claims-raw' })
      .expect(403);
    expect(proxy.requestCount()).toBe(before);
  });

  it('refuses anonymous callers before looking at the query', async () => {
    const res = await request(server)
      .get('/api/dagster/lineage')
      .query({ entityRef: 'resource:default/claims-raw', depth: 9 })
      .set('authorization', 'Bearer mock-none-token');
    expect(res.status).toBe(401);
  });
});
