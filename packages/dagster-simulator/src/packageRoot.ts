import path from 'node:path';

/**
 * The package's own folder, resolved through its package.json the way
 * `resolvePackagePath` does, so it is the same from `src/` and from a
 * bundled `dist/`.
 */
export function packageRoot(): string {
  return path.dirname(
    require.resolve('@internal/dagster-simulator/package.json'),
  );
}
