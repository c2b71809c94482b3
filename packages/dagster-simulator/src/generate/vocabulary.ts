import { DatasetColumn } from '../dataset/types';

/** Public-sector domains used to name generated code locations. */
export const DOMAINS = [
  'benefits',
  'transport',
  'education',
  'health',
  'tax',
  'housing',
  'justice',
  'environment',
  'employment',
  'population',
  'energy',
  'trade',
];

/** Things a department keeps tables about. */
export const ENTITIES = [
  'claims',
  'payments',
  'applications',
  'inspections',
  'incidents',
  'licences',
  'grants',
  'enrolments',
  'appointments',
  'referrals',
  'permits',
  'returns',
  'vehicles',
  'providers',
  'households',
  'addresses',
  'cases',
  'assessments',
  'complaints',
  'contracts',
];

/** Table name endings by layer. */
export const SUFFIXES: Record<'bronze' | 'silver' | 'gold', string[]> = {
  bronze: ['raw', 'landing', 'extract', 'feed', 'snapshot'],
  silver: ['clean', 'deduplicated', 'conformed', 'enriched', 'validated'],
  gold: [
    'summary',
    'by_region',
    'monthly_kpis',
    'dashboard',
    'trends',
    'publication',
  ],
};

/** Kinds by layer, as a platform team would tag them. */
export const KINDS: Record<'bronze' | 'silver' | 'gold', string[][]> = {
  bronze: [
    ['python', 's3'],
    ['python', 'pandas', 's3'],
    ['airbyte', 'postgres'],
  ],
  silver: [
    ['dbt', 'snowflake'],
    ['dbt', 'postgres'],
    ['python', 'pandas', 'snowflake'],
  ],
  gold: [
    ['dbt', 'snowflake'],
    ['python', 'pandas', 'postgres'],
    ['dbt', 'snowflake', 'tableau'],
  ],
};

/** Ordinary columns. */
export const PLAIN_COLUMNS: DatasetColumn[] = [
  { name: 'record_id', type: 'VARCHAR', nullable: false, unique: true },
  { name: 'local_authority_code', type: 'VARCHAR' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'status', type: 'VARCHAR' },
  { name: 'amount_gbp', type: 'NUMERIC(12,2)' },
  { name: 'created_at', type: 'TIMESTAMP', nullable: false },
  { name: 'updated_at', type: 'TIMESTAMP' },
  { name: 'source_system', type: 'VARCHAR' },
  { name: 'financial_year', type: 'VARCHAR' },
  { name: 'count', type: 'INTEGER' },
];

/** Columns holding personal data, tagged as the governance checks expect. */
export const PII_COLUMNS: DatasetColumn[] = [
  {
    name: 'national_insurance_number',
    type: 'VARCHAR',
    tags: {
      pii: 'true',
      pii_category: 'national_insurance_number',
      masking: 'hashed',
    },
  },
  {
    name: 'nhs_number',
    type: 'VARCHAR',
    tags: { pii: 'true', pii_category: 'nhs_number', masking: 'hashed' },
  },
  {
    name: 'postcode',
    type: 'VARCHAR',
    tags: { pii: 'true', pii_category: 'postcode', masking: 'none' },
  },
  {
    name: 'full_name',
    type: 'VARCHAR',
    tags: { pii: 'true', pii_category: 'name', masking: 'none' },
  },
  {
    name: 'date_of_birth',
    type: 'DATE',
    tags: { pii: 'true', pii_category: 'date_of_birth', masking: 'none' },
  },
];
