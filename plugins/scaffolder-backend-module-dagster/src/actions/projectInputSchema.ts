import { InputError } from '@backstage/errors';
import {
  COMPUTE_PROFILES,
  describeViolations,
  LAWFUL_BASES,
  PARTITIONINGS,
  PROJECT_CLASSIFICATIONS,
  REPOSITORY_LOCATIONS,
} from '@internal/backstage-plugin-dagster-common';
import type { z as zod } from 'zod/v3';

type Z = typeof zod;

/** The facts the registry keeps about a project, as action inputs. */
export const registryInput = {
  name: (z: Z) =>
    z
      .string()
      .describe(
        'Project name: lowercase letters, digits and single hyphens, at most 63 characters',
      ),
  owner: (z: Z) =>
    z
      .string()
      .describe(
        'Owning group, as an entity reference such as group:default/data-team',
      ),
  department: (z: Z) =>
    z
      .string()
      .optional()
      .describe('Government department or agency the project works for'),
  costCentre: (z: Z) =>
    z.string().describe('Cost centre charged for the compute, such as CC-1042'),
  monthlyBudgetGbp: (z: Z) =>
    z.number().describe('Monthly compute budget in pounds'),
  classification: (z: Z) =>
    z
      .string()
      .describe(
        `Government Security Classification: ${PROJECT_CLASSIFICATIONS.join(
          ' or ',
        )}`,
      ),
  personalData: (z: Z) =>
    z.boolean().describe('Whether the project processes personal data'),
  lawfulBasis: (z: Z) =>
    z
      .string()
      .optional()
      .describe(
        `UK GDPR Article 6 basis, required with personal data: ${LAWFUL_BASES.join(
          ', ',
        )}`,
      ),
  retentionPeriod: (z: Z) =>
    z
      .string()
      .optional()
      .describe(
        'ISO 8601 retention period, required with personal data (for example P7Y)',
      ),
};

/** Everything the template asks for, as action inputs. */
export const newProjectInput = {
  ...registryInput,
  description: (z: Z) =>
    z.string().describe('One line saying what the project is for'),
  department: (z: Z) =>
    z
      .string()
      .describe('Government department or agency the project works for'),
  dbt: (z: Z) =>
    z.boolean().describe('Whether the project transforms its data with dbt'),
  partitioning: (z: Z) =>
    z
      .string()
      .describe(`How assets are partitioned: ${PARTITIONINGS.join(', ')}`),
  computeProfile: (z: Z) =>
    z
      .string()
      .describe(
        `Default compute profile: ${Object.keys(COMPUTE_PROFILES).join(', ')}`,
      ),
  repoLocation: (z: Z) =>
    z
      .string()
      .describe(
        `Where the repository is published: ${REPOSITORY_LOCATIONS.join(
          ' or ',
        )}`,
      ),
};

/** Fails the step with every broken rule, each naming its field. */
export function throwIfBroken(
  violations: { field: string; message: string }[],
) {
  if (violations.length > 0) {
    throw new InputError(
      `The project breaks the platform rules: ${describeViolations(
        violations,
      )}`,
    );
  }
}
