import { COMPUTE_PROFILES, PARTITIONINGS } from './computeProfiles';
import type { ProjectRequest } from '../schema';
import { validateProject } from './validateProject';

/**
 * Where a new project's repository is published.
 *
 * @public
 */
export const REPOSITORY_LOCATIONS = ['demo', 'github'] as const;

/**
 * Everything the project template asks for: the registry's facts plus how
 * the skeleton is shaped.
 *
 * @public
 */
export interface NewProjectRequest extends ProjectRequest {
  description: string;
  department: string;
  dbt: boolean;
  partitioning: string;
  computeProfile: string;
  repoLocation: string;
}

/**
 * One broken rule for a new project, naming the form field.
 *
 * @public
 */
export interface NewProjectRuleViolation {
  field: keyof NewProjectRequest;
  message: string;
}

const MAX_DESCRIPTION = 280;
/** Template expressions (`${{ }}`, `{{ }}`, `{% %}`, `{# #}`) are text a renderer would run. */
const TEMPLATE_EXPRESSION = /\$\{\{|\{\{|\{%|\{#|%\}|#\}|\}\}/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Checks a new project against the platform's rules and the template's
 * choices, returning every violation; an empty list means valid.
 *
 * @public
 */
export function validateNewProject(
  input: Partial<Record<keyof NewProjectRequest, unknown>>,
): NewProjectRuleViolation[] {
  const violations: NewProjectRuleViolation[] = validateProject(input);
  const fail = (field: keyof NewProjectRequest, message: string) =>
    violations.push({ field, message });

  const description = input.description;
  if (typeof description !== 'string' || description.trim().length === 0) {
    fail('description', 'say in a sentence what the project is for');
  } else if (description.length > MAX_DESCRIPTION) {
    fail('description', `must be at most ${MAX_DESCRIPTION} characters`);
  } else if (CONTROL_CHARACTER.test(description)) {
    fail('description', 'must be a single line of text');
  } else if (TEMPLATE_EXPRESSION.test(description)) {
    fail(
      'description',
      'must not contain template expressions such as ${{ }}, {{ }} or {% %}',
    );
  }
  if (input.department === undefined) {
    fail('department', 'name the department or agency the project works for');
  }
  if (typeof input.dbt !== 'boolean') {
    fail('dbt', 'say whether the project uses dbt');
  }
  if (!(PARTITIONINGS as readonly unknown[]).includes(input.partitioning)) {
    fail('partitioning', `must be one of ${PARTITIONINGS.join(', ')}`);
  }
  if (
    typeof input.computeProfile !== 'string' ||
    !Object.hasOwn(COMPUTE_PROFILES, input.computeProfile)
  ) {
    fail(
      'computeProfile',
      `must be one of ${Object.keys(COMPUTE_PROFILES).join(', ')}`,
    );
  }
  if (
    !(REPOSITORY_LOCATIONS as readonly unknown[]).includes(input.repoLocation)
  ) {
    fail('repoLocation', `must be one of ${REPOSITORY_LOCATIONS.join(', ')}`);
  }
  return violations;
}

/**
 * The violations as one message naming each field, for an error.
 *
 * @public
 */
export function describeViolations(
  violations: { field: string; message: string }[],
): string {
  return violations.map(v => `${v.field}: ${v.message}`).join('; ');
}
