import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { decidePlacement } from '@internal/backstage-plugin-dagster-common';
import { DatabaseMaterialisationStore } from './DatabaseMaterialisationStore';
import { MaterialisationAsk } from './MaterialisationStore';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import knexFactory from 'knex';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const placement = decidePlacement({
  tags: { 'platform/compute-profile': 'medium' },
});

const ask: MaterialisationAsk = {
  idempotencyKey: '6a0c1e7e-claims-refresh',
  requestedBy: 'user:default/dana.datateam',
  entityRef: 'resource:default/claims-daily-summary',
  assetKeys: ['claims/daily_summary', 'claims/raw_claims'],
  placement,
  target: 'dagster:demo',
  estimatedCostGbp: 0.1234,
};

const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(databases.eachSupportedId())(
  'DatabaseMaterialisationStore on %s',
  databaseId => {
    /** A clock the test moves by hand, so leases lapse without waiting. */
    let clock: Date;

    async function createStore() {
      clock = new Date('2026-12-02T09:00:00.000Z');
      const knex = await databases.init(databaseId);
      const store = await DatabaseMaterialisationStore.create({
        database: mockServices.database({ knex }),
        now: () => clock,
      });
      return { store, knex };
    }

    function later(ms: number) {
      clock = new Date(clock.getTime() + ms);
    }

    it('stores a request pending, with a UUID, and reads it back exactly', async () => {
      const { store } = await createStore();
      const stored = await store.request(ask);
      expect(stored.id).toMatch(UUID);
      expect(stored).toEqual({
        ...ask,
        id: stored.id,
        state: 'pending',
        dispatchIds: [],
        createdAt: '2026-12-02T09:00:00.000Z',
        history: [{ state: 'pending', at: '2026-12-02T09:00:00.000Z' }],
      });
      expect(await store.get(stored.id)).toEqual(stored);
    });

    it('answers the same request for the same key, in a row of its own', async () => {
      const { store, knex } = await createStore();
      const first = await store.request(ask);
      // A retry may compute another placement; the first one stands.
      const again = await store.request({
        ...ask,
        assetKeys: [...ask.assetKeys].reverse(),
        estimatedCostGbp: 9,
      });
      expect(again).toEqual(first);
      const [{ n }] = await knex('dagster_materialisations').count('* as n');
      expect(Number(n)).toBe(1);
    });

    it('gives 20 concurrent requests with one key one row and one id', async () => {
      const { store, knex } = await createStore();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => store.request(ask)),
      );
      expect(new Set(answers.map(a => a.id)).size).toBe(1);
      const [{ n }] = await knex('dagster_materialisations').count('* as n');
      expect(Number(n)).toBe(1);
      const [{ h }] = await knex('dagster_materialisation_statuses').count(
        '* as h',
      );
      expect(Number(h)).toBe(1);
    });

    it('refuses a key used for other assets with a conflict', async () => {
      const { store } = await createStore();
      await store.request(ask);
      await expect(
        store.request({ ...ask, assetKeys: ['claims/other'] }),
      ).rejects.toThrow(ConflictError);
      await expect(
        store.request({ ...ask, entityRef: 'resource:default/other' }),
      ).rejects.toThrow(ConflictError);
    });

    it('keeps keys apart per person', async () => {
      const { store } = await createStore();
      const dana = await store.request(ask);
      const pat = await store.request({
        ...ask,
        requestedBy: 'user:default/pat.platform',
      });
      expect(pat.id).not.toBe(dana.id);
    });

    it('lets one of two replicas claim a pending request', async () => {
      const { store } = await createStore();
      const { id } = await store.request(ask);
      const claims = await Promise.all([
        store.claimForDispatch(id, 'replica-a', 30_000),
        store.claimForDispatch(id, 'replica-b', 30_000),
      ]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      later(29_999);
      const loser = claims[0] ? 'replica-b' : 'replica-a';
      const winner = claims[0] ? 'replica-a' : 'replica-b';
      expect(await store.claimForDispatch(id, loser, 30_000)).toBe(false);
      expect(await store.claimForDispatch(id, winner, 30_000)).toBe(true);
    });

    it('lets another replica take over a lapsed lease (a restart mid-dispatch)', async () => {
      const { store } = await createStore();
      const { id } = await store.request(ask);
      expect(await store.claimForDispatch(id, 'replica-a', 30_000)).toBe(true);
      later(30_000);
      expect(await store.claimForDispatch(id, 'replica-b', 30_000)).toBe(true);
      expect(await store.claimForDispatch(id, 'replica-a', 30_000)).toBe(false);
    });

    it('lets another replica claim a released lease at once', async () => {
      const { store } = await createStore();
      const { id } = await store.request(ask);
      expect(await store.claimForDispatch(id, 'replica-a', 30_000)).toBe(true);
      await store.releaseClaim(id, 'replica-b'); // not b's to give back
      expect(await store.claimForDispatch(id, 'replica-b', 30_000)).toBe(false);
      await store.releaseClaim(id, 'replica-a');
      expect(await store.claimForDispatch(id, 'replica-b', 30_000)).toBe(true);
    });

    it('lets nobody claim a request once it is dispatched', async () => {
      const { store } = await createStore();
      const { id } = await store.request(ask);
      await store.claimForDispatch(id, 'replica-a', 30_000);
      await store.recordDispatch(id, { dispatchIds: ['run-1'] });
      expect(await store.claimForDispatch(id, 'replica-a', 30_000)).toBe(false);
      await expect(
        store.recordDispatch(id, { dispatchIds: ['run-2'] }),
      ).rejects.toThrow(ConflictError);
      expect((await store.get(id))?.dispatchIds).toEqual(['run-1']);
    });

    it('keeps the status history in order and ends with the outcome', async () => {
      const { store } = await createStore();
      const { id } = await store.request(ask);
      later(1_000);
      await store.recordDispatch(id, { dispatchIds: ['run-1'] });
      await store.appendStatus(id, {
        state: 'running',
        at: '2026-12-02T09:00:05.000Z',
      });
      await store.appendStatus(id, {
        state: 'running',
        detail: 'step claims/daily_summary started',
        at: '2026-12-02T09:00:06.000Z',
      });
      await store.appendStatus(id, {
        state: 'failed',
        detail: 'PythonError: division by zero',
        at: '2026-12-02T09:03:00.000Z',
      });
      const ended = await store.get(id);
      expect(ended).toMatchObject({
        state: 'failed',
        outcome: 'failed',
        startedAt: '2026-12-02T09:00:05.000Z',
        endedAt: '2026-12-02T09:03:00.000Z',
        dispatchIds: ['run-1'],
      });
      expect(ended?.history).toEqual([
        { state: 'pending', at: '2026-12-02T09:00:00.000Z' },
        {
          state: 'dispatched',
          detail: 'run-1',
          at: '2026-12-02T09:00:01.000Z',
        },
        { state: 'running', at: '2026-12-02T09:00:05.000Z' },
        {
          state: 'running',
          detail: 'step claims/daily_summary started',
          at: '2026-12-02T09:00:06.000Z',
        },
        {
          state: 'failed',
          detail: 'PythonError: division by zero',
          at: '2026-12-02T09:03:00.000Z',
        },
      ]);
      await expect(
        store.appendStatus(id, { state: 'succeeded', at: clock.toISOString() }),
      ).rejects.toThrow(ConflictError);
    });

    it('lists an entity newest first, up to the limit, and in-flight ones oldest first', async () => {
      const { store } = await createStore();
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        ids.push((await store.request({ ...ask, idempotencyKey: `k${i}` })).id);
        later(60_000);
      }
      await store.request({
        ...ask,
        idempotencyKey: 'elsewhere',
        entityRef: 'resource:default/road-safety',
      });
      await store.appendStatus(ids[1], {
        state: 'succeeded',
        at: clock.toISOString(),
      });
      const listed = await store.listForEntity(ask.entityRef, { limit: 3 });
      expect(listed.map(r => r.id)).toEqual([ids[3], ids[2], ids[1]]);
      expect((await store.listForEntity(ask.entityRef)).length).toBe(4);
      const inFlight = await store.listInFlight();
      expect(inFlight.map(r => r.idempotencyKey)).toEqual([
        'k0',
        'k2',
        'k3',
        'elsewhere',
      ]);
      await expect(
        store.listForEntity(ask.entityRef, { limit: 0 }),
      ).rejects.toThrow(InputError);
    });

    it.each([
      ['idempotencyKey', { idempotencyKey: 'k'.repeat(129) }],
      ['requestedBy', { requestedBy: `user:default/${'x'.repeat(250)}` }],
      ['entityRef', { entityRef: `resource:default/${'x'.repeat(250)}` }],
      ['target', { target: 't'.repeat(101) }],
      ['assetKeys[0]', { assetKeys: ['a'.repeat(256)] }],
      ['assetKeys', { assetKeys: [] }],
      ['estimatedCostGbp', { estimatedCostGbp: 100_000_000 }],
    ])(
      'refuses a request beyond the limits of %s, storing nothing',
      async (field, change) => {
        const { store, knex } = await createStore();
        const refused = store.request({ ...ask, ...change });
        await expect(refused).rejects.toThrow(InputError);
        await expect(refused).rejects.toThrow(field);
        const [{ n }] = await knex('dagster_materialisations').count('* as n');
        expect(Number(n)).toBe(0);
      },
    );

    it('stores values at the limits whole', async () => {
      const { store } = await createStore();
      const widest = {
        ...ask,
        idempotencyKey: 'k'.repeat(128),
        requestedBy: `user:default/${'x'.repeat(255 - 13)}`,
        entityRef: `resource:default/${'x'.repeat(255 - 17)}`,
        target: 't'.repeat(100),
      };
      const stored = await store.request(widest);
      await store.appendStatus(stored.id, {
        state: 'running',
        detail: 'd'.repeat(2000),
        at: clock.toISOString(),
      });
      expect(await store.get(stored.id)).toMatchObject({
        idempotencyKey: widest.idempotencyKey,
        requestedBy: widest.requestedBy,
        entityRef: widest.entityRef,
        target: widest.target,
        history: [{ state: 'pending' }, { detail: 'd'.repeat(2000) }],
      });
    });

    it('refuses statuses and dispatches beyond their limits', async () => {
      const { store } = await createStore();
      const { id } = await store.request(ask);
      await expect(
        store.appendStatus(id, {
          state: 'running',
          detail: 'd'.repeat(2001),
          at: clock.toISOString(),
        }),
      ).rejects.toThrow(InputError);
      await expect(
        store.appendStatus(id, { state: 'exploded' as any, at: 'now' }),
      ).rejects.toThrow(InputError);
      await expect(
        store.appendStatus(id, { state: 'running', at: 'yesterday' }),
      ).rejects.toThrow(InputError);
      await expect(
        store.recordDispatch(id, { dispatchIds: ['r'.repeat(256)] }),
      ).rejects.toThrow(InputError);
      await expect(store.claimForDispatch(id, 'replica-a', 0)).rejects.toThrow(
        InputError,
      );
      expect((await store.get(id))?.history).toHaveLength(1);
    });

    it('answers not found for an unknown request', async () => {
      const { store } = await createStore();
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(await store.get(unknown)).toBeUndefined();
      await expect(
        store.claimForDispatch(unknown, 'replica-a', 1_000),
      ).rejects.toThrow(NotFoundError);
      await expect(
        store.appendStatus(unknown, {
          state: 'running',
          at: clock.toISOString(),
        }),
      ).rejects.toThrow(NotFoundError);
      await expect(
        store.recordDispatch(unknown, { dispatchIds: ['run-1'] }),
      ).rejects.toThrow(NotFoundError);
    });

    it('undoes its migration', async () => {
      const { knex } = await createStore();
      await knex.migrate.down({
        directory: `${__dirname}/../../migrations`,
      });
      expect(await knex.schema.hasTable('dagster_materialisations')).toBe(
        false,
      );
      expect(await knex.schema.hasTable('dagster_projects')).toBe(true);
    });
  },
);

// Two replicas are two processes with a connection pool each, on one
// database; an in-memory SQLite cannot be shared, so this is PostgreSQL's.
const describeOnPostgres = databases
  .eachSupportedId()
  .some(([id]) => id === 'POSTGRES_15')
  ? describe
  : describe.skip;

describeOnPostgres('DatabaseMaterialisationStore on two replicas', () => {
  it('gives two replicas, each with its own pool, one request and one dispatcher', async () => {
    const knex = await databases.init('POSTGRES_15');
    const otherPool = knexFactory(knex.client.config);
    try {
      // One after the other, as a rolling deployment starts them.
      const first = await DatabaseMaterialisationStore.create({
        database: mockServices.database({ knex }),
      });
      const second = await DatabaseMaterialisationStore.create({
        database: mockServices.database({ knex: otherPool }),
      });
      const asked = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? first : second).request(ask),
        ),
      );
      expect(new Set(asked.map(a => a.id)).size).toBe(1);
      const id = asked[0].id;
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? first : second).claimForDispatch(id, `replica-${i}`, 30_000),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const [{ n }] = await otherPool('dagster_materialisations').count(
        '* as n',
      );
      expect(Number(n)).toBe(1);
    } finally {
      await otherPool.destroy();
    }
  });
});
