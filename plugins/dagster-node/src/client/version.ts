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
   * Major, minor and patch of a release version; null for development
   * builds and versions the client cannot read, which are treated as the
   * newest.
   */
  release: { major: number; minor: number; patch: number } | null;
  /** Whether `AssetNode.kinds` can be queried (Dagster 1.8.7 and later). */
  supportsKinds: boolean;
  /** Whether `TableColumn.tags` can be queried (Dagster 1.8.12 and later). */
  supportsColumnTags: boolean;
}

const RELEASE =
  /^(\d+)\.(\d+)(?:\.(\d+))?(?:(?:a|b|rc|\.post|\.dev)\d*)*(?:\+[A-Za-z0-9.]+)?$/;

/*
 * The first releases whose GraphQL schema has each field, read from the
 * schemas printed by dagster-graphql 1.8.0 to 1.8.13 (1.8.0 itself has
 * neither, although its Python API already takes `kinds=`).
 */
const KINDS_SINCE = [1, 8, 7] as const;
const COLUMN_TAGS_SINCE = [1, 8, 12] as const;

function atLeast(
  release: { major: number; minor: number; patch: number },
  [major, minor, patch]: readonly [number, number, number],
): boolean {
  if (release.major !== major) return release.major > major;
  if (release.minor !== minor) return release.minor > minor;
  return release.patch >= patch;
}

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
    return {
      version,
      release: null,
      supportsKinds: true,
      supportsColumnTags: true,
    };
  }
  const release = {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3] ?? 0),
  };
  return {
    version,
    release,
    supportsKinds: atLeast(release, KINDS_SINCE),
    supportsColumnTags: atLeast(release, COLUMN_TAGS_SINCE),
  };
}

/** Fields only the current asset detail query selects, by type. */
const CURRENT_ONLY_FIELDS: Record<string, string[]> = {
  AssetNode: ['kinds', 'isMaterializable'],
  TableColumn: ['tags'],
};

// Dagster's webserver (graphql-core; seen on 1.7.16 and 1.13.27) quotes the names with ', graphql-js with ".
const UNKNOWN_FIELD = /^Cannot query field (["'])(\w+)\1 on type (["'])(\w+)\3/;

/**
 * Whether a request failed only because the server lacks a field that just
 * the current asset detail query selects (`AssetNode.kinds`,
 * `AssetNode.isMaterializable`, `TableColumn.tags`), which a development
 * build or a mislabelled server can do despite its version.
 */
export function isCurrentFieldRejection(
  error: unknown,
): error is DagsterGraphQLError {
  return (
    error instanceof DagsterGraphQLError &&
    error.messages.length > 0 &&
    error.messages.every(message => {
      const match = UNKNOWN_FIELD.exec(message);
      return Boolean(
        match && CURRENT_ONLY_FIELDS[match[4]]?.includes(match[2]),
      );
    })
  );
}
