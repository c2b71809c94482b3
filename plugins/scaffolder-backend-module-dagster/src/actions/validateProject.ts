import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  projectEntityRefs,
  toProjectRequest,
  validateNewProject,
} from '@internal/backstage-plugin-dagster-common';
import { PlatformClient } from '../platform/PlatformClient';
import { examples } from './validateProject.examples';
import { newProjectInput, throwIfBroken } from './projectInputSchema';

/**
 * `dagster:project:validate`: checks a new pipeline project against the
 * platform's rules, that its name is free in the catalog and the registry,
 * and that the person may register it, before anything is fetched, published
 * or registered. Fails naming every field that breaks a rule. It only reads, so it runs the same in a dry run.
 *
 * @public
 */
export function createValidateProjectAction(options: {
  catalog: CatalogService;
  platform: PlatformClient;
}) {
  const { catalog, platform } = options;
  return createTemplateAction({
    id: 'dagster:project:validate',
    description:
      'Checks a new Dagster pipeline project against the platform rules and that its name is free',
    examples,
    supportsDryRun: true,
    schema: {
      input: newProjectInput,
      output: {
        name: z => z.string().describe('The validated project name'),
        packageName: z =>
          z
            .string()
            .describe(
              'The Python package name: the project name with underscores',
            ),
      },
    },
    async handler(ctx) {
      throwIfBroken(validateNewProject(ctx.input));
      const { name } = ctx.input;
      const credentials = await ctx.getInitiatorCredentials();
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: projectEntityRefs(name) },
        { credentials },
      );
      const taken = items.find(Boolean);
      if (taken) {
        throw new InputError(
          `name: "${name}" is already taken in the catalog by ${stringifyEntityRef(
            taken,
          )}; choose another name`,
        );
      }
      // Allowed to create projects, and the registry would take this one.
      await platform.check(toProjectRequest(ctx.input), credentials);
      ctx.logger.info(
        `Project "${name}" meets the platform rules and its name is free`,
      );
      ctx.output('name', name);
      ctx.output('packageName', name.replaceAll('-', '_'));
    },
  });
}
