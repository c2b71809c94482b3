import { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, run, startLogged, stopGroup, tail } from './processes';
import { venvBin } from './paths';
import { locationStatuses, reloadLocation } from './graphql';

/** Options of {@link startLocalDagster}. @public */
export interface LocalDagsterOptions {
  /** The workspace file (`workspace.yaml`) listing the code locations. */
  workspace: string;
  /** The instance folder (`DAGSTER_HOME`); by default a new temporary one, removed on `stop`. */
  home?: string;
  /** Port of the webserver; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; 127.0.0.1 by default. */
  host?: string;
  /** Also run `dagster-daemon`, which launches queued runs and evaluates schedules. */
  daemon?: boolean;
  /** A Python script run (with the venv's Python and `DAGSTER_HOME`) before the webserver starts. */
  seedScript?: string;
  /** Extra environment for the webserver, the daemon and the seed script. */
  env?: Record<string, string>;
  /** How long to wait for every location to finish loading (default 180 s). */
  readyTimeoutMs?: number;
  /**
   * The Python virtual environment to run Dagster (and the seed script)
   * from, e.g. an older Dagster line; `venvDir()` (`.tools/venv`) by default.
   */
  venv?: string;
}

/** A running Dagster (webserver, and daemon when asked). @public */
export interface LocalDagster {
  /** Base URL of the webserver, e.g. `http://127.0.0.1:3100`. */
  url: string;
  /** `<url>/graphql`. */
  graphqlUrl: string;
  /** The instance folder (`DAGSTER_HOME`). */
  home: string;
  /** Reloads one code location (Dagster's `reloadRepositoryLocation`) and waits until it settles. */
  reloadLocation(name: string): Promise<void>;
  stop(): Promise<void>;
}

const INSTANCE_YAML = `# Written by @internal/local-dagster.
telemetry:
  enabled: false
`;

/**
 * Starts the real `dagster-webserver` from the portal's Python toolchain on a
 * workspace file and resolves once every code location has finished loading
 * (loaded or failed, as in a real deployment).
 *
 * @public
 */
export async function startLocalDagster(
  options: LocalDagsterOptions,
): Promise<LocalDagster> {
  const home =
    options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dagster-home-'));
  fs.mkdirSync(home, { recursive: true });
  const instanceYaml = path.join(home, 'dagster.yaml');
  if (!fs.existsSync(instanceYaml))
    fs.writeFileSync(instanceYaml, INSTANCE_YAML);
  const host = options.host ?? '127.0.0.1';
  const port = options.port || (await freePort(host));
  const cwd = path.dirname(path.resolve(options.workspace));
  const env = {
    ...process.env,
    ...options.env,
    DAGSTER_HOME: home,
    PYTHONUNBUFFERED: '1',
  };
  const bin = (program: string) =>
    options.venv ? binIn(options.venv, program) : venvBin(program);

  if (options.seedScript) {
    await run(bin('python'), [options.seedScript], {
      env,
      cwd,
      logFile: path.join(home, 'seed.log'),
      timeoutMs: 600_000,
    });
  }

  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(c => stopGroup(c)));
    // A home this function made is its own to remove; one handed in is the caller's.
    if (!options.home) fs.rmSync(home, { recursive: true, force: true });
  };
  const workspaceArgs = ['-w', path.resolve(options.workspace)];
  const webLog = path.join(home, 'webserver.log');
  const webserver = startLogged(
    bin('dagster-webserver'),
    [...workspaceArgs, '-h', host, '-p', String(port)],
    { env, cwd, logFile: webLog, dieWithParentPython: bin('python') },
  );
  children.push(webserver);
  if (options.daemon) {
    children.push(
      startLogged(bin('dagster-daemon'), ['run', ...workspaceArgs], {
        env,
        cwd,
        logFile: path.join(home, 'daemon.log'),
        dieWithParentPython: bin('python'),
      }),
    );
  }

  const url = `http://${host}:${port}`;
  const graphqlUrl = `${url}/graphql`;
  try {
    await waitForLocations(
      graphqlUrl,
      webserver,
      options.readyTimeoutMs ?? 180_000,
      webLog,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    graphqlUrl,
    home,
    reloadLocation: async name => {
      await reloadLocation(graphqlUrl, name);
      await waitForLocations(graphqlUrl, webserver, 120_000, webLog);
    },
    stop,
  };
}

/** A program of the given virtual environment; fails naming the missing file. */
function binIn(venv: string, program: string): string {
  const file = path.join(venv, 'bin', program);
  if (!fs.existsSync(file))
    throw new Error(`local-dagster: ${file} is missing`);
  return file;
}

async function waitForLocations(
  graphqlUrl: string,
  webserver: ChildProcess,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (webserver.exitCode !== null) {
      throw new Error(
        `dagster-webserver exited with ${webserver.exitCode}:\n${tail(
          logFile,
        )}`,
      );
    }
    try {
      const statuses = await locationStatuses(graphqlUrl);
      if (statuses.length > 0 && statuses.every(s => s !== 'LOADING')) return;
      last = `locations ${statuses.join(', ') || 'none'}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise(r => setTimeout(r, 300));
  }
  throw new Error(
    `Dagster at ${graphqlUrl} was not ready within ${timeoutMs} ms (${last}):\n${tail(
      logFile,
    )}`,
  );
}
