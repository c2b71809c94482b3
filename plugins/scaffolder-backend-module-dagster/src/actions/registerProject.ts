import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  toProjectRequest,
  validateProject,
} from '@internal/backstage-plugin-dagster-common';
import { PlatformClient } from '../platform/PlatformClient';
import { examples } from './registerProject.examples';
import { registryInput, throwIfBroken } from './projectInputSchema';

/**
 * `dagster:project:register`: records the project in the platform's registry
 * (owner, cost centre, budget, classification, personal-data facts) on behalf
 * of the person running the template, so cost and compliance know it from
 * day one. A dry run checks the request and registers nothing.
 *
 * @public
 */
export function createRegisterProjectAction(options: {
  platform: PlatformClient;
}) {
  return createTemplateAction({
    id: 'dagster:project:register',
    description:
      'Registers a new Dagster pipeline project with the data platform (owner, cost centre, budget, classification, personal data)',
    examples,
    supportsDryRun: true,
    schema: {
      input: registryInput,
      output: {
        registeredBy: z =>
          z.string().describe('Who the registry recorded as registering it'),
        registeredAt: z =>
          z.string().describe('When it was registered (ISO 8601)'),
      },
    },
    async handler(ctx) {
      throwIfBroken(validateProject(ctx.input));
      const project = toProjectRequest(ctx.input);
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would register project "${project.name}" for ${project.owner}, cost centre ${project.costCentre}`,
        );
        return;
      }
      const credentials = await ctx.getInitiatorCredentials();
      const registered = await ctx.checkpoint({
        key: `dagster-project-register-${project.name}`,
        fn: async () => {
          const { registeredBy, registeredAt } =
            await options.platform.register(project, credentials);
          return { registeredBy, registeredAt };
        },
      });
      ctx.logger.info(
        `Registered project "${project.name}" with the platform as ${registered.registeredBy}`,
      );
      ctx.output('registeredBy', registered.registeredBy);
      ctx.output('registeredAt', registered.registeredAt);
    },
  });
}
