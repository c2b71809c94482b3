import type { Entity } from '@backstage/catalog-model';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  DAGSTER_ASSET_KEY_ANNOTATION,
  DAGSTER_CODE_LOCATION_ANNOTATION,
  DAGSTER_INSTANCE_ANNOTATION,
} from '@internal/backstage-plugin-dagster-common';
import { DagsterTarget } from './model';

/**
 * What a catalog entity stands for in Dagster: an asset (asset-key
 * annotation) or a whole project (code-location annotation only). The
 * instance annotation may be left out when exactly one instance is
 * configured.
 */
export function targetOfEntity(
  entity: Entity,
  instanceIds: string[],
): DagsterTarget {
  const ref = stringifyEntityRef(entity);
  const annotations = entity.metadata.annotations ?? {};
  const assetKey = annotations[DAGSTER_ASSET_KEY_ANNOTATION]?.trim();
  const location = annotations[DAGSTER_CODE_LOCATION_ANNOTATION]?.trim();
  if (!assetKey && !location) {
    throw new InputError(
      `${ref} has neither a ${DAGSTER_ASSET_KEY_ANNOTATION} nor a ${DAGSTER_CODE_LOCATION_ANNOTATION} annotation`,
    );
  }
  const named = annotations[DAGSTER_INSTANCE_ANNOTATION]?.trim();
  let instanceId: string;
  if (named) {
    if (!instanceIds.includes(named)) {
      throw new InputError(
        `${ref} names Dagster instance "${named}", which is not configured`,
      );
    }
    instanceId = named;
  } else if (instanceIds.length === 1) {
    instanceId = instanceIds[0];
  } else {
    throw new InputError(
      instanceIds.length === 0
        ? 'No Dagster instances are configured (dagster.instances)'
        : `${ref} has no ${DAGSTER_INSTANCE_ANNOTATION} annotation and several Dagster instances are configured`,
    );
  }
  if (assetKey) {
    const parts = assetKey.split('/');
    if (parts.some(p => p.length === 0)) {
      throw new InputError(
        `${ref} has a malformed ${DAGSTER_ASSET_KEY_ANNOTATION} annotation "${assetKey}"`,
      );
    }
    return {
      kind: 'asset',
      instanceId,
      assetKey: parts,
      ...(location ? { location } : {}),
    };
  }
  return { kind: 'project', instanceId, location: location! };
}
