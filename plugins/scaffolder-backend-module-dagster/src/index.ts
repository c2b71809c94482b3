/**
 * The dagster:* actions for @backstage/plugin-scaffolder-backend, and the
 * demo repository target they can publish to offline.
 *
 * @packageDocumentation
 */
export { scaffolderModuleDagster as default } from './module';
export { createValidateProjectAction } from './actions/validateProject';
export { createRegisterProjectAction } from './actions/registerProject';
export { createPublishDemoRepositoryAction } from './demoRepositories/publishDemoRepository';
export { DemoRepositories } from './demoRepositories/DemoRepositories';
export type { DemoRepositoryUrls } from './demoRepositories/DemoRepositories';
export { demoRepositoryUrlReaderFactory } from './demoRepositories/demoRepositoryUrlReader';
export { PlatformClient } from './platform/PlatformClient';
