import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import { DagsterClient, dagsterApiRef } from './api';
import { isDagsterAvailable } from './isDagsterAvailable';
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

const lineageContent = EntityContentBlueprint.make({
  name: 'lineage',
  params: {
    path: 'dagster-lineage',
    title: 'Lineage',
    filter: isDagsterAvailable,
    loader: () =>
      import('./components/EntityDagsterLineageContent').then(m => (
        <m.EntityDagsterLineageContent />
      )),
  },
});

const checksContent = EntityContentBlueprint.make({
  name: 'checks',
  params: {
    path: 'dagster-checks',
    title: 'Checks',
    filter: isDagsterAvailable,
    loader: () =>
      import('./components/EntityDagsterChecksContent').then(m => (
        <m.EntityDagsterChecksContent />
      )),
  },
});

const projectNameField = FormFieldBlueprint.make({
  name: 'project-name',
  params: {
    field: () =>
      import('./components/DagsterProjectNamePicker').then(m =>
        createFormField({
          name: 'DagsterProjectNamePicker',
          component: m.DagsterProjectNamePicker,
          validation: m.validateProjectNameField,
        }),
      ),
  },
});

/**
 * The Dagster plugin for the new frontend system: the API client, the
 * data platform page at `/dagster`, the Lineage and Checks entity tabs
 * for entities with Dagster annotations, and the project template's name field.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'dagster',
  title: 'Dagster',
  routes: {
    root: rootRouteRef,
  },
  extensions: [
    dagsterApi,
    dagsterPage,
    lineageContent,
    checksContent,
    projectNameField,
  ],
});
