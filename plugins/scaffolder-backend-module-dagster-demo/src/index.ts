/**
 * For the demo only: an offline publish target for the Dagster project
 * template. New projects' repositories become bare git repositories in a
 * local directory (`dagster.demoRepositories.directory`), and the catalog
 * reads them back through a URL reader limited to that directory.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { demoRepositoryUrlReaderFactory } from './demoRepositoryUrlReader';
import { scaffolderModuleDagsterDemo } from './module';

/**
 * The demo publish target: the `dagster:demo-repository:publish` action and
 * the URL reader that serves its repositories to the catalog.
 *
 * @public
 */
export default createBackendFeatureLoader({
  loader() {
    return [scaffolderModuleDagsterDemo, demoRepositoryUrlReaderFactory];
  },
});
