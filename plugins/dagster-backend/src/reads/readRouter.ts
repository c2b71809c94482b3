import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  KubernetesValidatorFunctions as valid,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { dagsterAssetReadPermission } from '@internal/backstage-plugin-dagster-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DagsterReadService } from './DagsterReadService';
import { targetOfEntity } from './target';

/**
 * An entity reference in its canonical form, or an InputError that says
 * which part is wrong (quoted with JSON escapes, so control characters show
 * as \u0000 or \r\n and never reach a log raw).
 */
function checkedEntityRef(text: string): string {
  let ref: { kind: string; namespace: string; name: string };
  try {
    ref = parseEntityRef(text);
  } catch (error) {
    throw new InputError(
      `entityRef: ${JSON.stringify(
        text,
      )} is not an entity reference such as resource:default/claims.raw (${
        (error as Error).message
      })`,
    );
  }
  const parts: [string, string, (v: unknown) => boolean][] = [
    ['kind', ref.kind, valid.isValidKind],
    ['namespace', ref.namespace, valid.isValidNamespace],
    ['name', ref.name, valid.isValidObjectName],
  ];
  for (const [part, value, ok] of parts) {
    if (!ok(value)) {
      throw new InputError(
        `entityRef: the ${part} ${JSON.stringify(
          value,
        )} may only hold letters, digits and - _ . (at most 63 characters)`,
      );
    }
  }
  return stringifyEntityRef(ref);
}

/** Options of {@link createReadRouter}. */
export interface ReadRouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  reads: DagsterReadService;
}

const entityRefParam = z
  .string({ message: 'entityRef is required' })
  .min(1, 'entityRef is required');

const lineageQuery = z.object({
  entityRef: entityRefParam,
  depth: z.coerce
    .number({ message: 'depth must be a whole number from 1 to 5' })
    .int('depth must be a whole number from 1 to 5')
    .min(1, 'depth must be a whole number from 1 to 5')
    .max(5, 'depth must be a whole number from 1 to 5')
    .default(2),
  direction: z
    .enum(['upstream', 'downstream', 'both'], {
      message: 'direction must be upstream, downstream or both',
    })
    .default('both'),
});

const checksQuery = z.object({ entityRef: entityRefParam });

function parseQuery<T extends z.ZodTypeAny>(
  schema: T,
  req: Request,
): z.infer<T> {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues
        .map(issue => `${issue.path.join('.') || 'query'}: ${issue.message}`)
        .join('; '),
    );
  }
  return parsed.data;
}

/**
 * The read routes on an entity's Dagster data: lineage and checks. Each
 * authorises `dagster.asset.read` on the entity and reads the entity with
 * the caller's credentials, so catalog permissions apply too.
 */
export async function createReadRouter(
  options: ReadRouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, catalog, reads } = options;
  const router = Router();

  const authenticate = (req: Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  const targetFor = async (
    credentials: BackstageCredentials,
    entityRefText: string,
  ) => {
    const entityRef = checkedEntityRef(entityRefText);
    const [decision] = await permissions.authorize(
      [{ permission: dagsterAssetReadPermission, resourceRef: entityRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You are not allowed to read Dagster data of ${entityRef}`,
      );
    }
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return targetOfEntity(entity, reads.instanceIds);
  };

  router.get('/lineage', async (req, res) => {
    const credentials = await authenticate(req);
    const query = parseQuery(lineageQuery, req);
    const target = await targetFor(credentials, query.entityRef);
    res.json(
      await reads.lineage(target, {
        depth: query.depth,
        direction: query.direction,
      }),
    );
  });

  router.get('/checks', async (req, res) => {
    const credentials = await authenticate(req);
    const query = parseQuery(checksQuery, req);
    const target = await targetFor(credentials, query.entityRef);
    res.json(await reads.checks(target));
  });

  return router;
}
