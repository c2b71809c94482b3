import {
  Entity,
  entityEnvelopeSchemaValidator,
  entitySchemaValidator,
} from '@backstage/catalog-model';
import type { DagsterAsset } from '@internal/backstage-plugin-dagster-node';
import { directoryFrom } from '../entities/owners';
import { workspaceToEntities } from './workspaceToEntities';

const asset = (
  location: string,
  key: string[],
  extra: Partial<DagsterAsset> = {},
): DagsterAsset => ({
  key,
  location,
  repository: '__repository__',
  group: 'silver',
  description: null,
  owners: [{ type: 'team', team: 'claims-data-team' }],
  kinds: ['dbt'],
  tags: [],
  upstream: [],
  downstream: [],
  columns: [],
  isPartitioned: false,
  hasAssetChecks: false,
  jobNames: [],
  ...extra,
});

const ctx = {
  instanceId: 'demo',
  webUrl: 'http://dagster.local',
  namespace: 'default',
  fallbackOwner: 'group:default/data-platform-team',
  directory: directoryFrom(
    new Map([['claims-data-team', 'group:default/claims-data-team']]),
    new Map(),
  ),
  locationRef: 'url:http://dagster.local',
};

const names = (entities: Entity[]) =>
  entities.map(e => `${e.kind}:${e.metadata.name}`);
const validate = entitySchemaValidator();
const envelope = entityEnvelopeSchemaValidator();

describe('workspaceToEntities', () => {
  it('emits a project and valid asset entities with lineage across locations', () => {
    const { entities, problems } = workspaceToEntities(
      {
        locations: [
          { name: 'claims', assets: [asset('claims', ['claims', 'clean'])] },
          {
            name: 'finance',
            assets: [
              asset('finance', ['finance', 'spend'], {
                upstream: [['claims', 'clean']],
              }),
            ],
          },
        ],
      },
      new Map(),
      ctx,
    );
    expect(problems).toEqual([]);
    expect(names(entities)).toEqual([
      'System:claims',
      'Resource:claims.clean',
      'System:finance',
      'Resource:finance.spend',
    ]);
    const spend = entities[3];
    expect(spend.spec).toMatchObject({
      type: 'dagster-asset',
      owner: 'group:default/claims-data-team',
      system: 'system:default/finance',
      dependsOn: ['resource:default/claims.clean'],
    });
    expect(spend.metadata.annotations).toMatchObject({
      'dagster.io/asset-key': 'finance/spend',
      'dagster.io/code-location': 'finance',
      'dagster.io/instance': 'demo',
      'backstage.io/view-url': 'http://dagster.local/assets/finance/spend',
    });
    for (const entity of entities) {
      expect(() => envelope(entity)).not.toThrow();
      expect(() => validate(entity)).not.toThrow();
    }
  });

  it('labels personal data and ownerless assets', () => {
    const { entities } = workspaceToEntities(
      {
        locations: [
          {
            name: 'claims',
            assets: [
              asset('claims', ['claimants'], {
                owners: [{ type: 'team', team: 'unknown-team' }],
                columns: [
                  {
                    name: 'nino',
                    type: 'string',
                    description: null,
                    tags: [{ key: 'pii', value: 'true' }],
                  },
                ],
              }),
            ],
          },
        ],
      },
      new Map(),
      ctx,
    );
    const claimants = entities.find(e => e.metadata.name === 'claimants')!;
    expect(claimants.metadata.labels).toEqual({
      'dagster.io/ownerless': 'true',
      'dagster.io/personal-data': 'true',
    });
    expect(
      claimants.metadata.annotations?.['dagster.io/personal-data-columns'],
    ).toBe('nino');
    expect(claimants.metadata.annotations?.['dagster.io/unknown-owners']).toBe(
      'team:unknown-team',
    );
    expect(claimants.spec?.owner).toBe('group:default/data-platform-team');
    expect(claimants.metadata.tags).toContain('personal-data');
  });

  it('keeps the last good entities of a location that failed to load', () => {
    const kept: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'old.asset' },
      spec: {},
    };
    const { entities, problems } = workspaceToEntities(
      {
        locations: [
          {
            name: 'claims',
            error: new Error('ImportError: no module named pandas'),
            assets: [],
          },
        ],
      },
      new Map([['claims', [kept]]]),
      ctx,
    );
    expect(entities).toEqual([kept]);
    expect(problems[0]).toMatch(
      /"claims" failed to load \(ImportError: no module named pandas\); keeping its 1 last good/,
    );
  });

  it('reports two assets with the same entity name and keeps only the first', () => {
    const { entities, problems } = workspaceToEntities(
      {
        locations: [
          {
            name: 'a',
            assets: [asset('a', ['x', 'y']), asset('a', ['x', 'y'])],
          },
        ],
      },
      new Map(),
      ctx,
    );
    expect(names(entities)).toEqual(['System:a', 'Resource:x.y']);
    expect(problems).toEqual([
      expect.stringMatching(/map to the same entity name "x.y"/),
    ]);
  });
});
