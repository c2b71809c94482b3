import type { Entity } from '@backstage/catalog-model';
import {
  plainAssetEntityName,
  DAGSTER_ASSET_KEY_ANNOTATION,
  DAGSTER_CODE_LOCATION_ANNOTATION,
} from '@internal/backstage-plugin-dagster-common';

function annotation(entity: Entity, name: string): string | undefined {
  return entity.metadata.annotations?.[name]?.trim() || undefined;
}

/**
 * Whether an entity stands for one Dagster asset (it has the
 * `dagster.io/asset-key` annotation).
 *
 * @public
 */
export function isDagsterAssetEntity(entity: Entity): boolean {
  return Boolean(annotation(entity, DAGSTER_ASSET_KEY_ANNOTATION));
}

/**
 * Whether an entity stands for a whole Dagster project: it has the
 * `dagster.io/code-location` annotation but no asset key, the same rule the
 * backend uses to decide between an asset and a project.
 *
 * @public
 */
export function isDagsterProjectEntity(entity: Entity): boolean {
  return (
    !isDagsterAssetEntity(entity) &&
    Boolean(annotation(entity, DAGSTER_CODE_LOCATION_ANNOTATION))
  );
}

/**
 * The catalog entity name the Dagster provider gives an asset, or undefined
 * when the key has no plain name (the server then names it with a hash).
 */
export function assetEntityName(assetKey: string): string | undefined {
  return plainAssetEntityName(assetKey.split('/'));
}
