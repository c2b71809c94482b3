import { startTestEstate, TestEstate } from '@internal/local-dagster';
import { FaultProxy, startFaultProxy } from './startFaultProxy';

jest.setTimeout(120_000);

const VERSION_QUERY = JSON.stringify({ query: '{ version }' });

function ask(proxy: FaultProxy) {
  return fetch(proxy.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: VERSION_QUERY,
  });
}

describe('the fault proxy in front of real Dagster', () => {
  let estate: TestEstate;
  let proxy: FaultProxy;
  beforeAll(async () => {
    estate = await startTestEstate();
    proxy = await startFaultProxy({ target: estate.url });
  });
  afterAll(async () => {
    await proxy?.stop();
    await estate?.stop();
  });
  afterEach(() =>
    proxy.setFaults({
      down: false,
      garbage: false,
      status429: false,
      errorRate: 0,
      latencyMs: 0,
    }),
  );

  it("passes Dagster's own answers through unchanged", async () => {
    const direct = await fetch(estate.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: VERSION_QUERY,
    }).then(r => r.json());
    const res = await ask(proxy);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(direct);
    expect(direct.data.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('drops the connection when down', async () => {
    proxy.setFaults({ down: true });
    await expect(ask(proxy)).rejects.toThrow(/fetch failed/);
  });

  it('answers 429 with Retry-After, and garbage with an HTML page', async () => {
    proxy.setFaults({ status429: true });
    const limited = await ask(proxy);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');

    proxy.setFaults({ status429: false, garbage: true });
    const garbage = await ask(proxy);
    expect(garbage.status).toBe(200);
    expect(await garbage.text()).toMatch(/^<!DOCTYPE html>/);
  });

  it('fails the same share of requests for the same seed', async () => {
    const statuses = async () => {
      proxy.setFaults({ errorRate: 0.5, errorSeed: 7 });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await ask(proxy)).status);
      return out;
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(first).toContain(200);
    expect(first.some(s => s >= 500)).toBe(true);
  });

  it('delays requests by the latency asked for', async () => {
    proxy.setFaults({ latencyMs: 300 });
    const started = Date.now();
    await ask(proxy);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('takes faults over HTTP and refuses unknown ones with 400', async () => {
    const set = await fetch(`${proxy.url}/__faults`, {
      method: 'POST',
      body: JSON.stringify({ garbage: true }),
    });
    expect((await set.json()).garbage).toBe(true);
    const bad = await fetch(`${proxy.url}/__faults`, {
      method: 'POST',
      body: JSON.stringify({ explode: true }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBe('unknown fault "explode"');
    const before = proxy.requestCount();
    await fetch(`${proxy.url}/__faults`, { method: 'DELETE' });
    expect(proxy.requestCount()).toBe(before);
    expect((await ask(proxy)).status).toBe(200);
  });
});
