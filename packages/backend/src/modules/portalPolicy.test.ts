import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  catalogEntityReadPermission,
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
import { PortalPermissionPolicy } from './portalPolicy';

const person = (ref: string, groups: string[]): PolicyQueryUser =>
  ({
    identity: {
      type: 'user',
      userEntityRef: ref,
      ownershipEntityRefs: [ref, ...groups],
    },
    info: { userEntityRef: ref, ownershipEntityRefs: [ref, ...groups] },
    credentials: {} as any,
  } as unknown as PolicyQueryUser);

const dana = person('user:default/dana.datateam', [
  'group:default/claims-data-team',
]);
const guest = person('user:development/guest', []);
const pat = person('user:default/pat.platform', [
  'group:default/data-platform-team',
]);
const policy = new PortalPermissionPolicy();

describe('PortalPermissionPolicy', () => {
  it('lets team members create projects and refuses guests', async () => {
    const query = { permission: dagsterProjectCreatePermission };
    expect((await policy.handle(query, dana)).result).toBe(
      AuthorizeResult.ALLOW,
    );
    expect((await policy.handle(query, guest)).result).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('shows money to team members, not to guests', async () => {
    const query = { permission: dagsterCostReadPermission };
    expect((await policy.handle(query, dana)).result).toBe(
      AuthorizeResult.ALLOW,
    );
    expect((await policy.handle(query, guest)).result).toBe(
      AuthorizeResult.DENY,
    );
  });

  it('lets only platform admins register projects for any team', async () => {
    const query = { permission: dagsterProjectAdminPermission };
    expect((await policy.handle(query, pat)).result).toBe(
      AuthorizeResult.ALLOW,
    );
    for (const other of [dana, guest]) {
      expect((await policy.handle(query, other)).result).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it.each([
    catalogLocationCreatePermission,
    catalogLocationAnalyzePermission,
    templateDryRunPermission,
  ])(
    'lets team members, not guests, have the backend read a URL for them ($name)',
    async permission => {
      expect((await policy.handle({ permission }, dana)).result).toBe(
        AuthorizeResult.ALLOW,
      );
      expect((await policy.handle({ permission }, guest)).result).toBe(
        AuthorizeResult.DENY,
      );
    },
  );

  it('limits materialisation to the owners of the entity', async () => {
    const decision = await policy.handle(
      { permission: dagsterAssetMaterializePermission },
      dana,
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        params: {
          claims: [
            'user:default/dana.datateam',
            'group:default/claims-data-team',
          ],
        },
      },
    });
  });

  it('lets platform admins materialise any asset, owned or not', async () => {
    expect(
      await policy.handle({ permission: dagsterAssetMaterializePermission }, pat),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('gives the guest only the owner condition for materialising', async () => {
    const decision = await policy.handle(
      { permission: dagsterAssetMaterializePermission },
      guest,
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        params: { claims: ['user:development/guest'] },
      },
    });
  });

  it('lets everyone signed in read the catalog', async () => {
    expect(
      (await policy.handle({ permission: catalogEntityReadPermission }, guest))
        .result,
    ).toBe(AuthorizeResult.ALLOW);
  });
});
