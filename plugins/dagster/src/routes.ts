import { createRouteRef } from '@backstage/core-plugin-api';

/** Where the app mounts the Dagster overview page, usually /dagster. */
export const rootRouteRef = createRouteRef({
  id: 'dagster',
});
