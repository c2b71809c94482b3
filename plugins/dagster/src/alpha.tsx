import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { DagsterClient, dagsterApiRef } from './api';
import { rootRouteRef } from './routes';

const dagsterApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: dagsterApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new DagsterClient({ discoveryApi, fetchApi }),
    }),
});

const dagsterPage = PageBlueprint.make({
  params: {
    path: '/dagster',
    routeRef: rootRouteRef,
    title: 'Dagster',
    // The page draws its own Backstage header, so the app's one would repeat it.
    noHeader: true,
    loader: () =>
      import('./components/DagsterPage').then(m => <m.DagsterPage />),
  },
});

/**
 * The Dagster plugin for the new frontend system: the API client and the
 * data platform page at `/dagster`.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'dagster',
  title: 'Dagster',
  routes: {
    root: rootRouteRef,
  },
  extensions: [dagsterApi, dagsterPage],
});
