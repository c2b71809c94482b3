import { DagsterDeadlineError } from './errors';
import * as fixtures from './__fixtures__/responses';
import { useScriptedClients } from './__testUtils__/scriptedClient';
import { data } from './__testUtils__/scriptedServer';

/*
 * A caller's signal bounds a whole read: the attempt in flight, the retries
 * and the waits between them. The signal is aborted by the script or the
 * logger at a known point, so nothing here depends on timing; without the
 * signal each of these would wait a minute and fail on Jest's timeout.
 */
describe('Dagster client transport: the caller deadline', () => {
  const clientFor = useScriptedClients();
  const slow = { timeoutMs: 60_000, baseDelayMs: 60_000, maxDelayMs: 60_000 };

  it('gives up the attempt in flight when the signal aborts, without retrying', async () => {
    const deadline = new AbortController();
    const { client } = await clientFor(() => {
      deadline.abort();
      return { ...data(fixtures.serverVersion()), delayMs: 60_000 };
    }, slow);
    const error = await client
      .probeServerInfo({ signal: deadline.signal })
      .catch(e => e);
    expect(error).toBeInstanceOf(DagsterDeadlineError);
    expect(error.message).toMatch(
      /^Dagster instance "analytics" \(http:\/\/127\.0\.0\.1:\d+\/graphql\) did not answer BsServerVersion before the caller's deadline$/,
    );
    expect(client.requestCount).toBe(1);
  });

  it('stops waiting to retry when the signal aborts during the backoff', async () => {
    const deadline = new AbortController();
    const { client } = await clientFor(() => ({ status: 503, body: 'busy' }), {
      ...slow,
      logger: {
        debug: () => {},
        info: () => {},
        error: () => {},
        // Logged just before the wait for the next attempt.
        warn: () => deadline.abort(),
      },
    });
    const error = await client
      .listCodeLocations({ signal: deadline.signal })
      .catch(e => e);
    expect(error).toBeInstanceOf(DagsterDeadlineError);
    expect(client.requestCount).toBe(1);
  });

  it('sends nothing once the signal has aborted', async () => {
    const { client, server } = await clientFor(() =>
      data(fixtures.serverVersion()),
    );
    const error = await client
      .getAssetGraph({ signal: AbortSignal.abort() })
      .catch(e => e);
    expect(error).toBeInstanceOf(DagsterDeadlineError);
    expect(server.requests).toHaveLength(0);
  });
});
