import { describeViolations, validateNewProject } from './validateNewProject';

const valid = {
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
};

const fieldsOf = (input: Record<string, unknown>) =>
  validateNewProject(input).map(v => v.field);

describe('validateNewProject', () => {
  it('accepts every partitioning and compute profile', () => {
    for (const partitioning of ['none', 'daily', 'monthly']) {
      for (const computeProfile of ['small', 'medium', 'large', 'gpu']) {
        expect(
          validateNewProject({ ...valid, partitioning, computeProfile }),
        ).toEqual([]);
      }
    }
  });

  it.each([
    '${{ parameters.name }}',
    '{{ cookiecutter.x }}',
    '{% include "x" %}',
    '{# hidden #}',
    'two\nlines',
    'x'.repeat(281),
    '  ',
  ])('refuses the description %j', description => {
    expect(fieldsOf({ ...valid, description })).toEqual(['description']);
  });

  it('accepts punctuation in a description: it is written as a quoted string', () => {
    expect(
      fieldsOf({ ...valid, description: 'Claims: "new" & old - 50% [draft]' }),
    ).toEqual([]);
  });

  it('refuses choices the template does not offer, naming each field', () => {
    const violations = validateNewProject({
      ...valid,
      dbt: 'yes',
      partitioning: 'hourly',
      computeProfile: 'constructor',
      repoLocation: 'gitlab',
      department: undefined,
    });
    expect(violations.map(v => v.field)).toEqual([
      'department',
      'dbt',
      'partitioning',
      'computeProfile',
      'repoLocation',
    ]);
    expect(describeViolations(violations)).toMatch(
      /^department: .*; dbt: .*; partitioning: must be one of none, daily, monthly; /,
    );
  });

  it('includes the registry rules', () => {
    expect(
      fieldsOf({ ...valid, classification: 'SECRET', name: '../etc' }),
    ).toEqual(['name', 'classification']);
  });
});
