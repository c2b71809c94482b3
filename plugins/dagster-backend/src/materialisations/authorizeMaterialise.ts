import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { dagsterAssetMaterializePermission } from '@internal/backstage-plugin-dagster-common';

/**
 * Whether someone may materialise an entity's assets, and why, in words to
 * show them.
 *
 * @public
 */
export interface MaterialiseDecision {
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** The entity ref, normalised. */
  entityRef: string;
  reason: string;
}

/**
 * Asks the permission framework whether these credentials may materialise
 * the entity. The permission is on the catalog entity, so the policy may
 * answer with a condition (its owners); given the resourceRef, the
 * permission backend has the catalog apply it to the stored entity, and the
 * answer is always ALLOW or DENY. An entity the catalog does not know is
 * denied.
 *
 * @public
 */
export async function authorizeMaterialise(
  permissions: PermissionsService,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<MaterialiseDecision> {
  let ref: string;
  try {
    ref = stringifyEntityRef(parseEntityRef(entityRef));
  } catch (error) {
    throw new InputError(`Not an entity ref: ${(error as Error).message}`);
  }
  const [decision] = await permissions.authorize(
    [{ permission: dagsterAssetMaterializePermission, resourceRef: ref }],
    { credentials },
  );
  if (decision.result === AuthorizeResult.ALLOW) {
    return {
      result: AuthorizeResult.ALLOW,
      entityRef: ref,
      reason: `You may materialise ${ref}.`,
    };
  }
  return {
    result: AuthorizeResult.DENY,
    entityRef: ref,
    reason: `You may not materialise ${ref}: the permission policy keeps it for others (usually its owners).`,
  };
}
