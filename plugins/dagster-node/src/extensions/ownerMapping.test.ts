import type { DagsterAsset, DagsterAssetOwner } from '../client';
import { defaultDagsterOwnerMapping } from './ownerMapping';

const directory = {
  group: (name: string) =>
    name === 'claims-data-team' ? 'group:default/claims-data-team' : undefined,
  userByEmail: (email: string) =>
    email === 'dana.okafor@public-data.example.gov.uk'
      ? 'user:default/dana.datateam'
      : undefined,
};

const owned = (...owners: DagsterAssetOwner[]) =>
  defaultDagsterOwnerMapping({
    asset: { key: ['claims', 'clean'], owners } as DagsterAsset,
    instanceId: 'demo',
    directory,
  });

describe('defaultDagsterOwnerMapping', () => {
  it('maps a Dagster team to the catalog group of that name, whatever its case', () => {
    expect(owned({ type: 'team', team: 'Claims-Data-Team' })).toEqual({
      owner: 'group:default/claims-data-team',
      unknownOwners: [],
    });
  });

  it('maps an email to the catalog user with that email', () => {
    expect(
      owned({ type: 'user', email: 'Dana.Okafor@public-data.example.gov.uk' })
        .owner,
    ).toBe('user:default/dana.datateam');
  });

  it('prefers a team over a user and reports the owners the catalog does not know', () => {
    expect(
      owned(
        { type: 'user', email: 'dana.okafor@public-data.example.gov.uk' },
        { type: 'team', team: 'legacy-etl' },
        { type: 'team', team: 'claims-data-team' },
      ),
    ).toEqual({
      owner: 'group:default/claims-data-team',
      unknownOwners: ['team:legacy-etl'],
    });
  });

  it('finds no owner when the catalog knows none of them', () => {
    expect(owned({ type: 'team', team: 'legacy-etl' })).toEqual({
      unknownOwners: ['team:legacy-etl'],
    });
    expect(owned()).toEqual({ unknownOwners: [] });
  });
});
