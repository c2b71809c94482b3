import { plainAssetEntityName } from './entityNames';

describe('plainAssetEntityName', () => {
  it('joins plain lowercase key parts with dots', () => {
    expect(plainAssetEntityName(['claims', 'bronze', 'claims_raw'])).toBe(
      'claims.bronze.claims_raw',
    );
    expect(plainAssetEntityName(['road-safety', 'x1'])).toBe('road-safety.x1');
  });

  it('has no plain name for capitals, doubled separators, spaces, empty or long keys', () => {
    expect(plainAssetEntityName(['Claims', 'raw'])).toBeUndefined();
    expect(plainAssetEntityName(['claims', 'raw__x'])).toBeUndefined();
    expect(plainAssetEntityName(['a b'])).toBeUndefined();
    expect(plainAssetEntityName([])).toBeUndefined();
    expect(
      plainAssetEntityName(['a'.repeat(40), 'b'.repeat(23)]),
    ).toBeUndefined();
  });
});
