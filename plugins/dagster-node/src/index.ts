/**
 * Server-side building blocks of the Dagster plugin family: configuration,
 * the typed Dagster GraphQL client, and (as they arrive) the AWS adapters.
 *
 * @packageDocumentation
 */
export * from './config';
export * from './client';
