import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createValidateProjectAction } from './actions/validateProject';

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
      deps: { scaffolderActions: scaffolderActionsExtensionPoint },
      async init({ scaffolderActions }) {
        scaffolderActions.addActions(createValidateProjectAction());
      },
    });
  },
});
