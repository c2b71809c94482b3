import { DemoAssetSpec, DAILY, col, pii } from './dsl';

export const TERMS = {
  type: 'STATIC' as const,
  keys: ['2024-autumn', '2025-spring', '2025-summer', '2025-autumn'],
};
export const upn = pii.other('upn', 'unique_pupil_number');
export const urn = col(
  'school_urn',
  'VARCHAR',
  'School unique reference number',
);
export const SENSITIVE = {
  classification: 'OFFICIAL-SENSITIVE',
  lawful_basis: 'public_task',
};
/** Silver and gold assets of schoolCensus. */
export const schoolCensusModels: DemoAssetSpec[] = [
  {
    name: 'pupils',
    layer: 'silver',
    deps: ['bronze/pupil_census_returns_raw'],
    partitions: TERMS,
    description:
      'Pseudonymised pupil register: a stable pupil key, month of birth and postcode sector only.',
    columns: [
      col('pupil_key', 'VARCHAR', undefined, { unique: true }),
      pii.dob('truncated', 'birth_month'),
      pii.postcode('truncated', 'postcode_sector'),
      urn,
      col('year_group', 'VARCHAR'),
      col('fsm_eligible', 'BOOLEAN'),
    ],
    lineage: {
      pupil_key: [
        {
          asset: ['education', 'bronze', 'pupil_census_returns_raw'],
          column: 'upn',
        },
      ],
    },
    tags: { ...SENSITIVE, retention_period: 'P25Y' },
    checks: [
      {
        name: 'one_row_per_pupil',
        description: 'A pupil may appear only once per census.',
        blocking: true,
      },
    ],
  },
  {
    name: 'schools_register',
    layer: 'silver',
    deps: ['bronze/schools_register_raw'],
    description:
      'Clean list of schools with location and phase; shared with other departments\u2019 pipelines.',
    columns: [
      urn,
      col('school_name', 'VARCHAR'),
      col('phase', 'VARCHAR'),
      col('local_authority_code', 'VARCHAR'),
      col('latitude', 'FLOAT'),
      col('longitude', 'FLOAT'),
    ],
  },
  {
    name: 'attendance_daily',
    layer: 'silver',
    deps: ['bronze/attendance_sessions_raw', 'silver/pupils'],
    partitions: DAILY,
    description:
      'Daily attendance per pupil with authorised and unauthorised absence split.',
  },
  {
    name: 'exclusions_clean',
    layer: 'silver',
    deps: ['bronze/exclusions_raw', 'silver/pupils'],
    description:
      'Suspensions and exclusions keyed on the pseudonymous pupil key.',
  },
  {
    name: 'workforce',
    layer: 'silver',
    deps: ['bronze/workforce_census_raw'],
    description:
      'Teachers in post with full-time equivalent and subject; names and dates of birth removed.',
  },
  {
    name: 'fsm_eligibility',
    layer: 'silver',
    deps: ['bronze/free_school_meals_eligibility_raw', 'silver/pupils'],
    description: 'Free school meals eligibility per pupil key.',
    columns: [
      col('pupil_key', 'VARCHAR'),
      pii.nino('none', 'parent_nino'),
      col('eligible', 'BOOLEAN'),
    ],
    tags: { ...SENSITIVE },
    checks: [
      {
        name: 'parent_nino_hashed',
        description:
          'Parent National Insurance numbers must be hashed before this layer; 4,120 plain values found.',
        blocking: true,
        failingDays: 5,
      },
    ],
  },
  {
    name: 'sen_pupils',
    layer: 'silver',
    deps: ['bronze/sen_plans_raw', 'silver/pupils'],
    description:
      'Pupils with SEN support or an EHC plan, with primary need grouped.',
    tags: { classification: 'OFFICIAL-SENSITIVE', special_category: 'health' },
  },
  {
    name: 'pupil_home_areas',
    layer: 'silver',
    deps: ['silver/pupils', 'claims/reference/postcode_directory'],
    description:
      'Pupil keys with the local authority and deprivation decile of their home postcode sector.',
  },
  {
    name: 'persistent_absence_by_school',
    layer: 'gold',
    deps: ['silver/attendance_daily', 'silver/schools_register'],
    description:
      'Share of pupils missing 10% or more of sessions, by school and term.',
  },
  {
    name: 'attendance_termly_summary',
    layer: 'gold',
    deps: ['silver/attendance_daily'],
    freshness: { failWindowSeconds: 2 * 86400 },
    description:
      'Termly attendance statistics by phase, region and pupil characteristics.',
  },
  {
    name: 'exclusion_rates_by_characteristic',
    layer: 'gold',
    deps: ['silver/exclusions_clean', 'silver/pupils'],
    description:
      'Suspension and exclusion rates by free school meals, SEN and ethnicity group.',
  },
  {
    name: 'pupil_teacher_ratios',
    layer: 'gold',
    deps: ['silver/workforce', 'silver/pupils', 'silver/schools_register'],
    description: 'Pupil to teacher ratios by school phase and local authority.',
  },
  {
    name: 'disadvantage_gap_index',
    layer: 'gold',
    deps: [
      'silver/pupils',
      'silver/fsm_eligibility',
      'silver/pupil_home_areas',
    ],
    description: 'Attainment gap between disadvantaged pupils and their peers.',
    checks: [
      {
        name: 'index_between_0_and_10',
        description: 'The gap index is defined on 0 to 10.',
      },
    ],
  },
  {
    name: 'sen_provision_summary',
    layer: 'gold',
    deps: ['silver/sen_pupils'],
    description:
      'Pupils with SEN support and EHC plans by primary need, with small numbers suppressed.',
  },
  {
    name: 'school_performance_tables_extract',
    layer: 'gold',
    owners: ['team:school-performance'],
    deps: ['gold/persistent_absence_by_school', 'gold/pupil_teacher_ratios'],
    description: 'Extract feeding the published school performance tables.',
  },
  {
    name: 'attendance_dashboard',
    layer: 'gold',
    owners: ['dana.okafor@public-data.example.gov.uk'],
    deps: ['gold/attendance_termly_summary'],
    description:
      'Daily extract for the attendance dashboard used by regional teams.',
  },
  {
    name: 'school_places_forecast',
    layer: 'gold',
    owners: [],
    deps: ['silver/pupils', 'silver/schools_register'],
    neverMaterialized: true,
    kinds: ['python', 'pandas', 'snowflake'],
    description:
      'Forecast demand for school places five years ahead. New model, not yet run.',
  },
  {
    name: 'fsm_uptake_by_local_authority',
    layer: 'gold',
    deps: [
      'silver/fsm_eligibility',
      'silver/pupil_home_areas',
      'claims/silver/claims_with_geography',
    ],
    description:
      'Free school meals take-up compared with Household Support Payment claims in each local authority.',
  },
  {
    name: 'workforce_retention_summary',
    layer: 'gold',
    deps: ['silver/workforce'],
    description:
      'Teachers leaving the profession within five years of qualifying, by subject.',
  },
  {
    name: 'census_data_quality_report',
    layer: 'gold',
    deps: [
      'silver/pupils',
      'silver/exclusions_clean',
      'silver/attendance_daily',
    ],
    description:
      'Completeness and consistency of census returns by school, sent back to local authorities.',
    checks: [
      {
        name: 'returns_complete',
        description:
          'All open schools should have returned; 37 schools are missing for the autumn census.',
        severity: 'WARN',
        failingDays: 2,
      },
    ],
  },
];
