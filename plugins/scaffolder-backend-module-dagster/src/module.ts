import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createRegisterProjectAction } from './actions/registerProject';
import { createValidateProjectAction } from './actions/validateProject';
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
      },
      async init({ scaffolderActions, catalog, discovery, auth }) {
        const platform = new PlatformClient({ discovery, auth });
        scaffolderActions.addActions(
          createValidateProjectAction({ catalog, platform }),
          createRegisterProjectAction({ platform }),
        );
      },
    });
  },
});
