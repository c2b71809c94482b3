import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DAGSTER_CODE_LOCATION_ANNOTATION,
  DAGSTER_INSTANCE_ANNOTATION,
} from '@internal/backstage-plugin-dagster-common';
import { directoryFrom, OwnerDirectory } from '../entities/owners';

/** Reads the catalog's groups and users, to map Dagster owners onto them. */
export async function loadOwnerDirectory(
  catalog: CatalogService,
  auth: AuthService,
): Promise<OwnerDirectory> {
  const credentials = await auth.getOwnServiceCredentials();
  const { items } = await catalog.getEntities(
    {
      filter: [{ kind: 'Group' }, { kind: 'User' }],
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec.profile.email',
      ],
    },
    { credentials },
  );
  const groups = new Map<string, string>();
  const usersByEmail = new Map<string, string>();
  for (const entity of items) {
    const ref = stringifyEntityRef(entity);
    if (entity.kind === 'Group') {
      groups.set(entity.metadata.name.toLowerCase(), ref);
    } else {
      const email = (entity.spec?.profile as { email?: string } | undefined)
        ?.email;
      if (email) usersByEmail.set(email.toLowerCase(), ref);
    }
  }
  return directoryFrom(groups, usersByEmail);
}

/**
 * The entities this provider put in the catalog before, by code location, so
 * that after a restart a location that fails to load keeps its entities.
 */
export async function loadProvidedEntities(
  catalog: CatalogService,
  auth: AuthService,
  instanceId: string,
  locationRef: string,
): Promise<Map<string, Entity[]>> {
  const credentials = await auth.getOwnServiceCredentials();
  const { items } = await catalog.getEntities(
    {
      filter: {
        [`metadata.annotations.${DAGSTER_INSTANCE_ANNOTATION}`]: instanceId,
        'metadata.annotations.backstage.io/managed-by-location': locationRef,
      },
    },
    { credentials },
  );
  const byLocation = new Map<string, Entity[]>();
  for (const entity of items) {
    const location =
      entity.metadata.annotations?.[DAGSTER_CODE_LOCATION_ANNOTATION];
    if (!location) continue;
    const list = byLocation.get(location) ?? [];
    list.push(asProvided(entity));
    byLocation.set(location, list);
  }
  return byLocation;
}

/** Strips what the catalog adds (uid, etag, relations, status) from a stored entity. */
function asProvided(entity: Entity): Entity {
  const { uid, etag, generation, ...metadata } =
    entity.metadata as Entity['metadata'] & {
      generation?: number;
    };
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata,
    spec: entity.spec,
  };
}
