import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createPublishDemoRepositoryAction } from './actions/publishDemoRepository';
import { DemoRepositories } from './DemoRepositories';

/**
 * Registers `dagster:demo-repository:publish`, the offline publish step of the
 * demo. Without `dagster.demoRepositories.directory` the action is still
 * listed, and refuses to run saying the demo target is not configured.
 *
 * @public
 */
export const scaffolderModuleDagsterDemo = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'dagster-demo',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ scaffolderActions, auth, userInfo, config, logger }) {
        const repositories = DemoRepositories.fromConfig(config);
        if (repositories) {
          logger.info(
            `Demo repositories are published to ${repositories.directory}`,
          );
        }
        scaffolderActions.addActions(
          createPublishDemoRepositoryAction({ repositories, auth, userInfo }),
        );
      },
    });
  },
});
