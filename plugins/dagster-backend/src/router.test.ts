import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import request from 'supertest';
import { createRouter } from './router';
import { ProjectStore, StoredProject } from './projects/ProjectStore';

/** An in-memory registry; the database-backed one has its own tests. */
function memoryStore(): ProjectStore {
  const rows = new Map<string, StoredProject>();
  return {
    async register(p) {
      if (rows.has(p.name))
        throw Object.assign(new Error('taken'), { name: 'ConflictError' });
      rows.set(p.name, p);
    },
    async get(name) {
      return rows.get(name);
    },
    async list() {
      return [...rows.values()];
    },
  };
}

const request1 = {
  name: 'road-safety',
  owner: 'group:default/transport-analysts',
  costCentre: 'DFT-77',
  monthlyBudgetGbp: 900,
  classification: 'OFFICIAL',
  personalData: false,
};

async function appWith(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  auditor = mockServices.auditor.mock(),
  who: {
    /** Permissions denied whatever `result` says. */
    denied?: string[];
    /** The caller's user and groups. */
    ownershipEntityRefs?: string[];
  } = {},
) {
  const event = { success: jest.fn(), fail: jest.fn() };
  auditor.createEvent.mockResolvedValue(event);
  const projects = memoryStore();
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    permissions: mockServices.permissions.mock({
      authorize: async reqs =>
        reqs.map(r => ({
          result: who.denied?.includes(r.permission.name)
            ? AuthorizeResult.DENY
            : result,
        })),
    }),
    userInfo: mockServices.userInfo({
      ownershipEntityRefs: who.ownershipEntityRefs ?? [
        'user:default/mock',
        'group:default/transport-analysts',
      ],
    }),
    auditor,
    projects,
    instances: [
      {
        id: 'analytics',
        graphqlUrl: 'http://u:p@dagster/graphql',
        webUrl: 'http://dagster',
        token: 'secret-token',
      },
    ],
    instanceHealth: async () => [
      {
        id: 'analytics',
        reachable: false,
        problem: 'Dagster is not answering (no answer within 3 s)',
      },
    ],
    demo: true,
  });
  const app = express().use(router).use(mockErrorHandler());
  return { app, event, projects };
}

describe('createRouter', () => {
  it('reports which instances are configured without leaking tokens or GraphQL URLs', async () => {
    const { app } = await appWith();
    const res = await request(app).get('/status').expect(200);
    expect(res.body).toEqual({
      configured: true,
      demo: true,
      instances: [
        {
          id: 'analytics',
          webUrl: 'http://dagster',
          problem: 'Dagster is not answering (no answer within 3 s)',
        },
      ],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/secret-token|u:p@/);
  });

  it('refuses anonymous callers on everything but health', async () => {
    const { app } = await appWith();
    await request(app)
      .get('/health')
      .set('authorization', mockCredentials.none.header())
      .expect(200);
    await request(app)
      .get('/status')
      .set('authorization', mockCredentials.none.header())
      .expect(401);
    await request(app)
      .get('/projects')
      .set('authorization', mockCredentials.none.header())
      .expect(401);
  });

  it('registers a project, records who did it and audits success', async () => {
    const { app, event } = await appWith();
    const res = await request(app).post('/projects').send(request1).expect(201);
    expect(res.body).toMatchObject({
      ...request1,
      registeredBy: mockCredentials.user().principal.userEntityRef,
    });
    expect(event.success).toHaveBeenCalled();
    const listed = await request(app).get('/projects').expect(200);
    expect(listed.body.items.map((p: StoredProject) => p.name)).toEqual([
      'road-safety',
    ]);
  });

  it('answers 400 naming each bad field and stores nothing', async () => {
    const { app, event, projects } = await appWith();
    const res = await request(app)
      .post('/projects')
      .send({ ...request1, name: '../etc', classification: 'SECRET' })
      .expect(400);
    expect(res.body.error.message).toMatch(
      /name: .*classification: .*accredited/,
    );
    expect(event.fail).toHaveBeenCalled();
    expect(await projects.list()).toEqual([]);
  });

  it.each([
    ['name', { name: 5 }],
    ['owner', { owner: ['group:default/a'] }],
    ['costCentre', { costCentre: 77 }],
    ['monthlyBudgetGbp', { monthlyBudgetGbp: '900' }],
    ['classification', { classification: ['OFFICIAL'] }],
    ['personalData', { personalData: 'no' }],
    ['department', { department: 7 }],
    [
      'lawfulBasis',
      { personalData: true, lawfulBasis: 3, retentionPeriod: 'P1Y' },
    ],
    [
      'retentionPeriod',
      { personalData: true, lawfulBasis: 'consent', retentionPeriod: ['P1Y'] },
    ],
  ])(
    'answers 400 naming %s when its type is wrong, in both modes',
    async (field, change) => {
      const { app, projects } = await appWith();
      for (const query of ['', '?dryRun=true']) {
        const res = await request(app)
          .post(`/projects${query}`)
          .send({ ...request1, ...change })
          .expect(400);
        expect(res.body.error.message).toMatch(new RegExp(`\\b${field}\\b`));
      }
      expect(await projects.list()).toEqual([]);
    },
  );

  it.each(['1', 'yes', 'TRUE', ''])(
    'refuses dryRun=%j with 400 rather than storing for real',
    async flag => {
      const { app, projects } = await appWith();
      const res = await request(app)
        .post(`/projects?dryRun=${flag}`)
        .send(request1)
        .expect(400);
      expect(res.body.error.message).toMatch(/dryRun/);
      expect(await projects.list()).toEqual([]);
    },
  );

  it('stores for real with dryRun=false', async () => {
    const { app, projects } = await appWith();
    await request(app)
      .post('/projects?dryRun=false')
      .send(request1)
      .expect(201);
    expect(await projects.list()).toHaveLength(1);
  });

  it('refuses a name with a newline and audits it escaped, so no log line is forged', async () => {
    const auditor = mockServices.auditor.mock();
    const { app } = await appWith(AuthorizeResult.ALLOW, auditor);
    const res = await request(app)
      .post('/projects')
      .send({ ...request1, name: 'road\nFORGED audit line\u0000' })
      .expect(400);
    expect(res.body.error.message).toMatch(/^name: /);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        meta: { name: 'road\\u000aFORGED audit line\\u0000', dryRun: false },
      }),
    );
  });

  it('answers 403 when the policy denies registration', async () => {
    const { app, projects } = await appWith(AuthorizeResult.DENY);
    await request(app).post('/projects').send(request1).expect(403);
    expect(await projects.list()).toEqual([]);
  });

  it('checks a registration without storing it when asked for a dry run', async () => {
    const { app, projects } = await appWith();
    const res = await request(app)
      .post('/projects?dryRun=true')
      .send(request1)
      .expect(200);
    expect(res.body).toMatchObject(request1);
    expect(await projects.list()).toEqual([]);

    await request(app).post('/projects').send(request1).expect(201);
    const taken = await request(app)
      .post('/projects?dryRun=true')
      .send(request1)
      .expect(409);
    expect(taken.body.error.message).toMatch(/already registered/);
  });

  it('refuses a dry run the policy or the rules would refuse', async () => {
    const denied = await appWith(AuthorizeResult.DENY);
    await request(denied.app)
      .post('/projects?dryRun=true')
      .send(request1)
      .expect(403);
    const { app } = await appWith();
    await request(app)
      .post('/projects?dryRun=true')
      .send({ ...request1, classification: 'SECRET' })
      .expect(400);
  });

  it('answers 404 for an unknown project', async () => {
    const { app } = await appWith();
    const res = await request(app).get('/projects/nope').expect(404);
    expect(res.body.error.message).toMatch(/nope/);
  });

  it('lets only members of the owning team register, or platform admins, and audits the refusal', async () => {
    const dana = {
      denied: ['dagster.project.admin'],
      ownershipEntityRefs: ['user:default/dana', 'group:default/claims-data-team'],
    };
    const auditor = mockServices.auditor.mock();
    const { app, event, projects } = await appWith(
      AuthorizeResult.ALLOW,
      auditor,
      dana,
    );
    for (const dryRun of ['true', 'false']) {
      const res = await request(app)
        .post(`/projects?dryRun=${dryRun}`)
        .send(request1)
        .expect(403);
      expect(res.body.error.message).toBe(
        'You may only register projects for a team you are a member of; you are not in group:default/transport-analysts',
      );
    }
    expect(await projects.list()).toEqual([]);
    expect(event.fail).toHaveBeenCalledTimes(2);
    expect(event.success).not.toHaveBeenCalled();

    // Her own team, written without kind or namespace, is hers to register.
    await request(app)
      .post('/projects')
      .send({ ...request1, owner: 'claims-data-team' })
      .expect(201);

    const admin = await appWith(AuthorizeResult.ALLOW, undefined, {
      ownershipEntityRefs: ['user:default/pat', 'group:default/data-platform-team'],
    });
    await request(admin.app).post('/projects').send(request1).expect(201);
  });

  it('leaves the money fields out for a caller who may not see cost, and nothing else', async () => {
    const { app } = await appWith();
    await request(app).post('/projects').send(request1).expect(201);
    const guest = await appWith(AuthorizeResult.ALLOW, undefined, {
      denied: ['dagster.cost.read'],
    });
    await request(guest.app).post('/projects').send(request1).expect(201);

    const list = await request(guest.app).get('/projects').expect(200);
    const one = await request(guest.app).get('/projects/road-safety').expect(200);
    for (const project of [list.body.items[0], one.body]) {
      expect(project).not.toHaveProperty('costCentre');
      expect(project).not.toHaveProperty('monthlyBudgetGbp');
      expect(project).toMatchObject({
        name: 'road-safety',
        owner: 'group:default/transport-analysts',
        classification: 'OFFICIAL',
      });
    }
    const full = await request(app).get('/projects/road-safety').expect(200);
    expect(full.body).toMatchObject({
      costCentre: 'DFT-77',
      monthlyBudgetGbp: 900,
    });
  });
});
