/**
 * Server-side building blocks of the Dagster plugin family: configuration,
 * and (as they arrive) the GraphQL client and AWS adapters.
 *
 * @packageDocumentation
 */
export * from './config';
