/**
 * The dagster:project:* actions for @backstage/plugin-scaffolder-backend:
 * checking a new project against the platform rules and registering it.
 *
 * @packageDocumentation
 */
export { scaffolderModuleDagster as default } from './module';
export { createValidateProjectAction } from './actions/validateProject';
export { createRegisterProjectAction } from './actions/registerProject';
export { PlatformClient } from './platform/PlatformClient';
