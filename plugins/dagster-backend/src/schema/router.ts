import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import express from 'express';
import { spec } from './openapi.generated';

/**
 * A router that validates every request against the plugin's contract
 * (400 naming the part that breaks it), serves the contract at
 * `/openapi.json`, and types the handlers registered on it.
 */
export function createOpenApiRouter() {
  return createValidatedOpenApiRouter<typeof spec>(spec, {
    middleware: [express.json({ limit: '64kb' })],
    // The contract documents the bearer token; httpAuth checks it on every
    // route (and the mock auth of the tests sends none).
    validatorOptions: { validateSecurity: false },
  });
}
