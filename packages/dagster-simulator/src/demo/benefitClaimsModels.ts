import { DemoAssetSpec, DAILY, col, pii } from './dsl';

export const SENSITIVE = {
  classification: 'OFFICIAL-SENSITIVE',
  lawful_basis: 'public_task',
};
export const DANA = 'dana.okafor@public-data.example.gov.uk';
export const claimId = col('claim_id', 'VARCHAR', 'Claim reference', {
  nullable: false,
  unique: true,
});
/** Silver and gold assets of benefitClaims. */
export const benefitClaimsModels: DemoAssetSpec[] = [
  {
    name: 'claims_clean',
    layer: 'silver',
    deps: ['bronze/claims_raw'],
    automation: 'eager()',
    description:
      'One row per claim after de-duplication; National Insurance numbers replaced by a salted hash.',
    columns: [
      claimId,
      pii.nino('hashed', 'nino_hash'),
      pii.postcode(),
      col('claim_type', 'VARCHAR'),
      col('status', 'VARCHAR'),
      col('submitted_at', 'TIMESTAMP'),
      col('decision_at', 'TIMESTAMP'),
    ],
    lineage: {
      nino_hash: [
        {
          asset: ['claims', 'bronze', 'claims_raw'],
          column: 'national_insurance_number',
        },
      ],
      postcode: [
        { asset: ['claims', 'bronze', 'claims_raw'], column: 'postcode' },
      ],
    },
    tags: { ...SENSITIVE, retention_period: 'P6Y' },
    checks: [
      {
        name: 'claim_id_unique',
        description: 'claim_id must be unique.',
        blocking: true,
      },
      {
        name: 'nino_hash_not_null',
        description:
          'Every claim must carry a hashed National Insurance number; 312 rows have none.',
        severity: 'WARN',
        failingDays: 2,
      },
    ],
  },
  {
    name: 'claimants',
    layer: 'silver',
    deps: ['bronze/claimant_details_raw', 'silver/claims_clean'],
    description:
      'Pseudonymised claimant register: one row per person with an open or recent claim.',
    columns: [
      col('claimant_id', 'VARCHAR', undefined, { unique: true }),
      pii.nino('hashed', 'nino_hash'),
      pii.name('hashed', 'name_hash'),
      pii.dob('truncated', 'birth_month'),
      pii.postcode('truncated', 'postcode_sector'),
      col('household_size', 'INTEGER'),
    ],
    tags: { ...SENSITIVE, retention_period: 'P6Y' },
  },
  {
    name: 'payments_clean',
    layer: 'silver',
    deps: ['bronze/payments_raw', 'silver/claims_clean'],
    partitions: DAILY,
    description:
      'Payments matched to claims, with reversals netted off and bank details removed.',
    columns: [
      col('payment_id', 'VARCHAR'),
      claimId,
      col('amount_gbp', 'NUMERIC(10,2)'),
      col('paid_on', 'DATE'),
    ],
    tags: { classification: 'OFFICIAL-SENSITIVE' },
    checks: [
      {
        name: 'payment_amount_positive',
        description:
          'Payment amounts must be greater than zero; 14 negative amounts found after the reversal netting.',
        blocking: true,
        failingDays: 1,
      },
    ],
  },
  {
    name: 'overpayments_clean',
    layer: 'silver',
    deps: ['bronze/overpayments_raw', 'silver/claims_clean'],
    description:
      'Overpayment cases with standardised reason codes and recovery status.',
  },
  {
    name: 'reconsiderations_clean',
    layer: 'silver',
    deps: ['bronze/mandatory_reconsiderations_raw'],
    description:
      'Mandatory reconsiderations with clearance times in working days.',
  },
  {
    name: 'appeals_clean',
    layer: 'silver',
    deps: ['bronze/appeals_raw', 'silver/claims_clean'],
    description:
      'Appeals linked to the claim and decision under appeal; names removed.',
  },
  {
    name: 'appointments_clean',
    layer: 'silver',
    deps: ['bronze/work_coach_appointments_raw'],
    description:
      'Work coach appointments with attendance outcome and rebooking chains resolved.',
  },
  {
    name: 'claims_with_geography',
    layer: 'silver',
    deps: [
      'silver/claims_clean',
      'reference/postcode_directory',
      'reference/local_authority_lookup',
    ],
    description:
      'Claims with local authority, region and deprivation decile derived from the postcode; the postcode itself is dropped.',
    columns: [
      claimId,
      col('local_authority_code', 'VARCHAR'),
      col('region_code', 'VARCHAR'),
      col('imd_decile', 'INTEGER'),
      col('status', 'VARCHAR'),
    ],
    checks: [
      {
        name: 'postcode_match_rate',
        description:
          'At least 99% of claims must match a postcode in the directory.',
        severity: 'WARN',
      },
    ],
  },
  {
    name: 'claim_processing_times',
    layer: 'silver',
    deps: ['silver/claims_clean', 'reference/bank_holidays'],
    description:
      'Working days from claim submission to decision, excluding bank holidays.',
  },
  {
    name: 'fraud_referrals_clean',
    layer: 'silver',
    deps: ['bronze/fraud_referrals_raw'],
    owners: [DANA],
    description:
      'Fraud referrals with identifiers hashed so they can be matched to claimants.',
    columns: [
      col('referral_id', 'VARCHAR'),
      pii.nino('hashed', 'nino_hash'),
      col('allegation_type', 'VARCHAR'),
    ],
    tags: { classification: 'OFFICIAL-SENSITIVE' },
  },
  {
    name: 'claims_by_local_authority',
    layer: 'gold',
    deps: ['silver/claims_with_geography'],
    description:
      'Monthly counts of new, open and closed claims for each local authority.',
    columns: [
      col('month', 'DATE'),
      col('local_authority_code', 'VARCHAR'),
      col('new_claims', 'INTEGER'),
      col('open_claims', 'INTEGER'),
    ],
  },
  {
    name: 'payment_timeliness_kpi',
    layer: 'gold',
    deps: ['silver/payments_clean', 'silver/claim_processing_times'],
    freshness: { failWindowSeconds: 6 * 3600, warnWindowSeconds: 3 * 3600 },
    description:
      'Share of first payments made within the 5-working-day target, by week and region.',
    checks: [
      {
        name: 'timeliness_within_target',
        description:
          'Weekly timeliness should stay at or above 90%; it fell to 86.4% last week.',
        severity: 'WARN',
        failingDays: 3,
      },
    ],
  },
  {
    name: 'overpayment_recovery_summary',
    layer: 'gold',
    deps: ['silver/overpayments_clean'],
    description:
      'Amounts recovered against outstanding overpayments, by recovery method.',
  },
  {
    name: 'appeals_outcomes_summary',
    layer: 'gold',
    deps: ['silver/appeals_clean', 'silver/reconsiderations_clean'],
    description:
      'Reconsideration and appeal outcomes, including the share of decisions overturned.',
  },
  {
    name: 'claimant_caseload_monthly',
    layer: 'gold',
    deps: ['silver/claimants', 'silver/claims_clean'],
    description: 'Month-end caseload by claim type and household size.',
  },
  {
    name: 'work_coach_capacity',
    layer: 'gold',
    deps: ['silver/appointments_clean'],
    owners: [],
    description:
      'Booked appointments against work coach capacity per jobcentre.',
  },
  {
    name: 'official_statistics_release',
    layer: 'gold',
    kinds: ['python', 'pandas', 's3'],
    deps: [
      'gold/claims_by_local_authority',
      'gold/payment_timeliness_kpi',
      'gold/appeals_outcomes_summary',
    ],
    freshness: { failWindowSeconds: 3 * 86400 },
    description:
      'Quarterly Household Support Payment statistics tables, prepared for publication as official statistics.',
    tags: { classification: 'OFFICIAL', publication: 'official-statistics' },
  },
  {
    name: 'ministerial_dashboard_extract',
    layer: 'gold',
    owners: ['team:ministerial-briefing'],
    deps: ['gold/claimant_caseload_monthly', 'gold/payment_timeliness_kpi'],
    description:
      'Headline figures refreshed each morning for the ministerial dashboard.',
  },
  {
    name: 'fraud_risk_scores',
    layer: 'gold',
    owners: [DANA],
    deps: ['silver/fraud_referrals_clean', 'silver/claimants'],
    kinds: ['python', 'pandas', 'snowflake'],
    neverMaterialized: true,
    description:
      'Experimental risk scores for prioritising fraud referrals. Not yet approved for use; DPIA in progress.',
    columns: [
      pii.nino('hashed', 'nino_hash'),
      col('risk_score', 'FLOAT'),
      col('model_version', 'VARCHAR'),
    ],
    tags: { classification: 'OFFICIAL-SENSITIVE', lawful_basis: 'public_task' },
  },
];
