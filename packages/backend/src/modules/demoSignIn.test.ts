import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { demoSignInModule, DEMO_USER_HEADER } from './demoSignIn';

jest.setTimeout(60_000);

const steward = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'sam.steward' },
  spec: { memberOf: ['data-stewards'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/data-stewards' }],
};

async function startAuth(config: object = { dagster: { demo: true } }) {
  return startTestBackend({
    features: [
      authPlugin,
      demoSignInModule,
      catalogServiceMock.factory({ entities: [steward] }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: { providers: { demo: { users: ['sam.steward'] } } },
          ...config,
        },
      }),
    ],
  });
}

describe('demo sign-in', () => {
  it('signs a demo identity in as its catalog user with its groups', async () => {
    const { server } = await startAuth();
    const res = await request(server)
      .get('/api/auth/demo/refresh')
      .set(DEMO_USER_HEADER, 'sam.steward')
      .expect(200);
    expect(res.body.backstageIdentity.identity).toMatchObject({
      userEntityRef: 'user:default/sam.steward',
      ownershipEntityRefs: expect.arrayContaining([
        'group:default/data-stewards',
      ]),
    });
  });

  it('refuses a name that is not a configured demo identity', async () => {
    const { server } = await startAuth();
    const res = await request(server)
      .get('/api/auth/demo/refresh')
      .set(DEMO_USER_HEADER, 'admin');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/not one of the demo identities/);
  });

  it.each([
    ['without dagster.demo', { dagster: { demo: false } }],
    [
      'in the production auth environment',
      { dagster: { demo: true }, auth: { environment: 'production', providers: { demo: { users: ['sam.steward'] } } } },
    ],
  ])('signs nobody in %s, though auth.providers.demo is configured', async (_, config) => {
    const { server } = await startAuth(config);
    const res = await request(server)
      .get('/api/auth/demo/refresh')
      .set(DEMO_USER_HEADER, 'sam.steward');
    expect(res.status).toBe(404);
  });
});
