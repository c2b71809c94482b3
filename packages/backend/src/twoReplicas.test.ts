import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleDagster from '@internal/backstage-plugin-catalog-backend-module-dagster';
import dagsterPlugin from '@internal/backstage-plugin-dagster-backend';
import { FaultProxy, startFaultProxy } from '@internal/dagster-fault-proxy';
import { useDemoEstate } from '@internal/local-dagster';
import path from 'node:path';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import {
  recordingSchedulerFactory,
  TaskRegistration,
  TaskRun,
} from './__testUtils__/recordingScheduler';

/*
 * Two replicas of the portal's backend on one PostgreSQL, as two pods of one
 * deployment run: the same config (a database per plugin, under a prefix new
 * to this run), the real database and scheduler services, the catalog with
 * the Dagster module, and the Dagster plugin. Dagster is the real demo estate
 * behind the fault proxy, which counts what the replicas ask of it.
 */

jest.setTimeout(300_000);

const PG_URL = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
if (!PG_URL && process.env.CI) {
  throw new Error(
    'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set: under CI the two-replica test must run on PostgreSQL (see .ci/run)',
  );
}
const describeOnPostgres = PG_URL ? describe : describe.skip;

const INTERVAL_MS = 2_000;
const REFRESH_TASK = 'dagster-provider:demo:refresh';
const RUNS_OBSERVED = 12;
const PREFIX = `two_replicas_${process.pid}_${Date.now()}_`;
const DANA = 'user:default/dana.datateam';

function replicaConfig(graphqlUrl: string) {
  return {
    backend: {
      database: { client: 'pg', connection: PG_URL, prefix: PREFIX },
    },
    dagster: { instances: [{ id: 'demo', graphqlUrl }] },
    catalog: {
      providers: {
        dagster: {
          schedule: {
            frequency: { seconds: INTERVAL_MS / 1000 },
            timeout: { seconds: 60 },
            scope: 'global',
          },
        },
      },
      rules: [{ allow: ['System', 'Resource', 'Location', 'Component'] }],
      locations: [
        {
          type: 'file',
          target: path.resolve(__dirname, '../../../examples/org.yaml'),
          rules: [{ allow: ['User', 'Group'] }],
        },
      ],
    },
  };
}

async function waitFor(what: string, ok: () => boolean | Promise<boolean>) {
  const deadline = Date.now() + 180_000;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}

async function withDatabase<T>(
  database: string,
  fn: (db: Knex) => Promise<T>,
): Promise<T> {
  const url = new URL(PG_URL!);
  url.pathname = `/${database}`;
  const db = knexFactory({ client: 'pg', connection: url.toString() });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

describeOnPostgres('two backend replicas on one PostgreSQL', () => {
  let dagster: Awaited<ReturnType<typeof useDemoEstate>>;
  let proxy: FaultProxy;
  const runs: TaskRun[] = [];
  const registrations: TaskRegistration[] = [];
  const servers: Record<string, unknown> = {};
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    dagster = await useDemoEstate();
    proxy = await startFaultProxy({ target: dagster.url });
    const dagsterRequests = proxy.requestCount;
    const graphqlUrl = proxy.graphqlUrl;
    // One after the other, as a rolling deployment starts them: the first
    // creates the databases and runs the migrations.
    for (const replica of ['a', 'b']) {
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleDagster,
          dagsterPlugin,
          databaseServiceFactory,
          recordingSchedulerFactory({
            replica,
            runs,
            registrations,
            counter: dagsterRequests,
          }),
          mockServices.rootConfig.factory({
            data: replicaConfig(graphqlUrl),
          }),
        ],
      });
      servers[replica] = backend.server;
      stops.push(() => backend.stop());
    }
  });

  afterAll(async () => {
    for (const stop of stops) await stop();
    await proxy?.stop();
    await dagster?.stop();
    await withDatabase('postgres', async db => {
      const { rows } = await db.raw(
        'SELECT datname FROM pg_database WHERE datname LIKE ?',
        [`${PREFIX}%`],
      );
      for (const { datname } of rows) {
        await db.raw('DROP DATABASE ?? WITH (FORCE)', [datname]);
      }
    });
  });

  it('refreshes the catalog from Dagster once per interval across both', async () => {
    expect(registrations.filter(r => r.taskId === REFRESH_TASK)).toEqual([
      { replica: 'a', taskId: REFRESH_TASK, scope: 'global' },
      { replica: 'b', taskId: REFRESH_TASK, scope: 'global' },
    ]);
    const bothUp = performance.now();
    const started = () =>
      runs
        .filter(r => r.taskId === REFRESH_TASK && r.startedAt > bothUp)
        .slice(0, RUNS_OBSERVED);
    await waitFor(
      `${RUNS_OBSERVED} refreshes`,
      () =>
        started().length === RUNS_OBSERVED &&
        started().every(r => r.endedAt !== undefined),
    );
    // In the order they started (the order they were recorded in).
    const refreshes = started();

    // One replica at a time: each refresh starts after the one before ended,
    // and Dagster is read inside refreshes only (no request between two).
    const pairs = refreshes.slice(1).map((r, i) => [refreshes[i], r] as const);
    const say = (r: TaskRun) =>
      `${r.replica}'s refresh at ${Math.round(r.startedAt - bothUp)} ms`;
    expect(
      pairs
        .filter(([before, r]) => r.startedAt < before.endedAt!)
        .map(([before, r]) => `${say(r)} began inside ${say(before)}`),
    ).toEqual([]);
    expect(
      pairs
        .filter(([before, r]) => r.countAtStart !== before.countAtEnd)
        .map(
          ([before, r]) =>
            `Dagster was read between ${say(before)} and ${say(r)}`,
        ),
    ).toEqual([]);
    expect(refreshes.filter(r => r.countAtEnd! <= r.countAtStart)).toEqual([]);

    // Once per interval: each refresh is due an interval after the one before,
    // so N refreshes span at least N-1 intervals, less the first one's wait
    // for the scheduler's poll (one interval; one more allowed for a busy
    // machine). Two schedules, one per replica, would fit N in half the time.
    const span = refreshes.at(-1)!.startedAt - refreshes[0].startedAt;
    expect(span).toBeGreaterThanOrEqual((RUNS_OBSERVED - 3) * INTERVAL_MS);

    // The refreshes really ingested: both replicas serve Dagster's entities.
    for (const server of Object.values(servers)) {
      const res = await request(server as any)
        .get(
          '/api/catalog/entities/by-query?filter=metadata.annotations.dagster.io/instance=demo&limit=1',
        )
        .set('authorization', mockCredentials.user.header(DANA))
        .expect(200);
      expect(res.body.totalItems).toBeGreaterThan(0);
    }
  });

  it('stores one project when the same registration reaches both at once', async () => {
    const names = ['school-census', 'road-safety', 'claims-history'];
    for (const name of names) {
      const body = {
        name,
        owner: 'group:default/claims-data-team',
        costCentre: 'DWP-41',
        monthlyBudgetGbp: 300,
        classification: 'OFFICIAL',
        personalData: false,
      };
      const answers = await Promise.all(
        Object.values(servers).map(server =>
          request(server as any)
            .post('/api/dagster/projects')
            .set('authorization', mockCredentials.user.header(DANA))
            .send(body),
        ),
      );
      expect(answers.map(a => a.status).sort()).toEqual([201, 409]);
      expect(answers.find(a => a.status === 409)!.body.error.message).toBe(
        `A project named "${name}" is already registered`,
      );
    }
    const { rows } = await withDatabase(`${PREFIX}dagster`, db =>
      db.raw(
        'SELECT name, count(*)::int AS n FROM dagster_projects GROUP BY name ORDER BY name',
      ),
    );
    expect(rows).toEqual([...names].sort().map(name => ({ name, n: 1 })));
    // And either replica reads what the other stored.
    for (const server of Object.values(servers)) {
      const res = await request(server as any)
        .get('/api/dagster/projects')
        .set('authorization', mockCredentials.user.header(DANA))
        .expect(200);
      expect(res.body.items.map((p: { name: string }) => p.name)).toEqual(
        [...names].sort(),
      );
    }
  });
});
