import { DagsterColumn, personalDataColumns } from './personalData';

const column = (name: string, tags: Record<string, string>): DagsterColumn => ({
  name,
  type: 'string',
  description: null,
  tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
});

describe('personalDataColumns', () => {
  it('finds columns flagged or categorised as personal data', () => {
    const columns = [
      column('nino', {
        pii: 'true',
        pii_category: 'national_insurance_number',
      }),
      column('postcode_district', {}),
      column('date_of_birth', { pii_category: 'date_of_birth' }),
      column('claim_id', { PII: 'no' }),
    ];
    expect(personalDataColumns(columns).map(c => c.name)).toEqual([
      'nino',
      'date_of_birth',
    ]);
  });

  it('lets an explicit pii=false override a category', () => {
    expect(
      personalDataColumns([
        column('x', { pii_category: 'postcode', pii: 'false' }),
      ]),
    ).toEqual([]);
  });
});
