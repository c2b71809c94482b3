import fs from 'node:fs';
import path from 'node:path';

/**
 * This package's own folder, resolved through its package.json so it is the
 * same from `src/` and from a bundled `dist/`.
 */
export function packageRoot(): string {
  return path.dirname(require.resolve('@internal/local-dagster/package.json'));
}

/** The checkout's root: the nearest folder above this package that holds `python/requirements.lock`. */
export function repoRoot(from: string = packageRoot()): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'python', 'requirements.lock')))
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `local-dagster: no python/requirements.lock above ${from}; run from a checkout of the portal`,
      );
    }
    dir = parent;
  }
}

/**
 * The Python virtual environment that `scripts/python.sh` installs:
 * `DAGSTER_PORTAL_VENV` when set, otherwise `<repo>/.tools/venv`.
 *
 * @public
 */
export function venvDir(): string {
  return (
    process.env.DAGSTER_PORTAL_VENV ?? path.join(repoRoot(), '.tools', 'venv')
  );
}

/**
 * Path of a program in the virtual environment; fails with the command that installs it.
 *
 * @public
 */
export function venvBin(program: string): string {
  const file = path.join(venvDir(), 'bin', program);
  if (!fs.existsSync(file)) {
    throw new Error(
      `local-dagster: ${file} is missing; install the Python toolchain with: bash scripts/python.sh`,
    );
  }
  return file;
}

/** The demo estate's workspace file (`examples/dagster-estate`). @public */
export function demoEstateWorkspace(): string {
  return path.join(repoRoot(), 'examples', 'dagster-estate', 'workspace.yaml');
}

/** The demo estate's seed script, which materialises its history. @public */
export function demoEstateSeedScript(): string {
  return path.join(repoRoot(), 'examples', 'dagster-estate', 'seed.py');
}
