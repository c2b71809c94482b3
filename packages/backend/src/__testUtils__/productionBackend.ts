import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import yaml from 'yaml';

export const repoRoot = path.resolve(__dirname, '../../../..');

/** An address where nothing answers: Dagster is down. */
export const DOWN_DAGSTER_URL = 'http://127.0.0.1:9/graphql';

/** A catalog entity standing for a Dagster asset, for the read routes. */
export const ASSET_REF = 'resource:default/claims.raw';
const ASSET_ENTITY = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'claims.raw',
    annotations: { 'dagster.io/asset-key': 'claims/raw' },
  },
  spec: { type: 'dagster-asset', owner: 'group:default/claims-data-team' },
};

/** The backend running as a child process, and how to call it. */
export interface ProductionBackend {
  baseUrl: string;
  /** A static external-access token (a service principal). */
  authorization: string;
  /** Settles once it answers and its catalog holds ASSET_REF; rejects if it exits first. */
  ready: Promise<void>;
  /** Stops it (also when it never became ready) and drops its databases. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

function postgres() {
  const url = new URL(
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
      'postgresql://postgres@127.0.0.1:5432',
  );
  return {
    host: url.hostname,
    port: url.port || '5432',
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

/** Drops the databases the backend created (one per plugin, named with the prefix). */
async function dropDatabases(prefix: string) {
  const { host, port, user, password } = postgres();
  const db = knexFactory({
    client: 'pg',
    connection: {
      host,
      port: Number(port),
      user,
      password,
      database: 'postgres',
    },
  });
  try {
    const { rows } = await db.raw(
      'SELECT datname FROM pg_database WHERE datname LIKE ?',
      [`${prefix}%`],
    );
    for (const { datname } of rows as { datname: string }[]) {
      await db.raw('DROP DATABASE ?? WITH (FORCE)', [datname]);
    }
  } finally {
    await db.destroy();
  }
}

/**
 * Starts the real backend (packages/backend/src/index.ts, every plugin) on
 * app-config.yaml and app-config.production.yaml, as operators are told to,
 * its environment variables pointed at local things (PostgreSQL, a Dagster
 * that is down, made-up secrets), plus one config file of test plumbing
 * only: the port, a database prefix of its own, a static token, and a
 * catalog file with one Dagster asset. `nodeEnv` is development for the
 * documented `yarn workspace backend start` (the CLI sets it) and
 * production for the image.
 */
export async function startProductionBackend(options: {
  nodeEnv: 'development' | 'production';
}): Promise<ProductionBackend> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'production-backend-'));
  const prefix = `production_errors_${randomBytes(4).toString('hex')}_`;
  const token = randomBytes(16).toString('hex');
  fs.writeFileSync(path.join(dir, 'asset.yaml'), yaml.stringify(ASSET_ENTITY));
  const extraConfig = path.join(dir, 'test-plumbing.yaml');
  fs.writeFileSync(
    extraConfig,
    yaml.stringify({
      backend: {
        listen: `127.0.0.1:${port}`,
        database: { prefix },
        auth: {
          externalAccess: [
            { type: 'static', options: { token, subject: 'error-probe' } },
          ],
        },
      },
      catalog: {
        locations: [{ type: 'file', target: path.join(dir, 'asset.yaml') }],
      },
    }),
  );

  const { host, port: pgPort, user, password } = postgres();
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('APP_CONFIG_'),
    ),
  );
  Object.assign(env, {
    NODE_ENV: options.nodeEnv,
    PORTAL_BASE_URL: baseUrl,
    BACKEND_SECRET: randomBytes(24).toString('hex'),
    POSTGRES_HOST: host,
    POSTGRES_PORT: pgPort,
    POSTGRES_USER: user,
    ...(password ? { POSTGRES_PASSWORD: password } : {}),
    AUTH_MICROSOFT_CLIENT_ID: 'not-a-client',
    AUTH_MICROSOFT_CLIENT_SECRET: 'not-a-secret',
    AUTH_MICROSOFT_TENANT_ID: 'not-a-tenant',
    DAGSTER_GRAPHQL_URL: DOWN_DAGSTER_URL,
  });

  const logFile = path.join(dir, 'backend.log');
  const log = fs.openSync(logFile, 'w');
  // What `yarn workspace backend start` runs, without its file watcher
  // (which restarts the backend whenever a source file changes).
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      'src/index.ts',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../app-config.production.yaml',
      '--config',
      extraConfig,
    ],
    {
      cwd: path.join(repoRoot, 'packages/backend'),
      env,
      stdio: ['ignore', log, log],
    },
  );
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  const logTail = () =>
    fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');

  const stop = async () => {
    if (running()) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    }
    fs.closeSync(log);
    await dropDatabases(prefix);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const authorization = `Bearer ${token}`;
  const answers = async (url: string, headers: Record<string, string>) => {
    try {
      return (await fetch(url, { headers })).status === 200;
    } catch {
      return false; // not listening yet
    }
  };
  const waitFor = async (url: string, headers: Record<string, string> = {}) => {
    while (!(await answers(url, headers))) {
      if (!running()) throw new Error(`The backend exited:\n${logTail()}`);
      await new Promise(resolve => setTimeout(resolve, 500));
    }
  };
  const ready = (async () => {
    await waitFor(`${baseUrl}/.backstage/health/v1/readiness`);
    await waitFor(
      `${baseUrl}/api/catalog/entities/by-name/resource/default/claims.raw`,
      { authorization },
    );
  })();
  ready.catch(() => undefined); // its awaiter sees the failure; no unhandled rejection after a stop
  return { baseUrl, authorization, ready, stop };
}
