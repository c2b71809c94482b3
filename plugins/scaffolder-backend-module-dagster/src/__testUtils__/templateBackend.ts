import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleTemplateKind from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderModuleGithub from '@backstage/plugin-scaffolder-backend-module-github';
import dagsterDemo from '@internal/backstage-plugin-scaffolder-backend-module-dagster-demo';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
// The real registry behind the register step: a test-only dependency on the plugin.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import dagsterPlugin from '@internal/backstage-plugin-dagster-backend';
import { dagsterProjectCreatePermission } from '@internal/backstage-plugin-dagster-common';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleDagster } from '../module';

export const repoRoot = resolvePackagePath(
  '@internal/backstage-plugin-scaffolder-backend-module-dagster',
  '../..',
);
export const templateDir = path.join(
  repoRoot,
  'templates/dagster-pipeline-project',
);
export const TEMPLATE_REF = 'template:default/dagster-pipeline-project';

/**
 * A backend with the real scaffolder, catalog and dagster-backend plus this
 * module and the demo module (publish target and its URL reader): the portal's
 * create path, in process.
 * The catalog knows the example organisation and the template.
 */
export interface TemplateBackend {
  server: Server;
  /** Where the demo publish step writes its bare repositories. */
  demoRepositories: string;
  stop(): Promise<void>;
}

export async function startTemplateBackend(
  options: { denyProjectCreation?: boolean } = {},
): Promise<TemplateBackend> {
  const demoRepositories = fs.mkdtempSync(
    path.join(os.tmpdir(), 'demo-repos-'),
  );
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleTemplateKind,
      scaffolderPlugin,
      scaffolderModuleGithub,
      scaffolderModuleDagster,
      dagsterPlugin,
      dagsterDemo,
      schedulerServiceFactory,
      ...(options.denyProjectCreation ? [denyingProjectCreation()] : []),
      mockServices.rootConfig.factory({
        data: {
          dagster: { demoRepositories: { directory: demoRepositories } },
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'System',
                  'API',
                  'Resource',
                  'Location',
                  'Template',
                  'Group',
                  'User',
                ],
              },
            ],
            locations: [
              {
                type: 'file',
                target: path.join(repoRoot, 'examples/org.yaml'),
              },
              { type: 'file', target: path.join(templateDir, 'template.yaml') },
            ],
          },
        },
      }),
    ],
  });
  return {
    server: backend.server,
    demoRepositories,
    async stop() {
      await backend.stop();
      fs.rmSync(demoRepositories, { recursive: true, force: true });
    },
  };
}

/** A policy that allows everything but registering a project with the platform. */
function denyingProjectCreation() {
  const decide = (permission?: { name: string }) =>
    permission?.name === dagsterProjectCreatePermission.name
      ? AuthorizeResult.DENY
      : AuthorizeResult.ALLOW;
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(r => ({ result: decide(r.permission) })) as any,
    authorizeConditional: async requests =>
      requests.map(r => ({ result: decide(r.permission) })) as any,
  }).factory;
}

/** Every file under a directory, relative to it, with `/` separators. */
export function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), relative)
      : [relative];
  });
}

/** The template as the scaffolder's dry-run endpoint takes it: its YAML and its files. */
export function loadTemplate(): {
  template: any;
  directoryContents: { path: string; base64Content: string }[];
} {
  return {
    template: yaml.parse(
      fs.readFileSync(path.join(templateDir, 'template.yaml'), 'utf8'),
    ),
    directoryContents: listFiles(templateDir).map(file => ({
      path: file,
      base64Content: fs
        .readFileSync(path.join(templateDir, file))
        .toString('base64'),
    })),
  };
}

/** The person the template tests run it as: a member of a team. */
export const TEMPLATE_USER = 'user:default/dana.datateam';

/**
 * Runs the template through the scaffolder's dry-run endpoint as TEMPLATE_USER.
 * `template` replaces the template's YAML (for example without its form).
 */
export async function dryRunTemplate(
  server: Server,
  values: Record<string, unknown>,
  template?: unknown,
) {
  const loaded = loadTemplate();
  return request(server)
    .post('/api/scaffolder/v2/dry-run')
    .set('authorization', mockCredentials.user.header(TEMPLATE_USER))
    .send({
      template: template ?? loaded.template,
      values,
      directoryContents: loaded.directoryContents,
    });
}
