/**
 * Annotations a project's catalog-info.yaml carries so that cost and
 * compliance know the project from its repository alone. The template writes
 * them; the registry holds the same facts.
 *
 * @public
 */
export const PROJECT_ANNOTATIONS = {
  department: 'data-platform/department',
  costCentre: 'data-platform/cost-centre',
  monthlyBudgetGbp: 'data-platform/monthly-budget-gbp',
  classification: 'data-platform/classification',
  personalData: 'data-platform/personal-data',
  lawfulBasis: 'data-platform/lawful-basis',
  retentionPeriod: 'data-platform/retention-period',
} as const;

/**
 * Catalog `spec.type` of the Component that stands for a pipeline project's repository.
 *
 * @public
 */
export const PROJECT_COMPONENT_TYPE = 'data-pipeline';
