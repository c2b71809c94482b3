import type { Entity } from '@backstage/catalog-model';
import {
  assetEntityName,
  isDagsterAssetEntity,
  isDagsterProjectEntity,
} from './isDagsterEntity';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'x', annotations },
});

describe('Dagster entity kinds', () => {
  it('treats an entity with an asset key as an asset, even inside a code location', () => {
    const asset = entity({
      'dagster.io/asset-key': 'sales/orders_daily',
      'dagster.io/code-location': 'sales',
    });
    expect(isDagsterAssetEntity(asset)).toBe(true);
    expect(isDagsterProjectEntity(asset)).toBe(false);
  });

  it('treats an entity with only a code location as a project', () => {
    const project = entity({ 'dagster.io/code-location': 'sales' });
    expect(isDagsterProjectEntity(project)).toBe(true);
    expect(isDagsterAssetEntity(project)).toBe(false);
  });

  it('ignores blank annotations', () => {
    const blank = entity({ 'dagster.io/asset-key': ' ' });
    expect(isDagsterAssetEntity(blank)).toBe(false);
    expect(isDagsterProjectEntity(blank)).toBe(false);
  });
});

describe('assetEntityName', () => {
  it('joins plain key parts with dots', () => {
    expect(assetEntityName('sales/orders_daily')).toBe('sales.orders_daily');
  });

  it('gives no name for keys the provider has to hash', () => {
    expect(assetEntityName('Sales/Orders')).toBeUndefined();
    expect(assetEntityName(`a/${'b'.repeat(62)}`)).toBeUndefined();
  });
});
