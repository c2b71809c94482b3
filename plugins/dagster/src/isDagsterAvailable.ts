import type { Entity } from '@backstage/catalog-model';
import {
  DAGSTER_ASSET_KEY_ANNOTATION,
  DAGSTER_CODE_LOCATION_ANNOTATION,
} from '@internal/backstage-plugin-dagster-common';

/**
 * Whether an entity is linked to Dagster, through an asset key or a code
 * location annotation; use it to show Dagster tabs and cards only where they
 * have something to say.
 *
 * @public
 */
export function isDagsterAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[DAGSTER_ASSET_KEY_ANNOTATION]?.trim() ||
      annotations[DAGSTER_CODE_LOCATION_ANNOTATION]?.trim(),
  );
}
