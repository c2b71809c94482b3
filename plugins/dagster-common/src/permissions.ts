import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/**
 * Read Dagster data (lineage, checks, runs) for a catalog entity.
 *
 * @public
 */
export const dagsterAssetReadPermission = createPermission({
  name: 'dagster.asset.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Launch a materialisation of an asset or project: it spends money, so
 * policies usually grant it to the entity's owners only.
 *
 * @public
 */
export const dagsterAssetMaterializePermission = createPermission({
  name: 'dagster.asset.materialize',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Read the platform's project registry (owners, cost centres, budgets).
 *
 * @public
 */
export const dagsterProjectReadPermission = createPermission({
  name: 'dagster.project.read',
  attributes: { action: 'read' },
});

/**
 * Register a new pipeline project with the platform.
 *
 * @public
 */
export const dagsterProjectCreatePermission = createPermission({
  name: 'dagster.project.create',
  attributes: { action: 'create' },
});

/**
 * Every permission of the Dagster plugin family.
 *
 * @public
 */
export const dagsterPermissions = [
  dagsterAssetReadPermission,
  dagsterAssetMaterializePermission,
  dagsterProjectReadPermission,
  dagsterProjectCreatePermission,
];
