import { DagsterGraphQLClient } from './DagsterGraphQLClient';
import { DagsterHttpError, DagsterNetworkError } from './errors';
import * as fixtures from './__fixtures__/responses';
import { TOKEN, useScriptedClients } from './__testUtils__/scriptedClient';
import {
  data,
  inTurn,
  startScriptedServer,
} from './__testUtils__/scriptedServer';

const version = data(fixtures.serverVersion());

describe('Dagster client transport: requests and retries', () => {
  const clientFor = useScriptedClients();

  it('posts query, variables and operation name as JSON with the token header', async () => {
    const { client, server: s } = await clientFor(inTurn(version), {
      headers: { 'x-proxy-auth': 'yes' },
    });
    await client.getServerInfo();
    const [request] = s.requests;
    expect(request.body).toEqual({
      query: expect.stringContaining('query BsServerVersion'),
      variables: {},
      operationName: 'BsServerVersion',
    });
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['dagster-cloud-api-token']).toBe(TOKEN);
    expect(request.headers['x-proxy-auth']).toBe('yes');
  });

  it('sends no token header when the instance has no token', async () => {
    const server = await startScriptedServer(inTurn(version));
    try {
      const client = DagsterGraphQLClient.create({
        instance: { id: 'oss', graphqlUrl: server.url, webUrl: 'http://ui' },
      });
      await client.getServerInfo();
      expect(server.requests[0].headers).not.toHaveProperty(
        'dagster-cloud-api-token',
      );
    } finally {
      await server.close();
    }
  });

  it('retries 503 answers and then succeeds, counting every request', async () => {
    const {
      client,
      server: s,
      lines,
    } = await clientFor(inTurn({ status: 503 }, { status: 503 }, version));
    await expect(client.getServerInfo()).resolves.toMatchObject({
      version: '1.12.13',
    });
    expect(s.requests).toHaveLength(3);
    expect(client.requestCount).toBe(3);
    expect(lines.filter(l => l.startsWith('warn'))).toHaveLength(2);
    expect(lines[0]).toMatch(/BsServerVersion attempt 1\/3 failed: .*HTTP 503/);
  });

  it('gives up after the configured attempts with the last HTTP status', async () => {
    const { client, server: s } = await clientFor(inTurn({ status: 502 }), {
      maxAttempts: 2,
    });
    const error = await client.getServerInfo().catch(e => e);
    expect(error).toBeInstanceOf(DagsterHttpError);
    expect(error.status).toBe(502);
    expect(s.requests).toHaveLength(2);
  });

  it('waits as long as Retry-After asks on 429', async () => {
    const { client, server: s } = await clientFor(
      inTurn({ status: 429, headers: { 'retry-after': '1' } }, version),
    );
    const started = Date.now();
    await client.getServerInfo();
    // The backoff alone would wait at most 1 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(s.requests).toHaveLength(2);
  });

  it('retries after a request times out', async () => {
    const {
      client,
      server: s,
      lines,
    } = await clientFor(inTurn({ ...version, delayMs: 1_000 }, version), {
      timeoutMs: 150,
    });
    await expect(client.getServerInfo()).resolves.toMatchObject({
      version: '1.12.13',
    });
    expect(s.requests).toHaveLength(2);
    expect(lines[0]).toMatch(/did not answer BsServerVersion within 150 ms/);
  });

  it('reports an unreachable server as a network error after retrying', async () => {
    const { client, server: s } = await clientFor(inTurn(version));
    await s.close();
    const error = await client.getServerInfo().catch(e => e);
    expect(error).toBeInstanceOf(DagsterNetworkError);
    expect(error.reason).toBe('network');
    expect(client.requestCount).toBe(3);
  });
});
