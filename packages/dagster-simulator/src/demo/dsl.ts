import {
  DatasetAsset,
  DatasetCheck,
  DatasetColumn,
  DatasetPartitions,
} from '../dataset/types';

/** Layers of the demo estate; `reference` holds shared lookups. */
export type DemoLayer = 'bronze' | 'silver' | 'gold' | 'reference';

/** A check with a scripted outcome: it fails on the last `failingDays` days. */
export interface DemoCheck extends DatasetCheck {
  failingDays?: number;
}

/** One asset of the demo estate, written compactly. */
export interface DemoAssetSpec {
  name: string;
  layer: DemoLayer;
  description: string;
  /** `layer/name` inside the location, or a full `prefix/layer/name` key. */
  deps?: string[];
  /** Defaults to the location's owners; `[]` leaves the asset without owners. */
  owners?: string[];
  kinds?: string[];
  columns?: DatasetColumn[];
  tags?: Record<string, string>;
  partitions?: DatasetPartitions;
  checks?: DemoCheck[];
  freshness?: DatasetAsset['freshness'];
  automation?: string;
  lineage?: DatasetAsset['columnLineage'];
  /** A new definition with no materialisation yet. */
  neverMaterialized?: boolean;
}

/** A code location of the demo estate. */
export interface DemoLocationSpec {
  name: string;
  /** First segment of every asset key. */
  prefix: string;
  owners: string[];
  kinds: Record<DemoLayer, string[]>;
  loadError?: string;
  loadErrorStack?: string[];
  assets: DemoAssetSpec[];
}

/** A column. */
export function col(
  name: string,
  type: string,
  description?: string,
  extra: Partial<DatasetColumn> = {},
): DatasetColumn {
  return { name, type, ...(description ? { description } : {}), ...extra };
}

function personal(category: string, masking: 'hashed' | 'none' | 'truncated') {
  return { pii: 'true', pii_category: category, masking };
}

/** Columns holding personal data, tagged for the governance checks. */
export const pii = {
  nino: (
    masking: 'hashed' | 'none' = 'none',
    name = 'national_insurance_number',
  ) =>
    col(
      name,
      'VARCHAR',
      masking === 'hashed'
        ? 'SHA-256 of the National Insurance number'
        : 'National Insurance number',
      {
        tags: personal('national_insurance_number', masking),
      },
    ),
  nhs: (masking: 'hashed' | 'none' = 'none', name = 'nhs_number') =>
    col(name, 'VARCHAR', 'NHS number', {
      tags: personal('nhs_number', masking),
    }),
  postcode: (masking: 'none' | 'truncated' = 'none', name = 'postcode') =>
    col(
      name,
      'VARCHAR',
      masking === 'truncated' ? 'Postcode sector only' : 'Full postcode',
      {
        tags: personal('postcode', masking),
      },
    ),
  name: (masking: 'hashed' | 'none' = 'none', colName = 'full_name') =>
    col(colName, 'VARCHAR', 'Full name', { tags: personal('name', masking) }),
  dob: (masking: 'none' | 'truncated' = 'none', name = 'date_of_birth') =>
    col(
      name,
      'DATE',
      masking === 'truncated' ? 'Month and year of birth' : 'Date of birth',
      {
        tags: personal('date_of_birth', masking),
      },
    ),
  other: (
    name: string,
    category: string,
    masking: 'hashed' | 'none' = 'none',
    type = 'VARCHAR',
  ) => col(name, type, undefined, { tags: personal(category, masking) }),
};

/** Daily partitions from 2024. */
export const DAILY: DatasetPartitions = {
  type: 'TIME_WINDOW',
  start: '2024-04-01',
  cronSchedule: '0 0 * * *',
  timezone: 'Europe/London',
};
