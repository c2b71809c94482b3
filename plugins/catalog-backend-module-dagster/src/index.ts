/***/
/**
 * The dagster-provider module for @backstage/plugin-catalog-backend
 *
 * @packageDocumentation
 */

export { catalogModuleDagster as default } from './module';
