import { DagsterNetworkError } from './errors';
import * as fixtures from './__fixtures__/responses';
import { useScriptedClients } from './__testUtils__/scriptedClient';
import { data, inTurn } from './__testUtils__/scriptedServer';

/*
 * Headers, retries of 5xx and 429 (with Retry-After), timeouts and dropped
 * connections are proven against real Dagster through the fault proxy
 * (dagster.integration.test.ts). A refused connection, where nothing
 * listens any more, is the one failure the proxy does not make.
 */
describe('Dagster client transport: requests and retries', () => {
  const clientFor = useScriptedClients();

  it('reports an unreachable server as a network error after retrying', async () => {
    const { client, server: s } = await clientFor(
      inTurn(data(fixtures.serverVersion())),
    );
    await s.close();
    const error = await client.getServerInfo().catch(e => e);
    expect(error).toBeInstanceOf(DagsterNetworkError);
    expect(error.reason).toBe('network');
    expect(error.message).toMatch(/could not be reached for BsServerVersion/);
    expect(client.requestCount).toBe(3);
  });
});
