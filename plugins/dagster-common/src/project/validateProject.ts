import type {
  LawfulBasis,
  ProjectClassification,
  ProjectRequest,
} from '../schema';
import { classificationRefusal, LAWFUL_BASES } from './classification';

/**
 * One broken rule, naming the field a form should highlight.
 *
 * @public
 */
export interface ProjectRuleViolation {
  field: keyof ProjectRequest;
  message: string;
}

/** Lowercase letters, digits and single hyphens; starts with a letter. */
const PROJECT_NAME = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*$/;
const MAX_NAME_LENGTH = 63;
/** The registry's column widths: longer values are refused, never truncated. */
const MAX_OWNER_LENGTH = 255;
const MAX_RETENTION_LENGTH = 32;
/** ISO 8601 durations in years, months or days, for example P7Y or P18M. */
const RETENTION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?$/;
/** A Backstage entity reference such as group:default/data-team or group:data-team. */
const OWNER_REF =
  /^(?:(?:group|user):)?(?:[a-z0-9][a-z0-9._-]*\/)?[a-zA-Z0-9][a-zA-Z0-9._-]*$/;
const COST_CENTRE = /^[A-Z0-9][A-Z0-9-]{1,19}$/;
/** Plain words: no quotes, braces, colons or newlines that could break out of YAML or a template. */
const DEPARTMENT = /^[A-Za-z][A-Za-z0-9 ,.&()'-]{1,99}$/;

/**
 * Checks a project request against the platform's rules. Returns every
 * violation so a form can show them all at once; an empty list means valid.
 *
 * @public
 */
export function validateProject(
  input: Partial<Record<keyof ProjectRequest, unknown>>,
): ProjectRuleViolation[] {
  const violations: ProjectRuleViolation[] = [];
  const fail = (field: keyof ProjectRequest, message: string) =>
    violations.push({ field, message });

  const name = input.name;
  if (typeof name !== 'string' || name.length === 0) {
    fail('name', 'a project name is required');
  } else if (name.length > MAX_NAME_LENGTH) {
    fail('name', `must be at most ${MAX_NAME_LENGTH} characters`);
  } else if (!PROJECT_NAME.test(name)) {
    fail(
      'name',
      'use lowercase letters, digits and single hyphens, starting with a letter',
    );
  }

  if (
    typeof input.owner === 'string' &&
    input.owner.length > MAX_OWNER_LENGTH
  ) {
    fail('owner', `must be at most ${MAX_OWNER_LENGTH} characters`);
  } else if (typeof input.owner !== 'string' || !OWNER_REF.test(input.owner)) {
    fail(
      'owner',
      'must be a group or user reference such as group:default/data-team',
    );
  }

  if (
    typeof input.costCentre !== 'string' ||
    !COST_CENTRE.test(input.costCentre)
  ) {
    fail(
      'costCentre',
      'must be 2-20 capital letters, digits or hyphens, such as CC-1042',
    );
  }

  const budget = input.monthlyBudgetGbp;
  if (
    typeof budget !== 'number' ||
    !Number.isFinite(budget) ||
    budget < 0 ||
    budget > 10_000_000
  ) {
    fail(
      'monthlyBudgetGbp',
      'must be a number of pounds between 0 and 10,000,000',
    );
  }

  if (
    input.classification !== undefined &&
    typeof input.classification !== 'string'
  ) {
    fail('classification', 'must be one classification, written as text');
  } else {
    const refusal = classificationRefusal(input.classification ?? '');
    if (refusal) fail('classification', refusal);
  }

  if (typeof input.personalData !== 'boolean') {
    fail('personalData', 'say whether the project processes personal data');
  } else if (input.personalData) {
    if (!(LAWFUL_BASES as readonly unknown[]).includes(input.lawfulBasis)) {
      fail(
        'lawfulBasis',
        `personal data needs a lawful basis: one of ${LAWFUL_BASES.join(', ')}`,
      );
    }
    if (
      typeof input.retentionPeriod === 'string' &&
      input.retentionPeriod.length > MAX_RETENTION_LENGTH
    ) {
      fail(
        'retentionPeriod',
        `must be at most ${MAX_RETENTION_LENGTH} characters`,
      );
    } else if (
      typeof input.retentionPeriod !== 'string' ||
      !RETENTION.test(input.retentionPeriod) ||
      input.retentionPeriod === 'P'
    ) {
      fail(
        'retentionPeriod',
        'personal data needs a retention period as an ISO 8601 duration, such as P7Y',
      );
    }
  }
  if (
    input.department !== undefined &&
    (typeof input.department !== 'string' ||
      !DEPARTMENT.test(input.department) ||
      input.department.trim() !== input.department)
  ) {
    fail(
      'department',
      "must be 2-100 letters, digits, spaces or , . & ( ) ' - and start with a letter",
    );
  }
  return violations;
}

/**
 * A request that passed {@link validateProject}: its classification and
 * lawful basis are ones the platform knows.
 *
 * @public
 */
export type ValidProjectRequest = Omit<
  ProjectRequest,
  'classification' | 'lawfulBasis'
> & { classification: ProjectClassification; lawfulBasis?: LawfulBasis };

/**
 * The registry's fields of a request and nothing else; lawful basis and
 * retention only when personal data is processed. Check it with
 * {@link validateProject} first: this only picks fields.
 *
 * @public
 */
export function toProjectRequest(
  input: Partial<Record<keyof ProjectRequest, unknown>>,
): ValidProjectRequest {
  const request = {
    name: input.name,
    owner: input.owner,
    costCentre: input.costCentre,
    monthlyBudgetGbp: input.monthlyBudgetGbp,
    classification: input.classification,
    personalData: input.personalData,
    ...(input.department ? { department: input.department } : {}),
    ...(input.personalData
      ? {
          lawfulBasis: input.lawfulBasis,
          retentionPeriod: input.retentionPeriod,
        }
      : {}),
  };
  return request as ValidProjectRequest;
}

/**
 * The catalog entities whose names a new project takes: the System a code
 * location becomes and the Component of its repository.
 *
 * @public
 */
export function projectEntityRefs(name: string): string[] {
  return [`system:default/${name}`, `component:default/${name}`];
}
