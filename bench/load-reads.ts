/**
 * Load on the Dagster read routes: the portal's backend (packages/backend,
 * demo config, in a process of its own) reads the demo estate from real
 * Dagster; autocannon, in another process, loads each route over loopback
 * with 50 connections for 20 s:
 *   - the catalog's own entity-by-name route (the baseline),
 *   - GET /api/dagster/lineage?entityRef=... ,
 *   - GET /api/dagster/checks?entityRef=... .
 * Prints requests, p50, p99, errors and non-2xx answers of each, and the
 * ratio of each p99 to the baseline's p99 in the same run. No timing target
 * is asserted; the run fails only on errors or non-2xx answers (a 5xx is a
 * defect, whatever the load).
 *
 * Run: yarn bench:load [--duration 20] [--connections 50] [--asset <name>]
 * Dagster: the one DAGSTER_DEMO_URL names, else a new demo estate (~1-3 min).
 */
import { parseArgs } from 'node:util';
import { startDemoEstate } from '@internal/local-dagster';
import { LoadResult, loadRoute } from './load/autocannon';
import { Portal, startPortal } from './load/portal';

const USAGE = `Usage: yarn bench:load [--duration <s>] [--connections <n>] [--warmup <s>] [--asset <entity name>]`;
const READY_TIMEOUT_MS = 5 * 60_000;

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, got "${text}"`);
  return value;
}

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    asset: { type: 'string', default: 'claims.silver.claims_clean' },
    help: { type: 'boolean', default: false },
  },
});

async function demoDagster() {
  const shared = process.env.DAGSTER_DEMO_URL?.replace(/\/+$/, '');
  if (shared) {
    return { graphqlUrl: `${shared}/graphql`, stop: async () => {} };
  }
  console.log(
    'Starting the demo estate on real Dagster (seeding its history)...',
  );
  return startDemoEstate({ port: 0 });
}

async function waitForEntity(portal: Portal, path: string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!portal.running()) {
      throw new Error(
        `the backend stopped; its log ends:\n${portal.logTail()}`,
      );
    }
    const status = await fetch(`${portal.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${portal.token}` },
    }).then(
      r => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${path} still answers ${status || 'nothing'} after ${
          READY_TIMEOUT_MS / 1000
        } s; the backend's log ends:\n${portal.logTail()}`,
      );
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

function table(rows: [string, LoadResult][]) {
  const baseline = rows[0][1].p99Ms;
  const head = [
    'route',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'timeouts',
    'non-2xx',
    '5xx',
    'p99 / baseline',
  ];
  const body = rows.map(([route, r]) => [
    route,
    String(r.requests),
    r.perSecond.toFixed(0),
    String(r.p50Ms),
    String(r.p99Ms),
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx),
    String(r.serverErrors),
    baseline > 0 ? (r.p99Ms / baseline).toFixed(2) : 'n/a',
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map(b => b[i].length)),
  );
  for (const line of [head, ...body]) {
    console.log(
      line
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  }
}

async function main() {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const durationSeconds = positive('duration', values.duration!);
  const connections = positive('connections', values.connections!);
  const warmupSeconds = positive('warmup', values.warmup!);
  const ref = `resource:default/${values.asset}`;
  const routes: [string, string][] = [
    [
      'catalog entity (baseline)',
      `/api/catalog/entities/by-name/resource/default/${values.asset}`,
    ],
    [
      'dagster lineage',
      `/api/dagster/lineage?entityRef=${encodeURIComponent(ref)}`,
    ],
    [
      'dagster checks',
      `/api/dagster/checks?entityRef=${encodeURIComponent(ref)}`,
    ],
  ];

  const dagster = await demoDagster();
  let portal: Portal | undefined;
  const stop = async () => {
    await portal?.stop();
    await dagster.stop();
  };
  const interrupted = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    portal = await startPortal(dagster.graphqlUrl);
    console.log(
      `Backend at ${portal.baseUrl}; waiting for ${ref} in the catalog...`,
    );
    await waitForEntity(portal, routes[0][1]);
    for (const [route, path] of routes) {
      const res = await fetch(`${portal.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${portal.token}` },
      });
      if (res.status !== 200) {
        throw new Error(
          `${route} answers ${res.status}: ${(await res.text()).slice(0, 300)}`,
        );
      }
    }
    console.log(
      `Loading each route with ${connections} connections for ${durationSeconds} s (after ${warmupSeconds} s of warm-up), from a second process:`,
    );
    const results: [string, LoadResult][] = [];
    for (const [route, path] of routes) {
      results.push([
        route,
        await loadRoute({
          url: `${portal.baseUrl}${path}`,
          token: portal.token,
          connections,
          durationSeconds,
          warmupSeconds,
        }),
      ]);
    }
    console.log();
    table(results);
    const failed = results.filter(([, r]) => r.errors + r.non2xx > 0);
    if (failed.length > 0) {
      console.error(
        `\nFailed: ${failed
          .map(([route]) => route)
          .join(
            ', ',
          )} had errors or non-2xx answers. The backend's log ends:\n${portal.logTail()}`,
      );
      process.exitCode = 1;
    }
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await stop();
  }
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
