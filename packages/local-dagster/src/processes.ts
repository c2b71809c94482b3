import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** A free TCP port on the loopback interface. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a program so that Linux ends it (SIGTERM) when its parent dies, even
 * by SIGKILL: a Dagster started for a test never outlives the test process.
 * Elsewhere the program simply runs. Needs a Python to make the call.
 */
const DIE_WITH_PARENT = [
  'import ctypes, os, signal, sys',
  'try:',
  '    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)',
  'except OSError:',
  '    pass',
  'os.execv(sys.argv[1], sys.argv[1:])',
].join('\n');

/** Where a program runs and where its output goes. */
interface LoggedOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  logFile: string;
}

/** Starts a program in its own process group, its output appended to `logFile`. */
export function startLogged(
  command: string,
  args: string[],
  options: LoggedOptions & {
    /** A Python that makes the program end with this process (see DIE_WITH_PARENT). */
    dieWithParentPython?: string;
  },
): ChildProcess {
  const log = fs.openSync(options.logFile, 'a');
  const [file, argv] = options.dieWithParentPython
    ? [options.dieWithParentPython, ['-c', DIE_WITH_PARENT, command, ...args]]
    : [command, args];
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  return child;
}

/** Stops a process group started by {@link startLogged}: TERM, then KILL after `graceMs`. */
export async function stopGroup(
  child: ChildProcess,
  graceMs = 10_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid)
    return;
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // Code servers of the webserver share its group; make sure none outlives it.
  signal('SIGKILL');
}

/** The last lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs a program to completion; rejects with its output when it fails. */
export function run(
  command: string,
  args: string[],
  options: LoggedOptions & { timeoutMs?: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startLogged(command, args, options);
    const timer = setTimeout(() => {
      void stopGroup(child, 1_000);
    }, options.timeoutMs ?? 300_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} exited with ${
              code ?? signal
            }:\n${tail(options.logFile)}`,
          ),
        );
    });
  });
}

/** Runs `stop` once on the first of SIGINT, SIGTERM or SIGHUP, then exits 0: how the CLIs end their service. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    void stop().then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, onSignal);
  }
}
