/**
 * Catalog ingestion benchmark: the real Dagster webserver serves a generated
 * 10,000-asset estate (bench/dagster-estate/generator.py, 10 code locations
 * of 1,000 assets by default); the real client reads it and the real provider
 * mapping turns it into entities. Prints ratios against baselines measured in
 * the same run, never absolute targets:
 *   - provider time / time to JSON.parse the same responses (target <= 3);
 *   - peak heap growth / size of the responses (target <= 4);
 *   - the number of GraphQL requests.
 * "Provider time" replays the recorded responses of one live read, so
 * Dagster's own execution time and the loopback network do not count against
 * the client. Dagster's start-up (until every location has loaded), its
 * memory and the live read are printed as information only.
 *
 * Why 10 locations and not the simulator's 100: every code location is its
 * own Python process (~150-250 MB resident), so 100 of them would take most
 * of a 24 GB machine; 10 x 1,000 gives the same 10,000 assets to read.
 *
 * Run: yarn bench:catalog   (ASSETS=2000 LOCATIONS=4 for a quick run; ROUNDS=5)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DagsterGraphQLClient } from '@internal/backstage-plugin-dagster-node';
import {
  LocalDagster,
  startLocalDagster,
  venvBin,
} from '@internal/local-dagster';
import { conventionalDirectory } from '../plugins/catalog-backend-module-dagster/src/entities/owners';
import { workspaceToEntities } from '../plugins/catalog-backend-module-dagster/src/provider/workspaceToEntities';

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(
      `${name} must be a positive integer, got "${process.env[name]}"`,
    );
  return value;
};
const ASSETS = positive('ASSETS', 10_000);
const LOCATIONS = positive('LOCATIONS', 10);
const ROUNDS = positive('ROUNDS', 5);
const SEED = 1;
const READY_TIMEOUT_MS = 15 * 60_000;
const root = path.resolve(__dirname, '..');

/**
 * The Dagster processes of this run (the webserver and its code servers),
 * found by this run's temporary folder on their command lines. Linux only
 * (/proc); elsewhere none are found.
 */
function dagsterPids(marker: string): string[] {
  let pids: string[] = [];
  try {
    pids = fs.readdirSync('/proc').filter(p => /^\d+$/.test(p));
  } catch {
    return [];
  }
  return pids.filter(pid => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
    } catch {
      return false; // The process ended while we looked.
    }
  });
}

/** Resident memory of this run's Dagster processes. */
function dagsterMemory(marker: string): { processes: number; bytes: number } {
  let processes = 0;
  let kb = 0;
  for (const pid of dagsterPids(marker)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
      if (rss) {
        processes++;
        kb += Number(rss[1]);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return { processes, bytes: kb * 1024 };
}

/** Ends the processes of this run still alive (a Ctrl-C during start-up). */
function terminateDagster(marker: string) {
  for (const pid of dagsterPids(marker)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Samples {@link dagsterMemory} until stopped; keeps the peak total. */
function memorySampler(marker: string) {
  let peak = { processes: 0, bytes: 0 };
  const sample = () => {
    const now = dagsterMemory(marker);
    if (now.bytes > peak.bytes) peak = now;
  };
  const timer = setInterval(sample, 500);
  return {
    stop: () => {
      sample();
      clearInterval(timer);
      return peak;
    },
  };
}

/** Writes the estate's workspace (one file per location) with the generator. */
function writeEstate(dir: string): string {
  const out = execFileSync(
    venvBin('python'),
    [
      path.join(root, 'bench/dagster-estate/generator.py'),
      dir,
      '--locations',
      String(LOCATIONS),
      '--assets-per-location',
      String(ASSETS / LOCATIONS),
      '--seed',
      String(SEED),
    ],
    { encoding: 'utf8' },
  );
  return out.trim();
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
  return { client, workspace, result };
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gc = () => (global as { gc?: () => void }).gc?.();
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  if (!(global as { gc?: unknown }).gc)
    throw new Error('run with --expose-gc (yarn bench:catalog does)');
  if (ASSETS % LOCATIONS !== 0)
    throw new Error(
      `ASSETS (${ASSETS}) must be a multiple of LOCATIONS (${LOCATIONS})`,
    );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dagster-estate-'));
  let dagster: LocalDagster | undefined;
  const stopDagster = async () => {
    const running = dagster;
    dagster = undefined;
    await running?.stop();
  };
  // Dagster runs in its own process group: never leave it behind on Ctrl-C.
  const interrupted = (signal: NodeJS.Signals) => {
    void stopDagster().finally(() => {
      terminateDagster(tmp);
      fs.rmSync(tmp, { recursive: true, force: true });
      process.kill(process.pid, signal);
    });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    // 1. Start the real webserver on the generated estate.
    const workspace = writeEstate(path.join(tmp, 'estate'));
    const memory = memorySampler(tmp);
    const startedAt = performance.now();
    dagster = await startLocalDagster({
      workspace,
      home: path.join(tmp, 'home'),
      readyTimeoutMs: READY_TIMEOUT_MS,
    });
    const startupMs = performance.now() - startedAt;
    const afterStartup = dagsterMemory(tmp);

    // 2. A live read, recording every response body in request order.
    const bodies: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const slot = bodies.push('') - 1;
      const res = await fetch(input, init);
      const text = await res.text();
      bodies[slot] = text;
      return new Response(text, { status: res.status, headers: res.headers });
    };
    const { graphqlUrl } = dagster;
    const liveStart = performance.now();
    const live = await ingest(recording, graphqlUrl);
    const liveMs = performance.now() - liveStart;
    const peakMemory = memory.stop();
    await stopDagster();

    const failed = live.workspace.locations.filter(l => l.error);
    if (failed.length > 0)
      throw new Error(
        `${failed.length} code locations failed: ${failed
          .map(l => `${l.name}: ${l.error?.message}`)
          .join('; ')}`,
      );
    const served = live.workspace.locations.reduce(
      (n, l) => n + l.assets.length,
      0,
    );
    if (served !== ASSETS)
      throw new Error(`Dagster served ${served} assets, expected ${ASSETS}`);
    const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);

    // 3. Baseline and provider, alternating, so drift hits both alike.
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
      const { result } = await ingest(replayFetch(bodies), graphqlUrl);
      providerTimes.push(performance.now() - t);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      clearInterval(sampler);
      peakRatio = Math.max(peakRatio, (peak - base) / bytes);
      if (result.entities.length !== live.result.entities.length)
        throw new Error('replay produced different entities');
    }

    const parseMs = median(parseTimes);
    const providerMs = median(providerTimes);
    const perProcess = peakMemory.processes
      ? peakMemory.bytes / peakMemory.processes
      : 0;
    const lines = [
      `estate: ${ASSETS} assets in ${LOCATIONS} code locations (${
        ASSETS / LOCATIONS
      } each), served by the real dagster-webserver ${
        live.workspace.serverVersion
      }; entities emitted: ${live.result.entities.length}${
        live.result.problems.length
          ? ` (${live.result.problems.length} problems reported)`
          : ''
      }`,
      `  (LOCATIONS defaults to 10, not the simulator's 100: every code location is its own Python process of ~150-250 MB; see bench/README.md)`,
      `Dagster start-up until every location loaded: ${seconds(
        startupMs,
      )} (information only)`,
      afterStartup.processes
        ? `Dagster memory: ${afterStartup.processes} processes, ${gb(
            afterStartup.bytes,
          )} resident after start-up, peak ${gb(peakMemory.bytes)} (~${(
            perProcess /
            2 ** 20
          ).toFixed(0)} MB a process; information only)`
        : 'Dagster memory: not measured (no /proc)',
      `GraphQL requests: ${live.client.requestCount} (responses ${(
        bytes / 1e6
      ).toFixed(1)} MB; largest ${(
        Math.max(...bodies.map(b => b.length)) / 1e6
      ).toFixed(2)} MB)`,
      `live read from the webserver incl. Dagster and network: ${liveMs.toFixed(
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
    await stopDagster();
    fs.rmSync(tmp, { recursive: true, force: true });
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }
}

main().catch(error => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
