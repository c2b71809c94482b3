import type { DagsterAsset } from '@internal/backstage-plugin-dagster-node';
import { directoryFrom, OwnerContext, resolveOwner } from './owners';

const asset = {
  key: ['claims', 'clean'],
  location: 'benefit_claims',
  owners: [{ type: 'team', team: 'claims-data-team' }],
} as DagsterAsset;

const ctx: OwnerContext = {
  instanceId: 'demo',
  namespace: 'default',
  directory: directoryFrom(
    new Map([['claims-data-team', 'group:default/claims-data-team']]),
    new Map(),
  ),
  fallbackOwner: 'group:default/data-platform-team',
};

describe('resolveOwner', () => {
  it('uses the built-in mapping unless a module set one', () => {
    expect(resolveOwner(asset, ctx)).toEqual({
      owner: 'group:default/claims-data-team',
      ownerless: false,
      unknown: [],
    });
  });

  it("takes a module's mapping, given the asset, the instance and the catalog's groups and users", () => {
    const seen: unknown[] = [];
    const resolved = resolveOwner(asset, {
      ...ctx,
      ownerMapping: input => {
        seen.push([input.asset.key, input.instanceId]);
        return {
          owner: `${input.directory.group('claims-data-team')}-stewards`,
        };
      },
    });
    expect(resolved).toEqual({
      owner: 'group:default/claims-data-team-stewards',
      ownerless: false,
      unknown: [],
    });
    expect(seen).toEqual([[['claims', 'clean'], 'demo']]);
  });

  it('reads a bare name as a group in the namespace', () => {
    expect(
      resolveOwner(asset, {
        ...ctx,
        ownerMapping: () => ({ owner: 'stewards' }),
      }).owner,
    ).toBe('group:default/stewards');
  });

  it('falls back and marks the asset ownerless when the mapping finds no owner', () => {
    expect(
      resolveOwner(asset, {
        ...ctx,
        ownerMapping: () => ({ unknownOwners: ['team:legacy-etl'] }),
      }),
    ).toEqual({
      owner: 'group:default/data-platform-team',
      ownerless: true,
      unknown: ['team:legacy-etl'],
    });
  });

  it('falls back, saying why, when the mapping throws or answers something that is not an entity ref', () => {
    const thrown = resolveOwner(asset, {
      ...ctx,
      ownerMapping: () => {
        throw new Error('directory offline');
      },
    });
    expect(thrown).toMatchObject({
      owner: 'group:default/data-platform-team',
      ownerless: true,
      problem:
        'The owner mapping failed on asset "claims/clean" (directory offline); it gets the fallback owner',
    });
    const malformed = resolveOwner(asset, {
      ...ctx,
      ownerMapping: () => ({ owner: 'group:a:b/c' }),
    });
    expect(malformed).toMatchObject({
      owner: 'group:default/data-platform-team',
      ownerless: true,
      problem: expect.stringMatching(
        /gave asset "claims\/clean" the owner "group:a:b\/c", which is not an entity ref/,
      ),
    });
  });
});
