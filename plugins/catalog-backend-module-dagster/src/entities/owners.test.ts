import { directoryFrom, resolveOwner } from './owners';

const directory = directoryFrom(
  new Map([['claims-data-team', 'group:default/claims-data-team']]),
  new Map([
    ['dana.okafor@public-data.example.gov.uk', 'user:default/dana.datateam'],
  ]),
);
const fallback = 'group:default/data-platform-team';

describe('resolveOwner', () => {
  it('maps a Dagster team to its catalog group', () => {
    expect(
      resolveOwner(
        [{ type: 'team', team: 'Claims-Data-Team' }],
        directory,
        fallback,
      ),
    ).toEqual({
      owner: 'group:default/claims-data-team',
      ownerless: false,
      unknown: [],
    });
  });

  it('maps an email to the catalog user with that email', () => {
    const owners = [
      {
        type: 'user' as const,
        email: 'Dana.Okafor@public-data.example.gov.uk',
      },
    ];
    expect(resolveOwner(owners, directory, fallback).owner).toBe(
      'user:default/dana.datateam',
    );
  });

  it('prefers a team over a user', () => {
    const owners = [
      {
        type: 'user' as const,
        email: 'dana.okafor@public-data.example.gov.uk',
      },
      { type: 'team' as const, team: 'claims-data-team' },
    ];
    expect(resolveOwner(owners, directory, fallback).owner).toBe(
      'group:default/claims-data-team',
    );
  });

  it('falls back and marks the asset ownerless when nobody is known', () => {
    expect(
      resolveOwner([{ type: 'team', team: 'legacy-etl' }], directory, fallback),
    ).toEqual({
      owner: fallback,
      ownerless: true,
      unknown: ['team:legacy-etl'],
    });
    expect(resolveOwner([], directory, fallback).ownerless).toBe(true);
  });
});
