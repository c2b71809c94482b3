import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { dagsterPlugin } from '../plugin';

jest.setTimeout(60_000);

describe('the contract, as the plugin serves it', () => {
  it('is served as written, OpenAPI 3.1, with the mount path as its server', async () => {
    const { server } = await startTestBackend({ features: [dagsterPlugin] });
    const res = await request(server)
      .get('/api/dagster/openapi.json')
      .expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.servers).toEqual([{ url: '/api/dagster' }]);
    expect(
      res.body.components.schemas.LineageNodeStatus.properties.checks.oneOf[1],
    ).toEqual({ type: 'string', const: 'none' });
  });

  it('answers 405 naming the allowed methods for a method it does not document', async () => {
    const { server } = await startTestBackend({ features: [dagsterPlugin] });
    const res = await request(server).delete('/api/dagster/status').expect(405);
    expect(res.headers.allow).toBe('GET');
    expect(res.body.error.message).toBe('DELETE is not allowed here; use GET');
    await request(server)
      .put('/api/dagster/projects')
      .expect(405)
      .expect('allow', 'GET, POST');
  });

  it('refuses a request that breaks the contract with 400 naming the part', async () => {
    const { server } = await startTestBackend({ features: [dagsterPlugin] });
    const res = await request(server)
      .get('/api/dagster/projects?colour=blue')
      .expect(400);
    expect(res.body.error.message).toMatch(/colour/);
  });

  it('takes entity refs as people type them, : and / unencoded', async () => {
    const { server } = await startTestBackend({ features: [dagsterPlugin] });
    const res = await request(server)
      .get('/api/dagster/projects?owner=group:default/data-team')
      .expect(200);
    expect(res.body).toEqual({ items: [] });
  });
});
