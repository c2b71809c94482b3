import { DemoLocationSpec, DAILY, col, pii } from './dsl';
import { taxReceiptsModels, utr } from './taxReceiptsModels';

/** Tax receipts analytics (fictional ledger and returns). */
export const taxReceipts: DemoLocationSpec = {
  name: 'tax_receipts_analytics',
  prefix: 'tax',
  owners: ['team:finance-analytics'],
  kinds: {
    bronze: ['python', 's3'],
    reference: ['python', 's3'],
    silver: ['dbt', 'snowflake'],
    gold: ['dbt', 'snowflake'],
  },
  assets: [
    {
      name: 'receipts_ledger_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Daily extract of cash receipts from the RevenueCore ledger, by tax head and payment channel.',
      columns: [
        col('transaction_id', 'VARCHAR', undefined, { unique: true }),
        col('tax_head', 'VARCHAR'),
        col('amount_gbp', 'NUMERIC(14,2)'),
        col('received_on', 'DATE'),
        col('channel', 'VARCHAR'),
      ],
      tags: { classification: 'OFFICIAL-SENSITIVE' },
    },
    {
      name: 'self_assessment_returns_raw',
      layer: 'bronze',
      description:
        'Self Assessment returns as filed, with declared income and tax due.',
      columns: [
        utr,
        pii.nino(),
        pii.name(),
        pii.dob(),
        pii.postcode(),
        col('total_income', 'NUMERIC(14,2)'),
        col('tax_due', 'NUMERIC(14,2)'),
      ],
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        lawful_basis: 'legal_obligation',
        retention_period: 'P7Y',
      },
    },
    {
      name: 'vat_returns_raw',
      layer: 'bronze',
      description:
        'VAT returns by registration number and period. Business identifiers only.',
      columns: [
        col('vat_registration_number', 'VARCHAR'),
        col('period_key', 'VARCHAR'),
        col('net_vat_due', 'NUMERIC(14,2)'),
      ],
    },
    {
      name: 'paye_rti_submissions_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Real-time employer payroll submissions: pay and deductions per employee per pay period.',
      columns: [
        col('employer_reference', 'VARCHAR'),
        pii.nino(),
        col('taxable_pay', 'NUMERIC(12,2)'),
        col('tax_deducted', 'NUMERIC(12,2)'),
        col('pay_date', 'DATE'),
      ],
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        lawful_basis: 'legal_obligation',
      },
    },
    {
      name: 'repayments_raw',
      layer: 'bronze',
      description:
        'Repayments issued to taxpayers, with the reason and the date issued.',
    },
    {
      name: 'debt_cases_raw',
      layer: 'bronze',
      owners: ['team:debt-management'],
      description: 'Open tax debt cases with balance, age and recovery stage.',
    },
    ...taxReceiptsModels,
  ],
};
