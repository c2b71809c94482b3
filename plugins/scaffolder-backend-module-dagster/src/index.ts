/**
 * The dagster:* actions for @backstage/plugin-scaffolder-backend.
 *
 * @packageDocumentation
 */
export { scaffolderModuleDagster as default } from './module';
export { createValidateProjectAction } from './actions/validateProject';
