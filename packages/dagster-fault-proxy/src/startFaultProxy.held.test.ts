import http from 'node:http';
import { AddressInfo } from 'node:net';
import { startFaultProxy } from './startFaultProxy';

/*
 * What the proxy does with a request it holds back for latency when the
 * client gives up: it must not pass it on later (a test that set a minute
 * of latency would otherwise leave requests arriving at Dagster after it
 * ended). The target is a plain counting server: only arrivals matter here.
 */
describe('the fault proxy holding requests back', () => {
  it('never passes on a held request whose client gave up, nor one held at stop', async () => {
    let arrived = 0;
    const target = http.createServer((_req, res) => {
      arrived++;
      res.end('{}');
    });
    await new Promise<void>(r => target.listen(0, '127.0.0.1', r));
    const { port } = target.address() as AddressInfo;
    const proxy = await startFaultProxy({
      target: `http://127.0.0.1:${port}`,
      faults: { latencyMs: 300 },
    });
    const waitForCount = async (n: number) => {
      while (proxy.requestCount() < n) await new Promise(r => setTimeout(r, 5));
    };
    try {
      const gaveUp = new AbortController();
      const abandoned = fetch(proxy.graphqlUrl, {
        method: 'POST',
        signal: gaveUp.signal,
      }).catch(e => e);
      await waitForCount(1);
      gaveUp.abort();
      expect(await abandoned).toMatchObject({ name: 'AbortError' });

      // Held when the proxy stops.
      fetch(proxy.graphqlUrl, { method: 'POST' }).catch(() => undefined);
      await waitForCount(2);
      await proxy.stop();

      // Well past the latency: neither was passed on.
      await new Promise(r => setTimeout(r, 1_000));
      expect(arrived).toBe(0);
    } finally {
      await proxy.stop();
      await new Promise(r => target.close(r));
    }
  });
});
