import { DemoLocationSpec, DAILY, col, pii } from './dsl';
import {
  schoolCensusModels,
  TERMS,
  upn,
  urn,
  SENSITIVE,
} from './schoolCensusModels';

/** School census and attendance (fictional collections). */
export const schoolCensus: DemoLocationSpec = {
  name: 'school_census',
  prefix: 'education',
  owners: ['team:education-data'],
  kinds: {
    bronze: ['python', 's3'],
    reference: ['python', 's3'],
    silver: ['dbt', 'snowflake'],
    gold: ['dbt', 'snowflake'],
  },
  assets: [
    {
      name: 'pupil_census_returns_raw',
      layer: 'bronze',
      partitions: TERMS,
      description:
        'Termly census returns submitted by schools: one row per pupil on roll on census day.',
      columns: [
        upn,
        pii.name(),
        pii.dob(),
        pii.postcode('none', 'home_postcode'),
        urn,
        col('year_group', 'VARCHAR'),
        col('fsm_eligible', 'BOOLEAN'),
        col('sen_provision', 'VARCHAR'),
      ],
      tags: {
        ...SENSITIVE,
        retention_period: 'P25Y',
        dpia_reference: 'DPIA-2023-044',
      },
    },
    {
      name: 'schools_register_raw',
      layer: 'bronze',
      description:
        'Open and recently closed establishments with phase, type and local authority.',
      columns: [
        urn,
        col('school_name', 'VARCHAR'),
        col('phase', 'VARCHAR'),
        col('local_authority_code', 'VARCHAR'),
      ],
      tags: { classification: 'OFFICIAL' },
    },
    {
      name: 'attendance_sessions_raw',
      layer: 'bronze',
      partitions: DAILY,
      description:
        'Morning and afternoon attendance marks sent daily by participating schools.',
      columns: [upn, urn, col('session_date', 'DATE'), col('mark', 'VARCHAR')],
      tags: { classification: 'OFFICIAL-SENSITIVE' },
    },
    {
      name: 'exclusions_raw',
      layer: 'bronze',
      partitions: TERMS,
      description:
        'Suspensions and permanent exclusions with reason and length.',
      columns: [
        upn,
        urn,
        col('start_date', 'DATE'),
        col('category', 'VARCHAR'),
        col('reason', 'VARCHAR'),
      ],
      tags: { ...SENSITIVE },
    },
    {
      name: 'workforce_census_raw',
      layer: 'bronze',
      description:
        'Annual school workforce census: teachers and support staff in post.',
      columns: [
        pii.other('teacher_reference_number', 'teacher_reference_number'),
        pii.name(),
        pii.dob(),
        urn,
        col('post', 'VARCHAR'),
        col('fte', 'FLOAT'),
      ],
      tags: { ...SENSITIVE, retention_period: 'P10Y' },
    },
    {
      name: 'free_school_meals_eligibility_raw',
      layer: 'bronze',
      description:
        'Results of eligibility checks made by local authorities through the eligibility checking service.',
      columns: [
        pii.nino('none', 'parent_nino'),
        pii.name('none', 'parent_name'),
        upn,
        col('eligible', 'BOOLEAN'),
        col('checked_at', 'TIMESTAMP'),
      ],
      tags: {
        classification: 'OFFICIAL-SENSITIVE',
        lawful_basis: 'legal_obligation',
      },
    },
    {
      name: 'sen_plans_raw',
      layer: 'bronze',
      description:
        'Education, health and care plans, including primary need. Contains special category health data.',
      columns: [
        upn,
        col('primary_need', 'VARCHAR', 'Primary need (health data)', {
          tags: { pii: 'true', pii_category: 'health', masking: 'none' },
        }),
        col('plan_start', 'DATE'),
      ],
      tags: { ...SENSITIVE, special_category: 'health' },
    },
    ...schoolCensusModels,
  ],
};
