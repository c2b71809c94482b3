import { DemoAssetSpec, DAILY, col, pii } from './dsl';

export const utr = pii.other('utr', 'unique_taxpayer_reference');
const MARCUS = 'marcus.bell@public-data.example.gov.uk';
/** Silver and gold assets of taxReceipts. */
export const taxReceiptsModels: DemoAssetSpec[] = [
  {
    name: 'receipts_ledger',
    layer: 'silver',
    deps: ['bronze/receipts_ledger_raw'],
    partitions: DAILY,
    description:
      'Ledger receipts with reversals netted and tax heads mapped to the published classification.',
    checks: [
      {
        name: 'ledger_balances',
        description: 'Receipts must reconcile to the control totals.',
        blocking: true,
      },
      {
        name: 'no_duplicate_transactions',
        description:
          'transaction_id must be unique; 1,204 duplicates arrived in yesterday\u2019s file.',
        blocking: true,
        failingDays: 1,
      },
    ],
  },
  {
    name: 'self_assessment_returns',
    layer: 'silver',
    deps: ['bronze/self_assessment_returns_raw'],
    description:
      'Self Assessment returns with identifiers hashed and income banded.',
    columns: [
      pii.other('utr_hash', 'unique_taxpayer_reference', 'hashed'),
      pii.postcode('truncated', 'postcode_sector'),
      col('income_band', 'VARCHAR'),
      col('tax_due', 'NUMERIC(14,2)'),
    ],
    tags: { classification: 'OFFICIAL-SENSITIVE' },
  },
  {
    name: 'vat_returns',
    layer: 'silver',
    deps: ['bronze/vat_returns_raw'],
    description: 'VAT returns with nil returns and amendments resolved.',
  },
  {
    name: 'paye_receipts',
    layer: 'silver',
    deps: ['bronze/paye_rti_submissions_raw'],
    partitions: DAILY,
    description:
      'PAYE tax deducted by month and sector; employee identifiers removed.',
  },
  {
    name: 'repayments',
    layer: 'silver',
    deps: ['bronze/repayments_raw'],
    description: 'Repayments with processing times and reason groups.',
  },
  {
    name: 'debt_balances',
    layer: 'silver',
    deps: ['bronze/debt_cases_raw', 'silver/receipts_ledger'],
    owners: ['team:debt-management'],
    description:
      'Outstanding debt by age band after matching receipts to cases.',
  },
  {
    name: 'taxpayer_geography',
    layer: 'silver',
    deps: [
      'silver/self_assessment_returns',
      'claims/reference/postcode_directory',
    ],
    description:
      'Self Assessment taxpayers by local authority and region, from the postcode sector.',
  },
  {
    name: 'monthly_receipts_bulletin',
    layer: 'gold',
    deps: [
      'silver/receipts_ledger',
      'silver/vat_returns',
      'silver/paye_receipts',
    ],
    freshness: { failWindowSeconds: 2 * 86400, warnWindowSeconds: 86400 },
    description:
      'Monthly tax receipts by tax head, prepared for the published bulletin.',
    tags: { publication: 'official-statistics' },
  },
  {
    name: 'receipts_forecast_variance',
    layer: 'gold',
    owners: [MARCUS],
    deps: ['silver/receipts_ledger'],
    kinds: ['python', 'pandas', 'snowflake'],
    description: 'Receipts against the fiscal forecast, by tax head and month.',
  },
  {
    name: 'vat_gap_estimates',
    layer: 'gold',
    deps: ['silver/vat_returns'],
    description: 'Estimated difference between theoretical and collected VAT.',
  },
  {
    name: 'debt_recovery_performance',
    layer: 'gold',
    deps: ['silver/debt_balances'],
    owners: ['team:debt-management'],
    description: 'Debt collected against targets by recovery stage.',
  },
  {
    name: 'repayment_timeliness',
    layer: 'gold',
    deps: ['silver/repayments'],
    description: 'Share of repayments issued within 15 working days.',
  },
  {
    name: 'regional_receipts',
    layer: 'gold',
    deps: ['silver/taxpayer_geography', 'silver/paye_receipts'],
    description: 'Receipts attributed to regions and nations of the UK.',
  },
  {
    name: 'regional_revenue_per_claimant',
    layer: 'gold',
    deps: ['gold/regional_receipts', 'claims/silver/claims_with_geography'],
    description:
      'Receipts per head alongside Household Support Payment claim rates, by region.',
  },
  {
    name: 'treasury_briefing_pack',
    layer: 'gold',
    owners: ['team:treasury-liaison'],
    deps: ['gold/monthly_receipts_bulletin', 'gold/receipts_forecast_variance'],
    description:
      'Monthly briefing tables shared with the finance ministry under the data sharing agreement.',
  },
  {
    name: 'tax_gap_dashboard',
    layer: 'gold',
    owners: [],
    deps: ['gold/vat_gap_estimates'],
    description: 'Extract behind the internal tax gap dashboard.',
  },
  {
    name: 'receipts_data_quality',
    layer: 'gold',
    deps: ['silver/receipts_ledger', 'silver/vat_returns'],
    description: 'Late files, duplicates and unmapped tax heads per day.',
  },
  {
    name: 'self_assessment_filing_rates',
    layer: 'gold',
    deps: ['silver/self_assessment_returns'],
    description: 'On-time filing rates by income band and region.',
    checks: [
      {
        name: 'rates_are_percentages',
        description: 'Filing rates lie between 0 and 100.',
      },
    ],
  },
];
