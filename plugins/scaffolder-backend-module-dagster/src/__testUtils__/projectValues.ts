/** The values a data team would type in, for a project without personal data. */
export function projectValues(overrides: Record<string, unknown> = {}) {
  return {
    name: 'road-safety',
    description: 'Collisions and casualties on Great Britain roads',
    owner: 'group:default/transport-analysts',
    department: 'Department for Transport',
    costCentre: 'DFT-77',
    monthlyBudgetGbp: 900,
    classification: 'OFFICIAL',
    personalData: false,
    dbt: true,
    partitioning: 'daily',
    computeProfile: 'medium',
    repoLocation: 'demo',
    ...overrides,
  };
}

export interface TemplateCombination {
  dbt: boolean;
  partitioning: 'none' | 'daily' | 'monthly';
  personalData: boolean;
  computeProfile: 'small' | 'medium' | 'large' | 'gpu';
  /** The project name, which is also the Python package's name with `_` for `-`. */
  name: string;
}

/** The longest project name the platform accepts (63 characters). */
export const LONGEST_PROJECT_NAME =
  'project-dbt-daily-with-the-longest-name-that-the-platform-takes';

/**
 * Every dbt × partitioning combination the template offers, each with a different
 * personal-data choice and compute profile so that all of those are generated too, and
 * one with the longest name allowed (long import lines are a ruff finding).
 */
export const TEMPLATE_COMBINATIONS: readonly TemplateCombination[] = [
  {
    dbt: true,
    partitioning: 'none',
    personalData: false,
    computeProfile: 'small',
    name: 'project-dbt-none',
  },
  {
    dbt: true,
    partitioning: 'daily',
    personalData: true,
    computeProfile: 'medium',
    name: LONGEST_PROJECT_NAME,
  },
  {
    dbt: true,
    partitioning: 'monthly',
    personalData: false,
    computeProfile: 'large',
    name: 'project-dbt-monthly',
  },
  {
    dbt: false,
    partitioning: 'none',
    personalData: true,
    computeProfile: 'gpu',
    name: 'project-python-none',
  },
  {
    dbt: false,
    partitioning: 'daily',
    personalData: false,
    computeProfile: 'small',
    name: 'project-python-daily',
  },
  {
    dbt: false,
    partitioning: 'monthly',
    personalData: true,
    computeProfile: 'medium',
    name: 'project-python-monthly',
  },
];

/** The form's values for one of TEMPLATE_COMBINATIONS. */
export function combinationValues(combination: TemplateCombination) {
  const { dbt, partitioning, personalData, computeProfile, name } = combination;
  return projectValues({
    name,
    dbt,
    partitioning,
    personalData,
    computeProfile,
    ...(personalData
      ? { lawfulBasis: 'public-task', retentionPeriod: 'P7Y' }
      : {}),
  });
}
