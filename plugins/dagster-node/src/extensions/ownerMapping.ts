import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { DagsterAsset } from '../client';

/**
 * Lookups into the groups and users the catalog holds.
 *
 * @public
 */
export interface DagsterOwnerDirectory {
  /** The entity ref of the group with this name (lowercase), if the catalog has one. */
  group(name: string): string | undefined;
  /** The entity ref of the user with this email (lowercase), if the catalog has one. */
  userByEmail(email: string): string | undefined;
}

/**
 * What an owner mapping is given for one asset.
 *
 * @public
 */
export interface DagsterOwnerMappingInput {
  /** The asset as Dagster describes it: key, code location, owners, tags, kinds. */
  asset: DagsterAsset;
  /** The configured id of the Dagster instance the asset comes from. */
  instanceId: string;
  /** The catalog's groups and users. */
  directory: DagsterOwnerDirectory;
}

/**
 * What an owner mapping decides for one asset.
 *
 * @public
 */
export interface DagsterOwnerDecision {
  /**
   * The owner's entity ref, such as `group:default/claims-data-team`. Left
   * out when no owner fits: the asset then gets the configured fallback
   * owner (`catalog.providers.dagster.fallbackOwner`) and the
   * `dagster.io/ownerless` label.
   */
  owner?: string;
  /** Owners Dagster named that could not be placed, kept in the `dagster.io/unknown-owners` annotation. */
  unknownOwners?: string[];
}

/**
 * Turns a Dagster asset's owners into its catalog owner. A project (code
 * location) is owned by the owner most of its assets got.
 *
 * @public
 */
export type DagsterOwnerMapping = (
  input: DagsterOwnerMappingInput,
) => DagsterOwnerDecision;

/**
 * The mapping used unless a module sets another: the first Dagster team
 * that is a catalog group (`team:` prefix dropped), else the first email
 * that is a catalog user; the others are reported as unknown.
 *
 * @public
 */
export const defaultDagsterOwnerMapping: DagsterOwnerMapping = ({
  asset,
  directory,
}) => {
  const unknownOwners: string[] = [];
  let team: string | undefined;
  let user: string | undefined;
  for (const owner of asset.owners) {
    if (owner.type === 'team') {
      const ref = directory.group(
        owner.team.replace(/^team:/, '').toLowerCase(),
      );
      if (ref) team ??= ref;
      else unknownOwners.push(`team:${owner.team}`);
    } else {
      const ref = directory.userByEmail(owner.email.toLowerCase());
      if (ref) user ??= ref;
      else unknownOwners.push(owner.email);
    }
  }
  const owner = team ?? user;
  return owner ? { owner, unknownOwners } : { unknownOwners };
};

/**
 * Where an adopter's catalog module sets its own owner mapping.
 *
 * @public
 */
export interface DagsterOwnerMappingExtensionPoint {
  /** Replaces {@link defaultDagsterOwnerMapping}; only one module may set it. */
  setOwnerMapping(mapping: DagsterOwnerMapping): void;
}

/**
 * Lets a catalog module (`pluginId: 'catalog'`) decide who owns the assets
 * and projects the Dagster catalog module ingests. Registered by that
 * module; placement and personal-data rules will get extension points of
 * their own.
 *
 * @public
 */
export const dagsterOwnerMappingExtensionPoint =
  createExtensionPoint<DagsterOwnerMappingExtensionPoint>({
    id: 'dagster.owner-mapping',
  });
