import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { DagsterClient, dagsterApiRef } from './api';
import {
  DagsterProjectNamePicker,
  validateProjectNameField,
} from './components/DagsterProjectNamePicker';
import { rootRouteRef } from './routes';

/**
 * The Dagster plugin for the legacy frontend system.
 *
 * @public
 */
export const dagsterPlugin = createPlugin({
  id: 'dagster',
  apis: [
    createApiFactory({
      api: dagsterApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new DagsterClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The Dagster data platform page: instances, demo marker and the project
 * registry. Mount it at `/dagster`.
 *
 * @public
 */
export const DagsterPage = dagsterPlugin.provide(
  createRoutableExtension({
    name: 'DagsterPage',
    component: () =>
      import('./components/DagsterPage').then(m => m.DagsterPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Lineage tab of an entity page: assets upstream and downstream of the
 * entity's own, as a graph or a list. Show it where
 * {@link isDagsterAvailable} is true.
 *
 * @public
 */
export const EntityDagsterLineageContent = dagsterPlugin.provide(
  createComponentExtension({
    name: 'EntityDagsterLineageContent',
    component: {
      lazy: () =>
        import('./components/EntityDagsterLineageContent').then(
          m => m.EntityDagsterLineageContent,
        ),
    },
  }),
);

/**
 * The Checks tab of an entity page: an asset's checks with their history,
 * or a project's assets by check status. Show it where
 * {@link isDagsterAvailable} is true.
 *
 * @public
 */
export const EntityDagsterChecksContent = dagsterPlugin.provide(
  createComponentExtension({
    name: 'EntityDagsterChecksContent',
    component: {
      lazy: () =>
        import('./components/EntityDagsterChecksContent').then(
          m => m.EntityDagsterChecksContent,
        ),
    },
  }),
);

/**
 * Overview card of a Dagster project: assets, failing checks, stale assets.
 * Show it on project (System) pages where {@link isDagsterProjectEntity} is true.
 *
 * @public
 */
export const EntityDagsterProjectCard = dagsterPlugin.provide(
  createComponentExtension({
    name: 'EntityDagsterProjectCard',
    component: {
      lazy: () =>
        import('./components/EntityDagsterProjectCard').then(
          m => m.EntityDagsterProjectCard,
        ),
    },
  }),
);

/**
 * The project name field of the dagster-pipeline-project template
 * (`ui:field: DagsterProjectNamePicker`): refuses a name that breaks the
 * platform's rule or is already taken in the catalog or the registry.
 * Add it inside `<ScaffolderFieldExtensions>` on the `/create` route.
 *
 * @public
 */
export const DagsterProjectNamePickerFieldExtension = dagsterPlugin.provide(
  createScaffolderFieldExtension({
    name: 'DagsterProjectNamePicker',
    component: DagsterProjectNamePicker,
    validation: validateProjectNameField,
  }),
);
