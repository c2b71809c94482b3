import { validateProject } from './validateProject';

const valid = {
  name: 'benefit-claims',
  owner: 'group:default/claims-data-team',
  costCentre: 'CC-1042',
  monthlyBudgetGbp: 1500,
  classification: 'OFFICIAL',
  personalData: false,
};

const fieldsOf = (input: Record<string, unknown>) =>
  validateProject(input).map(v => v.field);

describe('validateProject', () => {
  it('accepts a well-formed project without personal data', () => {
    expect(validateProject(valid)).toEqual([]);
  });

  it.each([
    '../etc',
    'Claims',
    'a b',
    'x;rm -rf',
    '${{ secrets }}',
    '-lead',
    'trail-',
    'double--hyphen',
    'a'.repeat(64),
    '',
  ])('refuses the project name %j', name => {
    expect(fieldsOf({ ...valid, name })).toEqual(['name']);
  });

  it('refuses SECRET and says why', () => {
    const [violation] = validateProject({ ...valid, classification: 'SECRET' });
    expect(violation.field).toBe('classification');
    expect(violation.message).toMatch(/accredited system/);
  });

  it('accepts OFFICIAL-SENSITIVE', () => {
    expect(
      validateProject({ ...valid, classification: 'OFFICIAL-SENSITIVE' }),
    ).toEqual([]);
  });

  it('requires a lawful basis and retention when personal data is processed', () => {
    expect(fieldsOf({ ...valid, personalData: true })).toEqual([
      'lawfulBasis',
      'retentionPeriod',
    ]);
    expect(
      validateProject({
        ...valid,
        personalData: true,
        lawfulBasis: 'public-task',
        retentionPeriod: 'P7Y',
      }),
    ).toEqual([]);
  });

  it('reports every broken rule at once', () => {
    expect(
      fieldsOf({ name: 'ok', owner: 'not a ref!', monthlyBudgetGbp: -1 }),
    ).toEqual([
      'owner',
      'costCentre',
      'monthlyBudgetGbp',
      'classification',
      'personalData',
    ]);
  });
});

describe('validateProject department', () => {
  it.each([
    'Department for Transport',
    'HM Revenue & Customs',
    'Office for National Statistics (ONS)',
  ])('accepts %j', department => {
    expect(fieldsOf({ ...valid, department })).toEqual([]);
  });

  it.each([
    'x',
    'a: b',
    '${{ secrets.TOKEN }}',
    'line\nbreak',
    ' padded',
    '"quoted"',
  ])('refuses %j', department => {
    expect(fieldsOf({ ...valid, department })).toEqual(['department']);
  });
});
