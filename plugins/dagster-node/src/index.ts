/**
 * Server-side building blocks of the Dagster plugin family: configuration,
 * the typed Dagster GraphQL client, the Dagster client service the backend
 * plugin and the catalog module share, the extension points where an
 * adopter plugs in their own rules, and the dispatchers that start a
 * request's work through Dagster or straight on AWS (ECS, Batch, Lambda).
 *
 * @packageDocumentation
 */
export * from './config';
export * from './client';
export * from './service';
export * from './extensions';
export * from './dispatch';
