import { deriveKinds, toDagsterAsset } from './normalize';
import { assetNode, legacyAssetNode } from './__fixtures__/responses';

describe('toDagsterAsset', () => {
  it('normalises an asset node of a current server', () => {
    expect(toDagsterAsset(assetNode(['sales', 'orders']))).toEqual({
      key: ['sales', 'orders'],
      location: 'analytics',
      repository: '__repository__',
      group: 'sales',
      description: 'Orders per day',
      owners: [
        { type: 'team', team: 'data-eng' },
        { type: 'user', email: 'jane@example.gov.uk' },
      ],
      kinds: ['dbt', 'snowflake'],
      tags: [{ key: 'domain', value: 'sales' }],
      upstream: [['raw', 'orders']],
      downstream: [['marts', 'revenue']],
      columns: [
        {
          name: 'order_id',
          type: 'int',
          description: 'Primary key',
          tags: [{ key: 'pii', value: 'false' }],
        },
        { name: 'amount', type: 'float', description: null, tags: [] },
      ],
      isPartitioned: true,
      partition: {
        type: 'TIME_WINDOW',
        name: null,
        description: 'Daily, starting 2024-01-01 UTC.',
      },
      hasAssetChecks: true,
      jobNames: ['__ASSET_JOB'],
    });
  });

  it('reads columns only from the dagster/column_schema entry', () => {
    const node = legacyAssetNode(['a'], {
      metadataEntries: [
        {
          __typename: 'TableSchemaMetadataEntry',
          label: 'other_schema',
          schema: {
            columns: [{ name: 'x', type: 'int', description: null, tags: [] }],
          },
        },
      ],
    });
    expect(toDagsterAsset(node).columns).toEqual([]);
  });

  it('tolerates an old server: no group, no kinds, no partitions, unknown owner types', () => {
    const asset = toDagsterAsset(
      legacyAssetNode(['a'], {
        groupName: null,
        partitionDefinition: null,
        isPartitioned: false,
        owners: [{ __typename: 'RoleAssetOwner', role: 'x' } as any],
      }),
    );
    expect(asset).toMatchObject({
      group: null,
      kinds: ['dbt'],
      owners: [],
      isPartitioned: false,
    });
    expect(asset).not.toHaveProperty('partition');
  });
});

describe('deriveKinds', () => {
  it('prefers the compute kind, as newer servers do', () => {
    expect(
      deriveKinds({
        computeKind: 'dbt',
        tags: [{ key: 'dagster/kind/snowflake', value: '' }],
      }),
    ).toEqual(['dbt']);
  });

  it('otherwise reads the dagster/kind/* tags', () => {
    const tags = [
      { key: 'dagster/kind/snowflake', value: '' },
      { key: 'dagster/kind/', value: '' },
      { key: 'team', value: 'x' },
      { key: 'dagster/kind/python', value: '' },
    ];
    expect(deriveKinds({ computeKind: null, tags })).toEqual([
      'snowflake',
      'python',
    ]);
  });
});
