import {
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';

import { rootRouteRef } from './routes';

export const dagsterPlugin = createPlugin({
  id: 'dagster',
  routes: {
    root: rootRouteRef,
  },
});

export const DagsterPage = dagsterPlugin.provide(
  createRoutableExtension({
    name: 'DagsterPage',
    component: () =>
      import('./components/ExampleComponent').then(m => m.ExampleComponent),
    mountPoint: rootRouteRef,
  }),
);
