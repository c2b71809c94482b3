import { stubDagsterApi } from '../../__testUtils__/stubDagsterApi';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  AssetChecksReport,
  DagsterApi,
  ProjectChecksReport,
} from '../../api';
import { dagsterApiRef } from '../../api';
import { EntityDagsterChecksContent } from './EntityDagsterChecksContent';

const ordersAsset: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'sales.orders_daily',
    annotations: {
      'dagster.io/asset-key': 'sales/orders_daily',
      'dagster.io/code-location': 'sales',
    },
  },
  spec: { type: 'dagster-asset', owner: 'group:default/sales-data' },
};

const salesProject: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'sales',
    annotations: { 'dagster.io/code-location': 'sales' },
  },
  spec: { type: 'data-pipeline', owner: 'group:default/sales-data' },
};

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3600_000).toISOString();

const assetReport: AssetChecksReport = {
  kind: 'asset',
  instanceId: 'analytics',
  assetKey: 'sales/orders_daily',
  status: 'failing',
  checks: [
    {
      name: 'no_null_order_ids',
      description: 'Every order has an id',
      blocking: true,
      status: 'failing',
      severity: 'ERROR',
      lastRunAt: hoursAgo(3),
      lastRunId: 'run-77',
      history: [
        {
          runId: 'run-75',
          status: 'SUCCEEDED',
          timestamp: hoursAgo(51),
          success: true,
        },
        {
          runId: 'run-76',
          status: 'SUCCEEDED',
          timestamp: hoursAgo(27),
          success: true,
        },
        {
          runId: 'run-77',
          status: 'FAILED',
          timestamp: hoursAgo(3),
          severity: 'ERROR',
          success: false,
        },
      ],
      passRate: 2 / 3,
    },
    {
      name: 'row_count_in_range',
      description: null,
      blocking: false,
      status: 'passing',
      severity: null,
      lastRunAt: hoursAgo(3),
      lastRunId: 'run-77',
      history: [
        {
          runId: 'run-77',
          status: 'SUCCEEDED',
          timestamp: hoursAgo(3),
          success: true,
        },
      ],
      passRate: 1,
    },
  ],
};

function renderChecks(entity: Entity, api: Partial<DagsterApi>) {
  const dagsterApi = stubDagsterApi({
    getStatus: async () => ({
      configured: true,
      demo: false,
      instances: [
        { id: 'analytics', webUrl: 'https://dagster.analytics.test' },
      ],
    }),
    ...api,
  });
  return renderInTestApp(
    <TestApiProvider apis={[[dagsterApiRef, dagsterApi]]}>
      <EntityProvider entity={entity}>
        <EntityDagsterChecksContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityDagsterChecksContent', () => {
  it('lists the checks of an asset with status, severity, blocking, pass rate, history and run link', async () => {
    const getChecks = jest.fn(async () => assetReport);
    await renderChecks(ordersAsset, { getChecks });

    const failing = (await screen.findByText('no_null_order_ids')).closest(
      'tr',
    )!;
    expect(getChecks).toHaveBeenCalledWith(
      'resource:default/sales.orders_daily',
    );
    expect(within(failing).getByText('Failing')).toBeInTheDocument();
    expect(within(failing).getByText('ERROR')).toBeInTheDocument();
    expect(within(failing).getByText('Blocking')).toBeInTheDocument();
    expect(within(failing).getByText('67%')).toBeInTheDocument();
    expect(within(failing).getByText('3 hours ago')).toHaveAttribute(
      'title',
      assetReport.checks[0].lastRunAt,
    );
    expect(
      within(failing).getByRole('img', { name: '2 of 3 passed' }),
    ).toBeInTheDocument();
    expect(
      within(failing).getByRole('link', {
        name: /^View run in Dagster for no_null_order_ids/,
      }),
    ).toHaveAttribute('href', 'https://dagster.analytics.test/runs/run-77');

    const passing = screen.getByText('row_count_in_range').closest('tr')!;
    expect(within(passing).getByText('Passing')).toBeInTheDocument();
    expect(within(passing).getByText('Non-blocking')).toBeInTheDocument();
    expect(
      within(passing).getByRole('img', { name: '1 of 1 passed' }),
    ).toBeInTheDocument();
  });

  it('shows only failing checks when "Failing only" is on', async () => {
    await renderChecks(ordersAsset, { getChecks: async () => assetReport });

    await screen.findByText('row_count_in_range');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Failing only' }),
    );

    expect(screen.getByText('no_null_order_ids')).toBeInTheDocument();
    expect(screen.queryByText('row_count_in_range')).not.toBeInTheDocument();
  });

  it('says the asset has no checks when Dagster has none', async () => {
    await renderChecks(ordersAsset, {
      getChecks: async () => ({ ...assetReport, status: 'none', checks: [] }),
    });

    expect(
      await screen.findByText('This asset has no checks'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the server message when the checks cannot be read', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotAllowedError',
            message:
              'You are not allowed to read Dagster data of resource:default/sales.orders_daily',
          },
          request: { method: 'GET', url: '/api/dagster/checks' },
          response: { statusCode: 403 },
        }),
        {
          status: 403,
          statusText: 'Forbidden',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    await renderChecks(ordersAsset, { getChecks: () => Promise.reject(error) });

    expect(
      await screen.findByText(/Could not load the checks/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'You are not allowed to read Dagster data of resource:default/sales.orders_daily',
      ),
    ).toBeInTheDocument();
  });

  it('shows progress while the checks load', async () => {
    await renderChecks(ordersAsset, { getChecks: () => new Promise(() => {}) });

    expect(
      await screen.findByLabelText('Loading the checks'),
    ).toBeInTheDocument();
  });

  it('asks for the asset-key annotation on an entity without Dagster annotations', async () => {
    const getChecks = jest.fn();
    await renderChecks(
      { ...ordersAsset, metadata: { name: 'plain', annotations: {} } },
      { getChecks },
    );

    expect(await screen.findByText(/Missing Annotation/)).toBeInTheDocument();
    expect(
      screen.getAllByText(/dagster\.io\/asset-key/).length,
    ).toBeGreaterThan(0);
    expect(getChecks).not.toHaveBeenCalled();
  });

  it('rolls up a project: assets counted by status, and each asset linked when it has a plain name', async () => {
    const report: ProjectChecksReport = {
      kind: 'project',
      instanceId: 'analytics',
      location: 'sales',
      assets: { passing: 1, failing: 1, warning: 0, unknown: 0 },
      checks: { passing: 3, failing: 1, warning: 0, unknown: 0 },
      items: [
        { assetKey: 'sales/orders_daily', status: 'failing', checks: 2 },
        { assetKey: 'Sales/Legacy Orders', status: 'passing', checks: 2 },
      ],
    };
    await renderChecks(salesProject, { getChecks: async () => report });

    expect(await screen.findByLabelText('1 failing')).toBeInTheDocument();
    expect(screen.getByLabelText('1 passing')).toBeInTheDocument();
    expect(screen.getByLabelText('0 warning')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'sales/orders_daily' }),
    ).toHaveAttribute('href', '/catalog/default/resource/sales.orders_daily');
    expect(screen.getByText('Sales/Legacy Orders')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Sales/Legacy Orders' }),
    ).not.toBeInTheDocument();
  });

  it('marks demo data', async () => {
    await renderChecks(ordersAsset, {
      getStatus: async () => ({ configured: true, demo: true, instances: [] }),
      getChecks: async () => assetReport,
    });

    expect(
      await screen.findByRole('note', { name: 'Demo data' }),
    ).toBeInTheDocument();
  });
});
