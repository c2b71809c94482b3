// Dev harness only: `yarn start` in plugins/dagster serves the page against an
// in-memory DagsterApi, so the UI can be worked on without a backend. The data
// below is marked demo, so the page shows its "Demo data" marker; nothing in
// this folder ships with the plugin.
import { createApiFactory } from '@backstage/core-plugin-api';
import { createDevApp } from '@backstage/dev-utils';
import { dagsterApiRef, DagsterApi } from '../src';
import { dagsterPlugin, DagsterPage } from '../src/plugin';

const devHarnessApi: DagsterApi = {
  async getStatus() {
    return {
      configured: true,
      demo: true,
      instances: [
        { id: 'demo', webUrl: 'http://127.0.0.1:3100', version: '1.13.27' },
      ],
    };
  },
  async listProjects() {
    return [
      {
        name: 'dev-harness-project',
        owner: 'group:default/guests',
        costCentre: 'CC-0000',
        monthlyBudgetGbp: 100,
        classification: 'OFFICIAL',
        personalData: false,
        registeredBy: 'user:default/guest',
        registeredAt: new Date().toISOString(),
      },
    ];
  },
  async getProject() {
    return undefined;
  },
  // The page has no entity tabs; they need the backend (yarn start at the repository root).
  async getLineage() {
    throw new Error(
      'The dev harness serves the Dagster page only; start the whole portal for lineage',
    );
  },
  async getChecks() {
    throw new Error(
      'The dev harness serves the Dagster page only; start the whole portal for checks',
    );
  },
};

createDevApp()
  .registerPlugin(dagsterPlugin)
  // App-level APIs take precedence over the plugin's DagsterClient factory.
  .registerApi(createApiFactory(dagsterApiRef, devHarnessApi))
  .addPage({
    element: <DagsterPage />,
    title: 'Dagster',
    path: '/dagster',
  })
  .render();
