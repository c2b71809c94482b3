import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  startLogged,
  stopGroup,
  tail,
  venvDir,
} from '@internal/local-dagster';
import { DEMO_AWS_REGION } from './clientConfig';

/** Options of {@link startMotoServer}. @public */
export interface MotoServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** The Python virtual environment holding `moto_server`; `DAGSTER_PORTAL_VENV` or `.tools/venv` by default. */
  venv?: string;
  /**
   * Every Batch job this server runs fails (moto's `MOTO_SIMPLE_BATCH_FAIL_AFTER=0`,
   * which moto reads from its own environment, so it holds for the whole server).
   */
  batchJobsFail?: boolean;
  /** Where moto's own output goes; by default a file in a new temporary folder, removed on `stop`. */
  logFile?: string;
  /** How long to wait for moto to answer (default 30 s). */
  readyTimeoutMs?: number;
}

/** A running moto server. @public */
export interface MotoServer {
  /** Base URL for the AWS SDK clients' `endpoint`, e.g. `http://127.0.0.1:5100`. */
  endpoint: string;
  /** The region the demo uses (eu-west-2); moto serves every region. */
  region: string;
  /** moto's own output. */
  logFile: string;
  stop(): Promise<void>;
}

/** moto's settings for the demo: Lambda and Batch without Docker (no Docker engine runs here). */
export const MOTO_CONFIG = {
  batch: { use_docker: false },
  lambda: { use_docker: false },
};

/**
 * Starts moto's server (`moto_server -H 127.0.0.1 -p PORT`) from the portal's
 * Python toolchain, waits until it answers and sets it to run Lambda and
 * Batch without Docker. It ends with the process that started it.
 *
 * @public
 */
export async function startMotoServer(
  options: MotoServerOptions = {},
): Promise<MotoServer> {
  const venv = options.venv ?? venvDir();
  const motoServer = path.join(venv, 'bin', 'moto_server');
  if (!fs.existsSync(motoServer)) {
    throw new Error(
      `local-aws: ${motoServer} is missing; install the Python toolchain with: bash scripts/python.sh`,
    );
  }
  const host = '127.0.0.1';
  const port = options.port || (await freePort(host));
  const tempDir = options.logFile
    ? undefined
    : fs.mkdtempSync(path.join(os.tmpdir(), 'moto-'));
  const logFile = options.logFile ?? path.join(tempDir!, 'moto.log');
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUNBUFFERED: '1' };
  delete env.MOTO_SIMPLE_BATCH_FAIL_AFTER;
  if (options.batchJobsFail) env.MOTO_SIMPLE_BATCH_FAIL_AFTER = '0';

  const child = startLogged(motoServer, ['-H', host, '-p', String(port)], {
    env,
    cwd: os.tmpdir(),
    logFile,
    dieWithParentPython: path.join(venv, 'bin', 'python'),
  });
  const stop = async () => {
    await stopGroup(child);
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
  const endpoint = `http://${host}:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  let last = 'no answer yet';
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = tail(logFile);
      await stop();
      throw new Error(
        `local-aws: moto_server exited with ${
          child.exitCode ?? child.signalCode
        }:\n${log}`,
      );
    }
    try {
      await configureMoto(endpoint);
      return { endpoint, region: DEMO_AWS_REGION, logFile, stop };
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) {
      const log = tail(logFile);
      await stop();
      throw new Error(
        `local-aws: moto at ${endpoint} did not answer (${last}):\n${log}`,
      );
    }
    await new Promise(r => setTimeout(r, 200));
  }
}

/**
 * POSTs {@link MOTO_CONFIG} to `/moto-api/config`; moto must have it before
 * Lambda functions or Batch jobs are created.
 */
export async function configureMoto(endpoint: string): Promise<void> {
  const res = await fetch(`${endpoint}/moto-api/config`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(MOTO_CONFIG),
  });
  if (!res.ok) {
    throw new Error(`POST /moto-api/config answered ${res.status}`);
  }
  const config = await res.json();
  if (
    config.batch?.use_docker !== false ||
    config.lambda?.use_docker !== false
  ) {
    throw new Error(
      `moto kept Docker on: /moto-api/config is ${JSON.stringify(config)}`,
    );
  }
}
