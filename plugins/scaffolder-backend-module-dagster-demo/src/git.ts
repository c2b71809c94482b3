import { execFile } from 'node:child_process';

/** Runs git with arguments (never through a shell) and returns its stdout. */
export function git(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        encoding: 'buffer',
        maxBuffer: 16 * 1024 * 1024,
        env: {
          ...process.env,
          // The repository's own settings only: no user or system hooks and templates.
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_TERMINAL_PROMPT: '0',
          ...options.env,
        },
      },
      (error, stdout, stderr) => {
        if (error) {
          const message = stderr.toString('utf8').trim() || error.message;
          reject(new Error(`git ${args[0]} failed: ${message}`));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}
