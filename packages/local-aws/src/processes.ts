import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

// The same few helpers as @internal/local-dagster's processes.ts, which does
// not export them.

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
 * Makes Linux end the program (SIGTERM) when its parent dies, even by
 * SIGKILL, so a moto started for a test never outlives the test process;
 * then replaces itself with the program.
 */
const DIE_WITH_PARENT = [
  'import ctypes, os, signal, sys',
  'try:',
  '    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)',
  'except OSError:',
  '    pass',
  'os.execv(sys.argv[1], sys.argv[1:])',
].join('\n');

/**
 * Starts `command` through `python` (see DIE_WITH_PARENT) in its own process
 * group, its output appended to `logFile`.
 */
export function startDyingWithParent(
  python: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; logFile: string },
): ChildProcess {
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(python, ['-c', DIE_WITH_PARENT, command, ...args], {
    env: options.env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  return child;
}

/** Stops a process group started by {@link startDyingWithParent}: TERM, then KILL after `graceMs`. */
export async function stopGroup(
  child: ChildProcess,
  graceMs = 5_000,
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
