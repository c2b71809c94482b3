import {
  KubernetesValidatorFunctions as valid,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  DagsterAsset,
  DagsterOwnerDirectory,
  DagsterOwnerMapping,
  defaultDagsterOwnerMapping,
} from '@internal/backstage-plugin-dagster-node';

/** The groups and users the catalog knows, for mapping Dagster owners. */
export type OwnerDirectory = DagsterOwnerDirectory;

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
  /** True when the mapping found no owner, so the fallback owner stands in. */
  ownerless: boolean;
  /** Owners Dagster named that the mapping could not place. */
  unknown: string[];
  /** Why the mapping's answer was not used, for the log. */
  problem?: string;
}

/** What {@link resolveOwner} needs besides the asset. */
export interface OwnerContext {
  instanceId: string;
  namespace: string;
  directory: OwnerDirectory;
  fallbackOwner: string;
  /** The adopter's mapping, set through the extension point; the built-in one otherwise. */
  ownerMapping?: DagsterOwnerMapping;
}

/**
 * The catalog owner of an asset, as the owner mapping decides; the
 * fallback owner (and the ownerless label) when it finds none, throws, or
 * answers something that is not an entity ref. A bare name is a group in
 * the provider's namespace.
 */
export function resolveOwner(
  asset: DagsterAsset,
  ctx: OwnerContext,
): ResolvedOwner {
  const mapping = ctx.ownerMapping ?? defaultDagsterOwnerMapping;
  const fallback = (unknown: string[], problem?: string): ResolvedOwner => ({
    owner: ctx.fallbackOwner,
    ownerless: true,
    unknown,
    ...(problem ? { problem } : {}),
  });
  const key = asset.key.join('/');
  let decision;
  try {
    decision = mapping({
      asset,
      instanceId: ctx.instanceId,
      directory: ctx.directory,
    });
  } catch (error) {
    return fallback(
      [],
      `The owner mapping failed on asset "${key}" (${
        (error as Error)?.message ?? error
      }); it gets the fallback owner`,
    );
  }
  const unknown = decision?.unknownOwners ?? [];
  if (!decision?.owner) return fallback(unknown);
  const ref = ownerRef(decision.owner, ctx.namespace);
  if (ref) return { owner: ref, ownerless: false, unknown };
  return fallback(
    unknown,
    `The owner mapping gave asset "${key}" the owner ${JSON.stringify(
      decision.owner,
    )}, which is not an entity ref; it gets the fallback owner`,
  );
}

/** A valid owner entity ref in its canonical form, or undefined. */
function ownerRef(text: string, namespace: string): string | undefined {
  let ref;
  try {
    ref = parseEntityRef(text, {
      defaultKind: 'group',
      defaultNamespace: namespace,
    });
  } catch {
    return undefined;
  }
  const ok =
    valid.isValidKind(ref.kind) &&
    valid.isValidNamespace(ref.namespace) &&
    valid.isValidObjectName(ref.name);
  return ok ? stringifyEntityRef(ref) : undefined;
}
