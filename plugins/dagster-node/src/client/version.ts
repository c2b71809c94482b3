import { DagsterGraphQLError } from './errors';

/**
 * What the client learnt from the server's `version`.
 *
 * @public
 */
export interface DagsterServerInfo {
  /** The version string exactly as the server reported it. */
  version: string;
  /**
   * Major and minor of a release version; null for development builds and
   * versions the client cannot read, which are treated as the newest.
   */
  release: { major: number; minor: number } | null;
  /** Whether `AssetNode.kinds` can be queried (Dagster 1.8 and later). */
  supportsKinds: boolean;
}

const RELEASE =
  /^(\d+)\.(\d+)(?:\.\d+)?(?:(?:a|b|rc|\.post|\.dev)\d*)*(?:\+[A-Za-z0-9.]+)?$/;

/**
 * Reads a Dagster version. Development builds report PEP 440 strings such
 * as `1!0+dev`; those (and anything else unreadable) are taken to be the
 * newest server, because a wrong guess there is caught by the client's
 * fallback to the legacy query, while treating a new server as old would
 * silently lose `kinds`.
 */
export function interpretServerVersion(version: string): DagsterServerInfo {
  const match = RELEASE.exec(version.trim());
  if (!match) {
    return { version, release: null, supportsKinds: true };
  }
  const release = { major: Number(match[1]), minor: Number(match[2]) };
  const supportsKinds =
    release.major > 1 || (release.major === 1 && release.minor >= 8);
  return { version, release, supportsKinds };
}

/**
 * Whether a request failed only because the server does not know
 * `AssetNode.kinds`, which a development build or a mislabelled server can
 * do despite its version.
 */
export function isKindsRejection(error: unknown): boolean {
  return (
    error instanceof DagsterGraphQLError &&
    error.messages.some(m => /\bkinds\b/.test(m) && /AssetNode/.test(m))
  );
}
