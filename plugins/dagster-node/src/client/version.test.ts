import { DagsterGraphQLError } from './errors';
import { interpretServerVersion, isKindsRejection } from './version';

describe('interpretServerVersion', () => {
  it.each([
    ['1.5.0', { major: 1, minor: 5 }, false],
    ['1.7.16', { major: 1, minor: 7 }, false],
    ['0.15.8', { major: 0, minor: 15 }, false],
    ['1.8.0', { major: 1, minor: 8 }, true],
    ['1.8.0rc1', { major: 1, minor: 8 }, true],
    ['1.12.13', { major: 1, minor: 12 }, true],
    ['2.0.0', { major: 2, minor: 0 }, true],
  ])('reads %s', (version, release, supportsKinds) => {
    expect(interpretServerVersion(version)).toEqual({
      version,
      release,
      supportsKinds,
    });
  });

  it.each(['1!0+dev', 'dev', '', 'unknown'])(
    'treats %j as the newest server',
    version => {
      expect(interpretServerVersion(version)).toEqual({
        version,
        release: null,
        supportsKinds: true,
      });
    },
  );
});

describe('isKindsRejection', () => {
  it('recognises only a rejection of AssetNode.kinds', () => {
    const error = (m: string) => new DagsterGraphQLError(m, [m], 400);
    expect(
      isKindsRejection(
        error('Cannot query field "kinds" on type "AssetNode".'),
      ),
    ).toBe(true);
    expect(
      isKindsRejection(
        error('Cannot query field "owners" on type "AssetNode".'),
      ),
    ).toBe(false);
    expect(
      isKindsRejection(
        new Error('Cannot query field "kinds" on type "AssetNode".'),
      ),
    ).toBe(false);
  });
});
