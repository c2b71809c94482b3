import { spawn } from 'node:child_process';
import path from 'node:path';

/** What one autocannon run of a route measured. */
export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors (refused, reset) and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  serverErrors: number;
}

export interface LoadOptions {
  url: string;
  token: string;
  connections: number;
  durationSeconds: number;
  /** Seconds of load before sampling starts (warms caches and the JIT). */
  warmupSeconds: number;
}

const autocannonBin = path.join(
  path.dirname(require.resolve('autocannon/package.json')),
  'autocannon.js',
);

/**
 * Loads one URL with autocannon's CLI in a process of its own, so the load
 * generator never shares a CPU queue with the backend it measures, and reads
 * its JSON report.
 */
export function loadRoute(options: LoadOptions): Promise<LoadResult> {
  const args = [
    autocannonBin,
    '--json',
    '--no-progress',
    '--connections',
    String(options.connections),
    '--duration',
    String(options.durationSeconds),
    '--headers',
    `authorization=Bearer ${options.token}`,
  ];
  if (options.warmupSeconds > 0) {
    args.push(
      '--warmup',
      '[',
      '-c',
      String(options.connections),
      '-d',
      String(options.warmupSeconds),
      ']',
    );
  }
  args.push(options.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', code => {
      if (code !== 0) {
        reject(new Error(`autocannon exited with ${code}: ${stderr.trim()}`));
        return;
      }
      try {
        // With a warm-up, the warm-up's report comes first: the last line is the run's.
        const reports = stdout.trim().split('\n');
        resolve(toResult(JSON.parse(reports[reports.length - 1])));
      } catch (error) {
        reject(
          new Error(
            `autocannon's report could not be read (${error}): ${stdout.slice(
              0,
              500,
            )}`,
          ),
        );
      }
    });
  });
}

function toResult(report: any): LoadResult {
  return {
    requests: report.requests.total,
    perSecond: report.requests.average,
    p50Ms: report.latency.p50,
    p99Ms: report.latency.p99,
    errors: report.errors,
    timeouts: report.timeouts,
    non2xx: report.non2xx,
    serverErrors: report['5xx'],
  };
}
