/*
 * The wire types of the dagster backend's API, generated from its contract
 * (plugins/dagster-backend/src/schema/openapi.yaml).
 */
export * from './models.generated';
