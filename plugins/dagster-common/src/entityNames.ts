/**
 * Key parts that can stand in a catalog name as they are. Lowercase only:
 * the catalog compares names case-insensitively, so `A` and `a` would clash.
 */
const PLAIN_PART = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 63;

/**
 * The catalog entity name of an asset when it needs no hashing: every key
 * part is a plain lowercase name and the parts joined with dots fit a
 * catalog name. Otherwise undefined; the catalog module then names the asset
 * with a hash of its key, which only the server computes.
 *
 * @public
 */
export function plainAssetEntityName(key: string[]): string | undefined {
  if (key.length === 0 || !key.every(part => PLAIN_PART.test(part))) {
    return undefined;
  }
  const name = key.join('.');
  return name.length <= MAX_NAME_LENGTH ? name : undefined;
}
