/**
 * Annotation on a catalog entity naming the Dagster asset key it stands for,
 * as the asset key's path joined with `/` (for example `sales/orders_daily`).
 *
 * @public
 */
export const DAGSTER_ASSET_KEY_ANNOTATION = 'dagster.io/asset-key';

/**
 * Annotation naming the Dagster code location (a project) an entity belongs to.
 *
 * @public
 */
export const DAGSTER_CODE_LOCATION_ANNOTATION = 'dagster.io/code-location';

/**
 * Annotation naming which configured Dagster instance serves the entity.
 *
 * @public
 */
export const DAGSTER_INSTANCE_ANNOTATION = 'dagster.io/instance';

/**
 * Catalog `spec.type` of the Resource entities that stand for Dagster assets.
 *
 * @public
 */
export const DAGSTER_ASSET_ENTITY_TYPE = 'dagster-asset';
