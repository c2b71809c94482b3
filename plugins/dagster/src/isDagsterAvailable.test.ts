import type { Entity } from '@backstage/catalog-model';
import { isDagsterAvailable } from './isDagsterAvailable';

const entityWith = (annotations?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'orders-daily', annotations },
  spec: {},
});

describe('isDagsterAvailable', () => {
  it('is true for an entity with a Dagster asset key', () => {
    expect(
      isDagsterAvailable(
        entityWith({ 'dagster.io/asset-key': 'sales/orders_daily' }),
      ),
    ).toBe(true);
  });

  it('is true for an entity with a Dagster code location', () => {
    expect(
      isDagsterAvailable(
        entityWith({ 'dagster.io/code-location': 'benefit-claims' }),
      ),
    ).toBe(true);
  });

  it('is false for an entity with only an instance annotation, or none', () => {
    expect(
      isDagsterAvailable(entityWith({ 'dagster.io/instance': 'analytics' })),
    ).toBe(false);
    expect(isDagsterAvailable(entityWith())).toBe(false);
  });

  it('is false when the annotation is blank', () => {
    expect(
      isDagsterAvailable(entityWith({ 'dagster.io/asset-key': ' ' })),
    ).toBe(false);
  });
});
