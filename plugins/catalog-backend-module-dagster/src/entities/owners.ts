/** A Dagster asset owner: `team:x` or an email address. */
export type DagsterOwner =
  | { type: 'team'; team: string }
  | { type: 'user'; email: string };

/** The groups and users the catalog knows, for mapping Dagster owners. */
export interface OwnerDirectory {
  /** The entity ref of the group with this (lowercase) name, if any. */
  group(name: string): string | undefined;
  /** The entity ref of the user with this (lowercase) email, if any. */
  userByEmail(email: string): string | undefined;
}

/** A directory over what the catalog holds. */
export function directoryFrom(
  groups: Map<string, string>,
  usersByEmail: Map<string, string>,
): OwnerDirectory {
  return {
    group: name => groups.get(name),
    userByEmail: email => usersByEmail.get(email),
  };
}

/**
 * A directory that takes Dagster's word: every team is a group of that name
 * and every email a user named by its local part. For previews without a catalog.
 */
export function conventionalDirectory(namespace = 'default'): OwnerDirectory {
  return {
    group: name => `group:${namespace}/${name}`,
    userByEmail: email => `user:${namespace}/${email.split('@')[0]}`,
  };
}

export interface ResolvedOwner {
  owner: string;
  /** True when no Dagster owner matched a catalog group or user. */
  ownerless: boolean;
  /** Owners Dagster named that the catalog does not know. */
  unknown: string[];
}

/**
 * Picks the catalog owner of an asset: the first Dagster team that is a
 * catalog group, else the first email that is a catalog user, else the
 * fallback owner (and the asset is marked ownerless).
 */
export function resolveOwner(
  owners: DagsterOwner[],
  directory: OwnerDirectory,
  fallbackOwner: string,
): ResolvedOwner {
  const unknown: string[] = [];
  let team: string | undefined;
  let user: string | undefined;
  for (const o of owners) {
    if (o.type === 'team') {
      const ref = directory.group(o.team.replace(/^team:/, '').toLowerCase());
      if (ref) team ??= ref;
      else unknown.push(`team:${o.team}`);
    } else {
      const ref = directory.userByEmail(o.email.toLowerCase());
      if (ref) user ??= ref;
      else unknown.push(o.email);
    }
  }
  const owner = team ?? user;
  return owner
    ? { owner, ownerless: false, unknown }
    : { owner: fallbackOwner, ownerless: true, unknown };
}
