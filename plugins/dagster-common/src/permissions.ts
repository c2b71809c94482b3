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
 * Register a project for a team the person is not a member of: for
 * platform admins. Everyone else may only register their own team's projects.
 *
 * @public
 */
export const dagsterProjectAdminPermission = createPermission({
  name: 'dagster.project.admin',
  attributes: { action: 'update' },
});

/**
 * See money: the cost centres and budgets of the registry (and, as they
 * arrive, cost per project). Without it the rest of the registry stays readable.
 *
 * @public
 */
export const dagsterCostReadPermission = createPermission({
  name: 'dagster.cost.read',
  attributes: { action: 'read' },
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
  dagsterProjectAdminPermission,
  dagsterCostReadPermission,
];
