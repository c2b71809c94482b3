import { DagsterGraphQLError } from './errors';
import { interpretServerVersion, isCurrentFieldRejection } from './version';

describe('interpretServerVersion', () => {
  it.each([
    ['1.5.0', [1, 5, 0], false, false],
    ['1.7.16', [1, 7, 16], false, false],
    ['0.15.8', [0, 15, 8], false, false],
    // 1.8.0 takes kinds= in Python but its GraphQL schema has no AssetNode.kinds.
    ['1.8.0', [1, 8, 0], false, false],
    ['1.8.6', [1, 8, 6], false, false],
    ['1.8.7', [1, 8, 7], true, false],
    ['1.8.11', [1, 8, 11], true, false],
    ['1.8.12', [1, 8, 12], true, true],
    ['1.8.12rc1', [1, 8, 12], true, true],
    ['1.9', [1, 9, 0], true, true],
    ['1.12.13', [1, 12, 13], true, true],
    ['2.0.0', [2, 0, 0], true, true],
  ])(
    'reads %s',
    (version, [major, minor, patch], supportsKinds, supportsColumnTags) => {
      expect(interpretServerVersion(version)).toEqual({
        version,
        release: { major, minor, patch },
        supportsKinds,
        supportsColumnTags,
      });
    },
  );

  it.each(['1!0+dev', 'dev', '', 'unknown'])(
    'treats %j as the newest server',
    version => {
      expect(interpretServerVersion(version)).toEqual({
        version,
        release: null,
        supportsKinds: true,
        supportsColumnTags: true,
      });
    },
  );
});

describe('isCurrentFieldRejection', () => {
  const error = (...messages: string[]) =>
    new DagsterGraphQLError(messages.join('; '), messages, 400);

  it('recognises rejections of the fields only the current asset query selects', () => {
    // As graphql-js words them (the scripted tests).
    expect(
      isCurrentFieldRejection(
        error(
          'Cannot query field "kinds" on type "AssetNode". Did you mean "id"?',
          'Cannot query field "isMaterializable" on type "AssetNode".',
          'Cannot query field "tags" on type "TableColumn".',
        ),
      ),
    ).toBe(true);
    // As Dagster's webserver words them (1.7.16 and 1.13.27 quote with ').
    expect(
      isCurrentFieldRejection(
        error(
          "Cannot query field 'kinds' on type 'AssetNode'. Did you mean 'id'?",
          "Cannot query field 'tags' on type 'TableColumn'.",
        ),
      ),
    ).toBe(true);
  });

  it('does not take other errors for one', () => {
    expect(
      isCurrentFieldRejection(
        error('Cannot query field "owners" on type "AssetNode".'),
      ),
    ).toBe(false);
    expect(
      isCurrentFieldRejection(
        error("Cannot query field 'kinds' on type 'AssetCheck'."),
      ),
    ).toBe(false);
    // A suggestion naming kinds is not a rejection of kinds.
    expect(
      isCurrentFieldRejection(
        error(
          'Cannot query field "kind" on type "AssetNode". Did you mean "kinds"?',
        ),
      ),
    ).toBe(false);
    // One unrelated error among them: the legacy query would not help.
    expect(
      isCurrentFieldRejection(
        error(
          'Cannot query field "kinds" on type "AssetNode".',
          'Variable "$keys" of required type "[AssetKeyInput!]!" was not provided.',
        ),
      ),
    ).toBe(false);
    expect(isCurrentFieldRejection(error())).toBe(false);
    expect(
      isCurrentFieldRejection(
        new Error('Cannot query field "kinds" on type "AssetNode".'),
      ),
    ).toBe(false);
  });
});
