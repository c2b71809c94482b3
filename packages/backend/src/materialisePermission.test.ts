import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { authorizeMaterialise } from '@internal/backstage-plugin-dagster-backend';
import { Router } from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  portalSignInConfig,
  portalSignInFeatures,
  signIn,
} from './__testUtils__/portalSignIn';

jest.setTimeout(120_000);

const workDir = fs.mkdtempSync(
  path.join(os.tmpdir(), 'materialise-permission-'),
);
const PIPELINES = path.join(workDir, 'pipelines.yaml');
fs.writeFileSync(
  PIPELINES,
  ['claims-pipeline', 'road-safety-pipeline']
    .map(
      (name, i) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
spec:
  type: service
  lifecycle: experimental
  owner: group:default/${i === 0 ? 'claims-data-team' : 'transport-analysts'}
`,
    )
    .join('---\n'),
);
const CLAIMS = 'component:default/claims-pipeline';
const ROADS = 'component:default/road-safety-pipeline';

/** A plugin of this test only: answers what authorizeMaterialise decides for the caller. */
const probePlugin = createBackendPlugin({
  pluginId: 'materialise-probe',
  register(reg) {
    reg.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
      },
      async init({ httpRouter, httpAuth, permissions }) {
        const router = Router();
        router.get('/', async (req, res, next) => {
          try {
            const credentials = await httpAuth.credentials(req, {
              allow: ['user'],
            });
            res.json(
              await authorizeMaterialise(
                permissions,
                String(req.query.entityRef),
                credentials,
              ),
            );
          } catch (error) {
            next(error);
          }
        });
        httpRouter.use(router);
      },
    });
  },
});

/** Real sign-in and tokens, the permission backend with the portal's policy, the catalog with the example organisation. */
async function startPortalBackend() {
  return startTestBackend({
    features: [
      ...portalSignInFeatures,
      probePlugin,
      mockServices.rootConfig.factory({
        data: portalSignInConfig({
          demoUsers: ['dana.datateam', 'morgan.manager', 'pat.platform'],
          locations: [{ type: 'file', target: PIPELINES }],
        }),
      }),
    ],
  });
}

describe('who may materialise an entity (portal policy, catalog conditions, real backend)', () => {
  let backend: Awaited<ReturnType<typeof startPortalBackend>>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    backend = await startPortalBackend();
    for (const person of ['dana.datateam', 'morgan.manager', 'pat.platform']) {
      tokens[person] = await signIn(backend.server, 'demo', {
        'x-demo-user': person,
      });
    }
    tokens.guest = await signIn(backend.server, 'guest');
    // Sign-in waited for the users; wait for the pipelines too.
    for (;;) {
      const res = await request(backend.server)
        .get(
          '/api/catalog/entities/by-name/component/default/road-safety-pipeline',
        )
        .set('authorization', tokens['pat.platform']);
      if (res.status === 200) break;
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  });
  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  const ask = (person: string, entityRef: string) =>
    request(backend.server)
      .get('/api/materialise-probe')
      .query({ entityRef })
      .set('authorization', tokens[person]);

  it('allows an owner (through their team) and denies them what they do not own', async () => {
    const owned = await ask('dana.datateam', CLAIMS);
    expect(owned.status).toBe(200);
    expect(owned.body).toEqual({
      result: 'ALLOW',
      entityRef: CLAIMS,
      reason: `You may materialise ${CLAIMS}.`,
    });
    const notOwned = await ask('dana.datateam', ROADS);
    expect(notOwned.body).toMatchObject({ result: 'DENY', entityRef: ROADS });
    expect(notOwned.body.reason).toContain('may not materialise');
  });

  it('denies people who own neither, the guest included', async () => {
    for (const person of ['morgan.manager', 'guest']) {
      for (const ref of [CLAIMS, ROADS]) {
        expect((await ask(person, ref)).body.result).toBe('DENY');
      }
    }
  });

  it('allows a platform admin on any entity', async () => {
    for (const ref of [CLAIMS, ROADS]) {
      expect((await ask('pat.platform', ref)).body.result).toBe('ALLOW');
    }
  });

  it('denies an owner an entity the catalog does not have', async () => {
    expect(
      (await ask('dana.datateam', 'component:default/no-such-pipeline')).body
        .result,
    ).toBe('DENY');
  });

  it('answers 400 for something that is not an entity ref', async () => {
    const res = await ask('dana.datateam', 'component:');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'InputError' });
  });
});
