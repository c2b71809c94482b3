import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  dagsterProjectCreatePermission,
  dagsterProjectReadPermission,
  describeViolations,
  validateProject,
} from '@internal/backstage-plugin-dagster-common';
import type { DagsterInstanceConfig } from '@internal/backstage-plugin-dagster-node';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { ProjectStore } from './projects/ProjectStore';

/** @internal */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  projects: ProjectStore;
  instances: DagsterInstanceConfig[];
  demo: boolean;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, auditor, projects, instances, demo } = options;
  const router = Router();
  router.use(express.json({ limit: '64kb' }));

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

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/status', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    // Only ids and UI links: URLs with credentials or tokens never leave the server.
    res.json({
      configured: instances.length > 0,
      demo,
      instances: instances.map(i => ({ id: i.id, webUrl: i.webUrl })),
    });
  });

  router.get('/projects', async (req, res) => {
    await authorize(req, dagsterProjectReadPermission);
    const owner =
      typeof req.query.owner === 'string' ? req.query.owner : undefined;
    res.json({ items: await projects.list({ owner }) });
  });

  router.get('/projects/:name', async (req, res) => {
    await authorize(req, dagsterProjectReadPermission);
    const project = await projects.get(req.params.name);
    if (!project)
      throw new NotFoundError(
        `No project named "${req.params.name}" is registered`,
      );
    res.json(project);
  });

  router.post('/projects', async (req, res) => {
    const event = await auditor.createEvent({
      eventId: 'project-register',
      severityLevel: 'medium',
      request: req,
      meta: { name: req.body?.name },
    });
    try {
      const credentials = await authorize(req, dagsterProjectCreatePermission);
      const body = req.body ?? {};
      const violations = validateProject(body);
      if (violations.length > 0) {
        throw new InputError(describeViolations(violations));
      }
      const registeredBy =
        credentials.principal.type === 'user'
          ? credentials.principal.userEntityRef
          : credentials.principal.subject;
      const project = {
        name: body.name,
        owner: body.owner,
        costCentre: body.costCentre,
        monthlyBudgetGbp: body.monthlyBudgetGbp,
        classification: body.classification,
        personalData: body.personalData,
        ...(body.department ? { department: body.department } : {}),
        ...(body.personalData
          ? {
              lawfulBasis: body.lawfulBasis,
              retentionPeriod: body.retentionPeriod,
            }
          : {}),
        registeredBy,
        registeredAt: new Date().toISOString(),
      };
      await projects.register(project);
      await event.success({ meta: { name: project.name } });
      res.status(201).json(project);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
