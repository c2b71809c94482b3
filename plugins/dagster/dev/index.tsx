import { createDevApp } from '@backstage/dev-utils';
import { dagsterPlugin, DagsterPage } from '../src/plugin';

createDevApp()
  .registerPlugin(dagsterPlugin)
  .addPage({
    element: <DagsterPage />,
    title: 'Root Page',
    path: '/dagster',
  })
  .render();
