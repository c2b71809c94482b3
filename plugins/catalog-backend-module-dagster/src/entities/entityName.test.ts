import { makeValidator } from '@backstage/catalog-model';
import { assetEntityName, toTag } from './entityName';

const validator = makeValidator();

describe('assetEntityName', () => {
  it('joins plain keys with dots', () => {
    expect(assetEntityName(['claims', 'silver', 'claims_clean'])).toBe(
      'claims.silver.claims_clean',
    );
  });

  it.each([
    [['a/b', 'c']],
    [['with space', 'x']],
    [['dots.inside', 'key']],
    [['x'.repeat(200)]],
    [['😀']],
    [['-lead']],
  ])('makes a valid, stable name for %j', key => {
    const name = assetEntityName(key);
    expect(validator.isValidEntityName(name)).toBe(true);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(assetEntityName([...key])).toBe(name);
  });

  it('never gives two different keys the same name', () => {
    const keys = [
      ['a', 'b'],
      ['a.b'],
      ['a_b'],
      ['a b'],
      ['a/b'],
      ['a', 'b', ''],
      ['A', 'b'],
    ];
    const names = keys.map(assetEntityName);
    // The catalog compares names case-insensitively.
    expect(new Set(names.map(n => n.toLowerCase())).size).toBe(keys.length);
  });
});

describe('toTag', () => {
  it('turns kinds and groups into valid tags', () => {
    expect(toTag('dbt')).toBe('dbt');
    expect(toTag('Claims_Bronze')).toBe('claims-bronze');
    expect(toTag('___')).toBeUndefined();
    expect(
      validator.isValidTag(toTag('Some Very Long Group Name '.repeat(5))!),
    ).toBe(true);
  });
});
