/**
 * Catalog ingestion benchmark: reads a generated 10,000-asset Dagster estate
 * (100 code locations) from the simulator through the real client and turns it
 * into entities with the real provider mapping. Prints ratios against
 * baselines measured in the same run, never absolute targets:
 *   - provider time / time to JSON.parse the same responses (target <= 3);
 *   - peak heap growth / size of the responses (target <= 4);
 *   - the number of GraphQL requests.
 * "Provider time" replays the recorded responses, so the simulator's own
 * execution time and the loopback network do not count against the client.
 *
 * Run: yarn bench:catalog   (ASSETS=2000 LOCATIONS=20 for a quick run)
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { DagsterGraphQLClient } from '@internal/backstage-plugin-dagster-node';
import { conventionalDirectory } from '../plugins/catalog-backend-module-dagster/src/entities/owners';
import { workspaceToEntities } from '../plugins/catalog-backend-module-dagster/src/provider/workspaceToEntities';

const ASSETS = Number(process.env.ASSETS ?? 10_000);
const LOCATIONS = Number(process.env.LOCATIONS ?? 100);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const root = path.resolve(__dirname, '..');

const freePort = () =>
  new Promise<number>(resolve => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function startSimulator(port: number) {
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      path.join(root, 'packages/dagster-simulator/src/cli.ts'),
      '--port',
      String(port),
      '--generate',
      String(ASSETS),
      '--locations',
      String(LOCATIONS),
      '--seed',
      '1',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{version}"}',
      });
      return { url, stop: () => child.kill() };
    } catch {
      await new Promise(r => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error('the simulator did not start');
}

const instance = (url: string) => ({
  id: 'bench',
  graphqlUrl: url,
  webUrl: url.replace(/\/graphql$/, ''),
});
const ctx = {
  instanceId: 'bench',
  webUrl: 'http://bench',
  namespace: 'default',
  fallbackOwner: 'group:default/data-platform-team',
  directory: conventionalDirectory(),
  locationRef: 'url:http://bench',
};

/** Answers each request with the next recorded body, as fast as memory allows. */
function replayFetch(bodies: string[]): typeof fetch {
  let i = 0;
  return (async () =>
    new Response(bodies[i++ % bodies.length], {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })) as typeof fetch;
}

async function ingest(fetchImpl: typeof fetch, url: string) {
  const client = DagsterGraphQLClient.create({
    instance: instance(url),
    fetch: fetchImpl,
    timeoutMs: 120_000,
  });
  const workspace = await client.readWorkspace();
  const result = workspaceToEntities(workspace, new Map(), ctx);
  return { client, result };
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gc = () => (global as { gc?: () => void }).gc?.();

async function main() {
  if (!(global as { gc?: unknown }).gc)
    throw new Error('run with --expose-gc (yarn bench:catalog does)');
  const sim = await startSimulator(await freePort());
  try {
    // 1. A live read, recording every response body.
    const bodies: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const text = await res.text();
      bodies.push(text);
      return new Response(text, { status: res.status, headers: res.headers });
    };
    const liveStart = performance.now();
    const live = await ingest(recording, sim.url);
    const liveMs = performance.now() - liveStart;
    const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);

    // 2. Baseline and provider, alternating, so drift hits both alike.
    const parseTimes: number[] = [];
    const providerTimes: number[] = [];
    let peakRatio = 0;
    for (let round = 0; round < ROUNDS; round++) {
      gc();
      let t = performance.now();
      for (const body of bodies) JSON.parse(body);
      parseTimes.push(performance.now() - t);

      gc();
      const base = process.memoryUsage().heapUsed;
      let peak = base;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }, 1);
      t = performance.now();
      const { result } = await ingest(replayFetch(bodies), sim.url);
      providerTimes.push(performance.now() - t);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      clearInterval(sampler);
      peakRatio = Math.max(peakRatio, (peak - base) / bytes);
      if (result.entities.length !== live.result.entities.length)
        throw new Error('replay produced different entities');
    }

    const parseMs = median(parseTimes);
    const providerMs = median(providerTimes);
    const lines = [
      `assets generated: ${ASSETS} in ${LOCATIONS} code locations; entities emitted: ${live.result.entities.length}`,
      `GraphQL requests: ${live.client.requestCount} (responses ${(
        bytes / 1e6
      ).toFixed(1)} MB; largest ${(
        Math.max(...bodies.map(b => b.length)) / 1e6
      ).toFixed(2)} MB)`,
      `live read incl. simulator and network: ${liveMs.toFixed(
        0,
      )} ms (information only)`,
      `baseline JSON.parse of the same responses: ${parseMs.toFixed(
        1,
      )} ms (median of ${ROUNDS})`,
      `provider (client + mapping) on replayed responses: ${providerMs.toFixed(
        1,
      )} ms (median of ${ROUNDS})`,
      `ratio provider / JSON.parse: ${(providerMs / parseMs).toFixed(
        2,
      )} (target <= 3)`,
      `ratio peak heap growth / response bytes: ${peakRatio.toFixed(
        2,
      )} (target <= 4)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    sim.stop();
  }
}

main().catch(error => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
