import { ResponseError } from '@backstage/errors';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DagsterClient } from './DagsterClient';

const BASE_URL = 'http://backend.test:7007/api/dagster';

describe('DagsterClient', () => {
  const server = setupServer();
  // Fails any request to a URL without a handler, so a wrong base URL fails the test.
  registerMswTestHooks(server);

  const discoveryApi = mockApis.discovery.mock({
    getBaseUrl: async (pluginId: string) =>
      `http://backend.test:7007/api/${pluginId}`,
  });
  const client = new DagsterClient({
    discoveryApi,
    fetchApi: new MockFetchApi({ injectIdentityAuth: { token: 'user-token' } }),
  });

  it('reads the status from the base URL discovery gives for dagster, with the user token', async () => {
    server.use(
      http.get(`${BASE_URL}/status`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer user-token'
          ? HttpResponse.json({
              configured: true,
              demo: false,
              instances: [{ id: 'analytics', webUrl: 'https://dagster.test' }],
            })
          : HttpResponse.json({}, { status: 401 }),
      ),
    );

    await expect(client.getStatus()).resolves.toEqual({
      configured: true,
      demo: false,
      instances: [{ id: 'analytics', webUrl: 'https://dagster.test' }],
    });
    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('dagster');
  });

  it('unwraps the items of the project list', async () => {
    const project = {
      name: 'benefit-claims',
      owner: 'group:default/claims-data-team',
      costCentre: 'CC-1042',
      monthlyBudgetGbp: 1500,
      classification: 'OFFICIAL',
      personalData: false,
      registeredBy: 'user:default/amina',
      registeredAt: '2025-03-12T12:00:00.000Z',
    };
    server.use(
      http.get(`${BASE_URL}/projects`, () =>
        HttpResponse.json({ items: [project] }),
      ),
    );

    await expect(client.listProjects()).resolves.toEqual([project]);
  });

  it('reads one project, answering undefined for a name nobody registered', async () => {
    server.use(
      http.get(`${BASE_URL}/projects/:name`, ({ params }) =>
        params.name === 'benefit-claims'
          ? HttpResponse.json({ name: 'benefit-claims' })
          : HttpResponse.json(
              { error: { name: 'NotFoundError', message: 'none' } },
              { status: 404 },
            ),
      ),
    );
    await expect(client.getProject('benefit-claims')).resolves.toEqual({
      name: 'benefit-claims',
    });
    await expect(client.getProject('road-safety')).resolves.toBeUndefined();
  });

  it('turns a 403 into a ResponseError carrying the server message', async () => {
    server.use(
      http.get(`${BASE_URL}/projects`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message: 'You are not allowed to read projects',
            },
            request: { method: 'GET', url: '/api/dagster/projects' },
            response: { statusCode: 403 },
          },
          { status: 403, statusText: 'Forbidden' },
        ),
      ),
    );

    const error = await client.listProjects().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.cause.name).toBe('NotAllowedError');
    expect(error.cause.message).toBe('You are not allowed to read projects');
  });
  it('asks for the lineage of an entity with its depth and direction in the query', async () => {
    const graph = {
      instanceId: 'analytics',
      roots: ['sales/orders_daily'],
      depth: 3,
      direction: 'upstream',
      truncated: false,
      nodes: [
        {
          key: 'sales/orders_daily',
          entityName: 'sales.orders_daily',
          location: 'sales',
          group: 'default',
          status: { running: false, checks: 'passing' },
        },
      ],
      edges: [],
    };
    let seen: URLSearchParams | undefined;
    server.use(
      http.get(`${BASE_URL}/lineage`, ({ request }) => {
        seen = new URL(request.url).searchParams;
        return HttpResponse.json(graph);
      }),
    );

    await expect(
      client.getLineage('resource:default/sales.orders_daily', {
        depth: 3,
        direction: 'upstream',
      }),
    ).resolves.toEqual(graph);
    expect(seen?.get('entityRef')).toBe('resource:default/sales.orders_daily');
    expect(seen?.get('depth')).toBe('3');
    expect(seen?.get('direction')).toBe('upstream');
  });

  it('asks for the checks of an entity by its ref', async () => {
    const report = {
      kind: 'project',
      instanceId: 'analytics',
      location: 'sales',
      assets: { passing: 1, failing: 0, warning: 0, unknown: 0 },
      checks: { passing: 2, failing: 0, warning: 0, unknown: 0 },
      items: [{ assetKey: 'sales/orders_daily', status: 'passing', checks: 2 }],
    };
    server.use(
      http.get(`${BASE_URL}/checks`, ({ request }) =>
        new URL(request.url).searchParams.get('entityRef') ===
        'component:default/sales'
          ? HttpResponse.json(report)
          : HttpResponse.json({}, { status: 400 }),
      ),
    );

    await expect(client.getChecks('component:default/sales')).resolves.toEqual(
      report,
    );
  });

  it('turns a 502 from the lineage route into a ResponseError with the message', async () => {
    server.use(
      http.get(`${BASE_URL}/lineage`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'Dagster answered 500' },
            request: { method: 'GET', url: '/api/dagster/lineage' },
            response: { statusCode: 502 },
          },
          { status: 502, statusText: 'Bad Gateway' },
        ),
      ),
    );

    const error = await client
      .getLineage('resource:default/x', { depth: 1, direction: 'both' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(502);
    expect(error.cause.message).toBe('Dagster answered 500');
  });
});
