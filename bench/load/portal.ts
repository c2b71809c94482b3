import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The portal's backend (packages/backend) running in a process of its own. */
export interface Portal {
  baseUrl: string;
  /** A static external access token the backend accepts. */
  token: string;
  /** False once the backend's process has ended. */
  running(): boolean;
  /** The last lines the backend printed. */
  logTail(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts packages/backend as `make start` runs it (the demo config: SQLite
 * in memory, the example organisation, the portal's permission policy), on
 * a free loopback port, reading the given Dagster, with one change: a static
 * token for the load generator (`backend.auth.externalAccess`).
 */
export async function startPortal(graphqlUrl: string): Promise<Portal> {
  const port = await freePort();
  const token = randomBytes(24).toString('base64url');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const overrides = path.join(dir, 'app-config.bench.yaml');
  // JSON is YAML; the config loader reads either.
  fs.writeFileSync(
    overrides,
    JSON.stringify({
      backend: {
        baseUrl: `http://127.0.0.1:${port}`,
        listen: { port, host: '127.0.0.1' },
        auth: {
          externalAccess: [
            { type: 'static', options: { token, subject: 'load-bench' } },
          ],
        },
      },
      dagster: { instances: [{ id: 'demo', graphqlUrl }] },
    }),
  );
  const logFile = path.join(dir, 'backend.log');
  const log = fs.openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'src/index.ts',
      '--config',
      path.join(root, 'app-config.yaml'),
      '--config',
      overrides,
    ],
    {
      cwd: path.join(root, 'packages/backend'),
      stdio: ['ignore', log, log],
      env: { ...process.env, NODE_ENV: 'development' },
    },
  );
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token,
    running: () => child.exitCode === null && child.signalCode === null,
    logTail: () =>
      fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
      fs.closeSync(log);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
