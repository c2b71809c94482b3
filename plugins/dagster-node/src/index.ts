/**
 * Server-side building blocks of the Dagster plugin family: configuration,
 * the typed Dagster GraphQL client, the Dagster client service the backend
 * plugin and the catalog module share, the extension points where an
 * adopter plugs in their own rules, and (as they arrive) the AWS adapters.
 *
 * @packageDocumentation
 */
export * from './config';
export * from './client';
export * from './service';
export * from './extensions';
