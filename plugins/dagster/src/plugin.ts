import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { DagsterClient, dagsterApiRef } from './api';
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
