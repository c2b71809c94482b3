import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { DatabaseProjectStore } from './DatabaseProjectStore';
import { StoredProject } from './ProjectStore';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const claims: StoredProject = {
  name: 'benefit-claims',
  owner: 'group:default/claims-data-team',
  costCentre: 'CC-1042',
  monthlyBudgetGbp: 1500.5,
  classification: 'OFFICIAL-SENSITIVE',
  personalData: true,
  lawfulBasis: 'public-task',
  retentionPeriod: 'P7Y',
  department: 'Department for Work and Pensions',
  registeredBy: 'user:default/dana.datateam',
  registeredAt: '2026-11-27T10:00:00.000Z',
};

describe.each(databases.eachSupportedId())(
  'DatabaseProjectStore on %s',
  databaseId => {
    async function createStore() {
      const knex = await databases.init(databaseId);
      return DatabaseProjectStore.create({
        database: mockServices.database({ knex }),
      });
    }

    it('registers a project and reads it back exactly', async () => {
      const store = await createStore();
      await store.register(claims);
      expect(await store.get('benefit-claims')).toEqual(claims);
    });

    it('refuses a second project with the same name and keeps the first', async () => {
      const store = await createStore();
      await store.register(claims);
      await expect(
        store.register({ ...claims, owner: 'group:default/other' }),
      ).rejects.toThrow(ConflictError);
      expect((await store.get('benefit-claims'))?.owner).toBe(claims.owner);
    });

    it('lists projects by name and filters by owner', async () => {
      const store = await createStore();
      const roads = {
        ...claims,
        name: 'road-safety',
        owner: 'group:default/transport-analysts',
        personalData: false,
        lawfulBasis: undefined,
        retentionPeriod: undefined,
      };
      await store.register(roads);
      await store.register(claims);
      expect((await store.list()).map(p => p.name)).toEqual([
        'benefit-claims',
        'road-safety',
      ]);
      const [only] = await store.list({
        owner: 'group:default/transport-analysts',
      });
      expect(only.name).toBe('road-safety');
      expect(only).not.toHaveProperty('lawfulBasis');
    });

    it('answers undefined for an unknown project', async () => {
      const store = await createStore();
      expect(await store.get('nothing-here')).toBeUndefined();
    });
  },
);
