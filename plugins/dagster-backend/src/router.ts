import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  dagsterCostReadPermission,
  dagsterProjectAdminPermission,
  dagsterProjectCreatePermission,
  dagsterProjectReadPermission,
  describeViolations,
  printable,
  toProjectRequest,
  validateProject,
} from '@internal/backstage-plugin-dagster-common';
import type { DagsterInstanceConfig } from '@internal/backstage-plugin-dagster-node';
import type { Request } from 'express';
import type { RegisteredProject } from '@internal/backstage-plugin-dagster-common';
import { ProjectStore, StoredProject } from './projects/ProjectStore';
import type { InstanceHealth } from './reads/DagsterReadService';
import { createOpenApiRouter } from './schema/router';

/** @internal */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
  auditor: AuditorService;
  projects: ProjectStore;
  instances: DagsterInstanceConfig[];
  /** The version of each instance, or why it did not answer. */
  instanceHealth: () => Promise<InstanceHealth[]>;
  demo: boolean;
}

/**
 * The plugin's router, built from its contract: the registry and status
 * routes are registered here; the read routes are mounted on it by the plugin.
 */
export async function createRouter(options: RouterOptions) {
  const { httpAuth, permissions, userInfo, auditor, projects, instances, demo } =
    options;
  const router = await createOpenApiRouter();

  const authorize = async (req: Request, permission: BasicPermission) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You are not allowed to ${permission.attributes.action} ${
          permission.name.split('.')[1]
        }s`,
      );
    }
    return credentials;
  };

  const allowed = async (
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ) => {
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    return decision.result === AuthorizeResult.ALLOW;
  };

  /** Money fields only for those allowed to see cost. */
  const shown = async (credentials: BackstageCredentials) => {
    if (await allowed(credentials, dagsterCostReadPermission)) {
      return (project: StoredProject): RegisteredProject => project;
    }
    return ({
      costCentre: _costCentre,
      monthlyBudgetGbp: _budget,
      ...rest
    }: StoredProject): RegisteredProject => rest;
  };

  /** A person registers for their own team; platform admins for any team. */
  const checkOwnership = async (
    credentials: BackstageCredentials,
    owner: string,
  ) => {
    const ownerRef = stringifyEntityRef(
      parseEntityRef(owner, { defaultKind: 'group', defaultNamespace: 'default' }),
    );
    if ((credentials.principal as { type: string }).type === 'user') {
      const { ownershipEntityRefs } = await userInfo.getUserInfo(credentials);
      if (ownershipEntityRefs.includes(ownerRef)) return;
    }
    if (await allowed(credentials, dagsterProjectAdminPermission)) return;
    throw new NotAllowedError(
      `You may only register projects for a team you are a member of; you are not in ${ownerRef}`,
    );
  };

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/status', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    // Only ids, UI links and versions: URLs with credentials or tokens never leave the server.
    const health = new Map(
      (await options.instanceHealth()).map(h => [h.id, h]),
    );
    res.json({
      configured: instances.length > 0,
      demo,
      instances: instances.map(i => {
        const h = health.get(i.id);
        return {
          id: i.id,
          webUrl: i.webUrl,
          ...(h?.reachable
            ? { version: h.version }
            : { problem: h?.problem ?? 'unknown' }),
        };
      }),
    });
  });

  router.get('/projects', async (req, res) => {
    const credentials = await authorize(req, dagsterProjectReadPermission);
    const owner =
      typeof req.query.owner === 'string' ? req.query.owner : undefined;
    const show = await shown(credentials);
    res.json({ items: (await projects.list({ owner })).map(show) });
  });

  router.get('/projects/:name', async (req, res) => {
    const credentials = await authorize(req, dagsterProjectReadPermission);
    const project = await projects.get(req.params.name);
    if (!project)
      throw new NotFoundError(
        `No project named "${req.params.name}" is registered`,
      );
    res.json((await shown(credentials))(project));
  });

  /*
   * Registers a project. With `?dryRun=true` it checks everything a
   * registration would (identity, permission, the platform's rules, a free
   * name) and stores nothing, so the template can stop before publishing.
   */
  router.post('/projects', async (req, res) => {
    const dryRun = booleanFlag(req.query.dryRun, 'dryRun');
    const event = await auditor.createEvent({
      eventId: 'project-register',
      severityLevel: dryRun ? 'low' : 'medium',
      request: req,
      // Logged before validation: escaped, so a newline cannot forge a log line.
      meta: { name: printable(req.body?.name), dryRun },
    });
    try {
      const credentials = await authorize(req, dagsterProjectCreatePermission);
      const project = toStoredProject(req.body ?? {}, credentials);
      await checkOwnership(credentials, project.owner);
      if (dryRun) {
        if (await projects.get(project.name)) {
          throw new ConflictError(
            `A project named "${project.name}" is already registered`,
          );
        }
      } else {
        await projects.register(project);
      }
      await event.success({ meta: { name: project.name, dryRun } });
      res.status(dryRun ? 200 : 201).json(project);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}

/**
 * A query flag: absent or `false` is false, `true` is true; anything else is
 * refused, so a mistyped flag never turns a dry run into a real write.
 */
function booleanFlag(value: unknown, name: string): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(`${name} must be true or false`);
}

/** The registry's record of a request, or an InputError naming every bad field. */
function toStoredProject(
  body: Record<string, any>,
  credentials: BackstageCredentials,
): StoredProject {
  const violations = validateProject(body);
  if (violations.length > 0) {
    throw new InputError(describeViolations(violations));
  }
  const principal = credentials.principal as
    | { type: 'user'; userEntityRef: string }
    | { type: 'service'; subject: string };
  return {
    ...toProjectRequest(body),
    registeredBy:
      principal.type === 'user' ? principal.userEntityRef : principal.subject,
    registeredAt: new Date().toISOString(),
  };
}
