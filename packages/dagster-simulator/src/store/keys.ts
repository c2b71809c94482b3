/** Internal map key for an asset key path. */
export function keyId(path: readonly string[]): string {
  return JSON.stringify(path);
}

/** Dagster's printed form of an asset key, `["a", "b"]`, used inside ids. */
export function dagsterKeyString(path: readonly string[]): string {
  return `[${path.map(p => JSON.stringify(p)).join(', ')}]`;
}

/** Op (step) name Dagster derives from an asset key. */
export function stepKeyFor(path: readonly string[]): string {
  return path.join('__');
}

/** Dagster's default repository name. */
export const DEFAULT_REPOSITORY = '__repository__';

/** The implicit job every asset repository has. */
export const ASSET_JOB = '__ASSET_JOB';
