import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createRegisterProjectAction } from './actions/registerProject';
import { createValidateProjectAction } from './actions/validateProject';
import { DemoRepositories } from './demoRepositories/DemoRepositories';
import { createPublishDemoRepositoryAction } from './demoRepositories/publishDemoRepository';
import { PlatformClient } from './platform/PlatformClient';

/**
 * Registers the dagster:* scaffolder actions.
 *
 * @public
 */
export const scaffolderModuleDagster = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'dagster',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        catalog: catalogServiceRef,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({
        scaffolderActions,
        catalog,
        discovery,
        auth,
        userInfo,
        config,
        logger,
      }) {
        const platform = new PlatformClient({ discovery, auth });
        const repositories = DemoRepositories.fromConfig(config);
        if (repositories) {
          logger.info(
            `Demo repositories are published to ${repositories.directory}`,
          );
        }
        scaffolderActions.addActions(
          createValidateProjectAction({ catalog, platform, repositories }),
          createRegisterProjectAction({ platform }),
          createPublishDemoRepositoryAction({ repositories, auth, userInfo }),
        );
      },
    });
  },
});
