import { DemoLocationSpec, DAILY, col, pii } from './dsl';
import {
  benefitClaimsModels,
  SENSITIVE,
  DANA,
  claimId,
} from './benefitClaimsModels';

/** Household Support Payment claims (fictional service). */
export const benefitClaims: DemoLocationSpec = {
  name: 'benefit_claims',
  prefix: 'claims',
  owners: ['team:claims-data-team'],
  kinds: {
    bronze: ['python', 's3'],
    reference: ['python', 'pandas', 's3'],
    silver: ['dbt', 'snowflake'],
    gold: ['dbt', 'snowflake'],
  },
  assets: [
    {
      name: 'claims_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Daily extract of new and changed Household Support Payment claims from the ClaimsHub case management system, landed unchanged.',
      columns: [
        claimId,
        pii.nino(),
        pii.name(),
        pii.dob(),
        pii.postcode(),
        col('claim_type', 'VARCHAR'),
        col('submitted_at', 'TIMESTAMP'),
      ],
      tags: {
        ...SENSITIVE,
        retention_period: 'P6Y',
        dpia_reference: 'DPIA-2024-017',
      },
    },
    {
      name: 'claimant_details_raw',
      layer: 'bronze',
      description:
        'Snapshot of claimant contact and circumstances records held by ClaimsHub.',
      columns: [
        col('claimant_id', 'VARCHAR', undefined, { nullable: false }),
        pii.nino(),
        pii.name(),
        pii.dob(),
        pii.postcode(),
        col('household_size', 'INTEGER'),
      ],
      tags: { ...SENSITIVE, retention_period: 'P6Y' },
    },
    {
      name: 'payments_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Payment instructions sent to the payments engine each night, one row per instalment.',
      columns: [
        col('payment_id', 'VARCHAR'),
        claimId,
        col('amount_gbp', 'NUMERIC(10,2)'),
        col('due_date', 'DATE'),
        col('sort_code', 'VARCHAR', undefined, {
          tags: { pii: 'true', pii_category: 'bank_details', masking: 'none' },
        }),
      ],
      tags: { ...SENSITIVE },
    },
    {
      name: 'overpayments_raw',
      layer: 'bronze',
      description:
        'Overpayment recovery cases opened by debt management, with the amount and reason recorded by the case worker.',
      columns: [
        col('overpayment_id', 'VARCHAR'),
        claimId,
        col('amount_gbp', 'NUMERIC(10,2)'),
        col('reason_code', 'VARCHAR'),
      ],
      tags: { classification: 'OFFICIAL-SENSITIVE' },
    },
    {
      name: 'mandatory_reconsiderations_raw',
      layer: 'bronze',
      description:
        'Requests from claimants to look again at a decision before an appeal.',
      columns: [
        col('reconsideration_id', 'VARCHAR'),
        claimId,
        col('requested_at', 'TIMESTAMP'),
        col('outcome', 'VARCHAR'),
      ],
    },
    {
      name: 'appeals_raw',
      layer: 'bronze',
      description:
        'Tribunal appeal records received weekly from the tribunal service file transfer.',
      columns: [
        col('appeal_id', 'VARCHAR'),
        claimId,
        pii.name(),
        col('hearing_date', 'DATE'),
        col('outcome', 'VARCHAR'),
      ],
      tags: { ...SENSITIVE, retention_period: 'P2Y' },
    },
    {
      name: 'work_coach_appointments_raw',
      layer: 'bronze',
      description:
        'Appointment bookings from the jobcentre diary system, including no-shows and rebookings.',
      columns: [
        col('appointment_id', 'VARCHAR'),
        col('claimant_id', 'VARCHAR'),
        col('jobcentre_code', 'VARCHAR'),
        col('booked_for', 'TIMESTAMP'),
        col('attended', 'BOOLEAN'),
      ],
    },
    {
      name: 'fraud_referrals_raw',
      layer: 'bronze',
      owners: [DANA],
      description:
        'Referrals passed to the counter-fraud team by staff and the public reporting form.',
      columns: [
        col('referral_id', 'VARCHAR'),
        pii.nino(),
        pii.name(),
        pii.postcode(),
        col('allegation_type', 'VARCHAR'),
      ],
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        lawful_basis: 'legal_obligation',
      },
    },
    {
      name: 'postcode_directory',
      layer: 'reference',
      owners: ['team:geography-hub'],
      description:
        'Departmental copy of the national postcode directory: postcode to local authority, region and deprivation decile. Refreshed quarterly.',
      columns: [
        col('postcode', 'VARCHAR', 'Postcode (a place, not a person)'),
        col('local_authority_code', 'VARCHAR'),
        col('region_code', 'VARCHAR'),
        col('imd_decile', 'INTEGER'),
      ],
      tags: { classification: 'OFFICIAL' },
    },
    {
      name: 'local_authority_lookup',
      layer: 'reference',
      description:
        'Local authority codes, names and their region, with the date each code came into use.',
      columns: [
        col('local_authority_code', 'VARCHAR', undefined, {
          unique: true,
          nullable: false,
        }),
        col('local_authority_name', 'VARCHAR'),
        col('region_code', 'VARCHAR'),
        col('valid_from', 'DATE'),
      ],
      tags: { classification: 'OFFICIAL' },
    },
    {
      name: 'bank_holidays',
      layer: 'reference',
      owners: [],
      description:
        'Bank holidays for England and Wales, Scotland and Northern Ireland, used to count working days.',
      columns: [
        col('holiday_date', 'DATE'),
        col('division', 'VARCHAR'),
        col('title', 'VARCHAR'),
      ],
    },
    ...benefitClaimsModels,
  ],
};
