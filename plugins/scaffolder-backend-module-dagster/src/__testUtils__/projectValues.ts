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
