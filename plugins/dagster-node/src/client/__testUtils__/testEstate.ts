import path from 'node:path';
import { DagsterAsset, DagsterLineageNode } from '../model';

/*
 * What the test estate of @internal/local-dagster (packages/local-dagster/
 * test-estate) looks like through the client on current Dagster. Shared by
 * the contract test and the integration test; change it with the estate.
 */

export const RAW = ['claims', 'raw_claims'];
export const CLAIMANTS = ['claims', 'claimants'];
export const SPEND = ['finance', 'spend by region'];
export const CHECK = 'claimants_have_nino';
export const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
export const RUN_ID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The test estate's source, imported by the materialising script. */
export const TEST_ESTATE_SOURCE = path.join(
  path.dirname(require.resolve('@internal/local-dagster/package.json')),
  'test-estate',
);

/** Items with a `key`, by their key joined with `/`, to compare regardless of Dagster's order. */
export function byKey<T extends { key: string[] }>(
  items: T[],
): Record<string, T> {
  return Object.fromEntries(items.map(item => [item.key.join('/'), item]));
}

/** What the estate's three assets normalise to. */
export const EXPECTED_ASSETS: Record<string, DagsterAsset> = {
  'claims/raw_claims': {
    key: RAW,
    location: 'benefit_claims',
    repository: '__repository__',
    group: 'bronze',
    description: 'Claims as received.',
    owners: [{ type: 'team', team: 'claims-data-team' }],
    kinds: ['python'],
    tags: [{ key: 'dagster/kind/python', value: '' }],
    upstream: [],
    downstream: [CLAIMANTS],
    columns: [],
    isPartitioned: false,
    hasAssetChecks: false,
    jobNames: ['__ASSET_JOB'],
  },
  'claims/claimants': {
    key: CLAIMANTS,
    location: 'benefit_claims',
    repository: '__repository__',
    group: 'silver',
    description: null,
    owners: [{ type: 'user', email: 'dana.okafor@public-data.example.gov.uk' }],
    kinds: ['dbt', 'snowflake'],
    tags: [
      { key: 'dagster/kind/dbt', value: '' },
      { key: 'dagster/kind/snowflake', value: '' },
    ],
    upstream: [RAW],
    // Across locations: finance reads claimants.
    downstream: [SPEND],
    columns: [
      { name: 'claimant_id', type: 'VARCHAR', description: null, tags: [] },
      {
        name: 'nino',
        type: 'VARCHAR',
        description: null,
        tags: [
          { key: 'pii', value: 'true' },
          { key: 'pii_category', value: 'national_insurance_number' },
        ],
      },
    ],
    isPartitioned: false,
    hasAssetChecks: true,
    jobNames: ['__ASSET_JOB'],
  },
  'finance/spend by region': {
    key: SPEND,
    location: 'finance',
    repository: '__repository__',
    group: 'gold',
    description: null,
    owners: [{ type: 'team', team: 'nobody-knows' }],
    kinds: [],
    tags: [],
    upstream: [CLAIMANTS],
    downstream: [],
    columns: [],
    isPartitioned: false,
    hasAssetChecks: false,
    // An AssetSpec nothing materialises is in no job.
    jobNames: [],
  },
};

/** The lineage fields of an expected asset: what the lineage read must give for it. */
export function lineageNodeOf(asset: DagsterAsset): DagsterLineageNode {
  return {
    key: asset.key,
    location: asset.location,
    repository: asset.repository,
    group: asset.group,
    hasAssetChecks: asset.hasAssetChecks,
    upstream: asset.upstream,
    downstream: asset.downstream,
  };
}
