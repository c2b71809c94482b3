import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  LAWFUL_BASES,
  PROJECT_CLASSIFICATIONS,
  validateProject,
} from '@internal/backstage-plugin-dagster-common';
import { examples } from './validateProject.examples';

/**
 * `dagster:project:validate`: checks a new pipeline project against the
 * platform's rules before anything is fetched, published or registered, and
 * fails naming every field that breaks a rule. It has no side effects, so it
 * behaves the same in a dry run.
 *
 * @public
 */
export function createValidateProjectAction() {
  return createTemplateAction({
    id: 'dagster:project:validate',
    description: 'Checks a new Dagster pipeline project against the platform rules',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z => z.string().describe('Project name: lowercase letters, digits and hyphens'),
        owner: z => z.string().describe('Owning group, as an entity reference'),
        costCentre: z => z.string().describe('Cost centre charged for the compute'),
        monthlyBudgetGbp: z => z.number().describe('Monthly budget in pounds'),
        classification: z => z.string().describe(`Government Security Classification: ${PROJECT_CLASSIFICATIONS.join(' or ')}`),
        personalData: z => z.boolean().describe('Whether the project processes personal data'),
        lawfulBasis: z => z.string().optional().describe(`UK GDPR Article 6 basis, required with personal data: ${LAWFUL_BASES.join(', ')}`),
        retentionPeriod: z => z.string().optional().describe('ISO 8601 retention period, required with personal data (for example P7Y)'),
      },
      output: {
        name: z => z.string().describe('The validated project name'),
      },
    },
    async handler(ctx) {
      const violations = validateProject(ctx.input);
      if (violations.length > 0) {
        throw new InputError(
          `The project breaks the platform rules: ${violations.map(v => `${v.field}: ${v.message}`).join('; ')}`,
        );
      }
      ctx.logger.info(`Project "${ctx.input.name}" meets the platform rules`);
      ctx.output('name', ctx.input.name);
    },
  });
}
