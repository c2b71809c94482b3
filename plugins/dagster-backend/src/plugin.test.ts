import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { dagsterPlugin } from './plugin';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'dagster backend plugin on %s',
  databaseId => {
    it('boots, migrates its database and serves the project registry', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [dagsterPlugin, mockServices.database.factory({ knex })],
      });

      await request(server)
        .get('/api/dagster/health')
        .expect(200, { status: 'ok' });
      await request(server)
        .get('/api/dagster/status')
        .expect(200, { configured: false, demo: false, instances: [] });
      await request(server)
        .post('/api/dagster/projects')
        .send({
          name: 'school-census',
          owner: 'group:default/education-data',
          costCentre: 'DFE-12',
          monthlyBudgetGbp: 250,
          classification: 'OFFICIAL',
          personalData: false,
        })
        .expect(201);
      const res = await request(server)
        .get('/api/dagster/projects/school-census')
        .expect(200);
      expect(res.body.owner).toBe('group:default/education-data');
      const [{ n }] = await knex('dagster_projects').count({ n: '*' });
      expect(Number(n)).toBe(1);
    });

    it('refuses wrong types and over-long values with 400 naming the field, in both modes, and stores nothing', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [dagsterPlugin, mockServices.database.factory({ knex })],
      });
      const valid = {
        name: 'road-safety',
        owner: 'group:default/transport-analysts',
        costCentre: 'DFT-77',
        monthlyBudgetGbp: 900,
        classification: 'OFFICIAL',
        personalData: true,
        lawfulBasis: 'public-task',
        retentionPeriod: 'P6Y',
      };
      const bad: [string, object][] = [
        ['classification', { classification: ['OFFICIAL'] }],
        ['owner', { owner: `group:default/${'a'.repeat(1_000)}` }],
        ['retentionPeriod', { retentionPeriod: `P${'9'.repeat(10_240)}Y` }],
      ];
      for (const [field, change] of bad) {
        for (const query of ['', '?dryRun=true']) {
          const res = await request(server)
            .post(`/api/dagster/projects${query}`)
            .send({ ...valid, ...change })
            .expect(400);
          expect(res.body.error.message).toMatch(new RegExp(`\\b${field}\\b`));
          expect(JSON.stringify(res.body)).not.toMatch(/insert into|select /i);
        }
      }
      const [{ n }] = await knex('dagster_projects').count({ n: '*' });
      expect(Number(n)).toBe(0);
    });

    it('opens health to anonymous callers only', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [dagsterPlugin, mockServices.database.factory({ knex })],
      });
      await request(server)
        .get('/api/dagster/health')
        .set('authorization', 'Bearer mock-none-token')
        .expect(200);
      await request(server)
        .get('/api/dagster/projects')
        .set('authorization', 'Bearer mock-none-token')
        .expect(401);
    });
  },
);
