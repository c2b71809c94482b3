import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogLocationAnalyzePermission,
  catalogLocationCreatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { templateDryRunPermission } from '@backstage/plugin-scaffolder-common/alpha';
import {
  dagsterAssetMaterializePermission,
  dagsterCostReadPermission,
  dagsterProjectAdminPermission,
  dagsterProjectCreatePermission,
} from '@internal/backstage-plugin-dagster-common';

/**
 * The platform's admins: they may register a project for any team and
 * materialise any asset.
 */
const PLATFORM_ADMINS = 'group:default/data-platform-team';

/** What only members of a team may do. */
const TEAM_MEMBERS_ONLY = [
  dagsterProjectCreatePermission,
  dagsterCostReadPermission,
  catalogLocationCreatePermission,
  catalogLocationAnalyzePermission,
  templateDryRunPermission,
];

/**
 * The portal's permission policy. Later features add their rules here.
 * - Anything that spends money on an asset (materialise) is for its owners
 *   and platform admins.
 * - Creating needs membership of a team: a guest, who belongs to no group,
 *   can look around but not create. That covers projects, and registering
 *   in the catalog (a location, its dry run, its analysis) and template dry
 *   runs, which have the backend read URLs on the person's behalf.
 * - Money (cost centres, budgets) is for members of a team, not the guest.
 * - Registering a project for a team one is not in is for platform admins.
 * - Everything else is allowed to signed-in people.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (isPermission(permission, dagsterAssetMaterializePermission)) {
      if (isPlatformAdmin(user)) return { result: AuthorizeResult.ALLOW };
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({
          claims: user?.info.ownershipEntityRefs ?? [],
        }),
      );
    }
    if (isPermission(permission, dagsterProjectAdminPermission)) {
      return {
        result: isPlatformAdmin(user)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (TEAM_MEMBERS_ONLY.some(p => isPermission(permission, p))) {
      return {
        result: belongsToAGroup(user)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

function isPlatformAdmin(user?: PolicyQueryUser): boolean {
  return (user?.info.ownershipEntityRefs ?? []).includes(PLATFORM_ADMINS);
}

function belongsToAGroup(user?: PolicyQueryUser): boolean {
  return (user?.info.ownershipEntityRefs ?? []).some(ref =>
    ref.startsWith('group:'),
  );
}

export const portalPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new PortalPermissionPolicy());
      },
    });
  },
});
