import { plainAssetEntityName } from '@internal/backstage-plugin-dagster-common';
import { createHash } from 'node:crypto';

const MAX_NAME = 63;
/**
 * The catalog entity name of an asset key: the key's parts joined with dots
 * when that is a valid, unambiguous Backstage name; otherwise a sanitised,
 * shortened form plus a hash of the exact key. Either way the name depends on
 * the key alone (stable across refreshes) and two keys never share one.
 */
export function assetEntityName(key: string[]): string {
  const plain = plainAssetEntityName(key);
  if (plain) return plain;
  const hash = createHash('sha256')
    .update(JSON.stringify(key))
    .digest('hex')
    .slice(0, 10);
  const readable = key
    .join('.')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_NAME - hash.length - 1)
    .replace(/_+$/, '');
  return readable ? `${readable}-${hash}` : `asset-${hash}`;
}

/** The entity name of a code location (project), under the same rules. */
export function projectEntityName(location: string): string {
  return assetEntityName([location]);
}

/**
 * A tag as Backstage accepts it (lowercase, `[a-z0-9:+#]` runs joined by
 * hyphens, at most 63 characters), or undefined when nothing is left.
 */
export function toTag(value: string): string | undefined {
  const tag = value
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME)
    .replace(/-+$/, '');
  return tag || undefined;
}
