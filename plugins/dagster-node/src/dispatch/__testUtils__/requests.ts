import { randomUUID } from 'node:crypto';
import {
  decidePlacement,
  PlacementInput,
} from '@internal/backstage-plugin-dagster-common';
import { DispatchRequest } from '../types';

/** An asset's compute tags, as the template writes them. */
export const SHORT_RETRY_SAFE = {
  'platform/expected-duration-minutes': '10',
  'platform/memory-mib': '1024',
  'platform/safe-to-retry': 'true',
};

/**
 * A request with a fresh id (so tests on a shared Dagster or moto never see
 * each other's work), decided by the real placement engine.
 */
export function requestFor(
  placement: PlacementInput,
  overrides: Partial<DispatchRequest> = {},
): DispatchRequest {
  return {
    requestId: randomUUID(),
    project: 'benefit-claims',
    requester: 'user:default/ada.lovelace',
    asset: {
      key: ['claims', 'reference', 'bank_holidays'],
      location: 'benefit_claims',
      repository: '__repository__',
    },
    decision: decidePlacement(placement),
    ...overrides,
  };
}
