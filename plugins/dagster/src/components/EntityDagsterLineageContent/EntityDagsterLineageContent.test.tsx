import { stubDagsterApi } from '../../__testUtils__/stubDagsterApi';
import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import type { DagsterApi, LineageGraph, LineageNode } from '../../api';
import { dagsterApiRef } from '../../api';
import { EntityDagsterLineageContent } from './EntityDagsterLineageContent';

const ordersAsset: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'sales.orders_daily',
    annotations: { 'dagster.io/asset-key': 'sales/orders_daily' },
  },
  spec: { type: 'dagster-asset', owner: 'group:default/sales-data' },
};

const node = (
  key: string,
  status: Partial<LineageNode['status']> = {},
  entityName: string | null = key.replace(/\//g, '.'),
): LineageNode => ({
  key,
  ...(entityName ? { entityName } : {}),
  location: 'sales',
  group: 'default',
  status: {
    lastMaterializedAt: '2026-11-27T06:00:00.000Z',
    running: false,
    checks: 'passing',
    ...status,
  },
});

const salesLineage: LineageGraph = {
  instanceId: 'analytics',
  roots: ['sales/orders_daily'],
  depth: 2,
  direction: 'both',
  truncated: false,
  nodes: [
    node('raw/orders'),
    node('raw/Customers Export', { lastRunStatus: 'FAILURE' }, null),
    node('sales/orders_daily', { checks: 'warning' }),
    node('finance/revenue_report', { running: true }),
  ],
  edges: [
    { from: 'raw/orders', to: 'sales/orders_daily' },
    { from: 'raw/Customers Export', to: 'sales/orders_daily' },
    { from: 'sales/orders_daily', to: 'finance/revenue_report' },
  ],
};

function renderLineage(entity: Entity, api: Partial<DagsterApi>) {
  const dagsterApi = stubDagsterApi(api);
  return renderInTestApp(
    <TestApiProvider apis={[[dagsterApiRef, dagsterApi]]}>
      <Routes>
        <Route
          path="/"
          element={
            <EntityProvider entity={entity}>
              <EntityDagsterLineageContent />
            </EntityProvider>
          }
        />
        <Route
          path="/catalog/:namespace/:kind/:name"
          element={<div>Entity page of the asset</div>}
        />
      </Routes>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const graphNodes = () =>
  document.querySelectorAll('svg g[role="button"]') as NodeListOf<SVGGElement>;

describe('EntityDagsterLineageContent', () => {
  it('lists upstream, own and downstream assets with status and catalog links', async () => {
    await renderLineage(ordersAsset, { getLineage: async () => salesLineage });

    await userEvent.click(await screen.findByRole('button', { name: 'List' }));

    const upstream = screen.getByRole('table', { name: 'Upstream assets (2)' });
    expect(
      within(upstream).getByRole('link', { name: 'raw/orders' }),
    ).toHaveAttribute('href', '/catalog/default/resource/raw.orders');
    const failing = within(upstream)
      .getByText('raw/Customers Export')
      .closest('tr')!;
    expect(within(failing).getByText('Failing')).toBeInTheDocument();
    expect(within(failing).queryByRole('link')).not.toBeInTheDocument();

    const own = screen.getByRole('table', { name: "This entity's assets (1)" });
    expect(within(own).getByText('Warning')).toBeInTheDocument();
    const downstream = screen.getByRole('table', {
      name: 'Downstream assets (1)',
    });
    expect(within(downstream).getByText('Running')).toBeInTheDocument();
  });

  it('draws every asset of a small lineage as a focusable node named by key and status', async () => {
    await renderLineage(ordersAsset, { getLineage: async () => salesLineage });

    await screen.findByRole('button', { name: 'sales/orders_daily Warning' });
    expect(graphNodes()).toHaveLength(4);
    expect(
      screen.getByRole('button', { name: 'raw/Customers Export Failing' }),
    ).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(
      /Materialised.*Running.*Warning.*Failing.*Not materialised/,
    );
  });

  it('selects a focused node with Enter and opens its entity page', async () => {
    await renderLineage(ordersAsset, { getLineage: async () => salesLineage });

    const orders = await screen.findByRole('button', {
      name: 'raw/orders Materialised',
    });
    expect(screen.getByRole('button', { name: 'Open' })).toBeDisabled();
    orders.focus();
    await userEvent.keyboard('{Enter}');

    expect(orders).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(
      screen.getByRole('button', { name: 'Open raw/orders' }),
    );
    expect(
      await screen.findByText('Entity page of the asset'),
    ).toBeInTheDocument();
  });

  it('moves focus and selection to the next asset downstream with the right arrow', async () => {
    await renderLineage(ordersAsset, { getLineage: async () => salesLineage });

    const own = await screen.findByRole('button', {
      name: 'sales/orders_daily Warning',
    });
    own.focus();
    await userEvent.keyboard('{ArrowRight}');

    const report = screen.getByRole('button', {
      name: 'finance/revenue_report Running',
    });
    expect(report).toHaveFocus();
    expect(report).toHaveAttribute('aria-pressed', 'true');
  });

  it('highlights the edges on the path between two picked assets', async () => {
    await renderLineage(ordersAsset, { getLineage: async () => salesLineage });

    await screen.findByRole('button', { name: 'raw/orders Materialised' });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Highlight path' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'raw/orders Materialised' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'finance/revenue_report Running' }),
    );

    expect(
      screen.getByText(
        /Path from raw\/orders to finance\/revenue_report: 2 edges/,
      ),
    ).toBeInTheDocument();
    expect(
      document.querySelectorAll('polyline[data-on-path="true"]'),
    ).toHaveLength(2);
  });

  it('draws only the assets inside the view of a large lineage', async () => {
    const keys = Array.from({ length: 300 }, (_, i) => `chain/step_${i}`);
    const chain: LineageGraph = {
      ...salesLineage,
      roots: [keys[0]],
      nodes: keys.map(key => node(key)),
      edges: keys.slice(1).map((key, i) => ({ from: keys[i], to: key })),
    };
    await renderLineage(ordersAsset, { getLineage: async () => chain });

    await screen.findByText(/Showing \d+ of 300 assets in view/);
    expect(graphNodes().length).toBeGreaterThan(0);
    expect(graphNodes().length).toBeLessThan(100);
  });

  it('reloads with the chosen direction', async () => {
    const getLineage = jest.fn(async () => salesLineage);
    await renderLineage(ordersAsset, { getLineage });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Upstream' }),
    );

    expect(getLineage).toHaveBeenLastCalledWith(
      'resource:default/sales.orders_daily',
      {
        depth: 2,
        direction: 'upstream',
      },
    );
  });

  it('shows the server message when the lineage cannot be read', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'Error',
            message: 'Dagster instance analytics did not answer',
          },
          request: { method: 'GET', url: '/api/dagster/lineage' },
          response: { statusCode: 502 },
        }),
        {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    await renderLineage(ordersAsset, {
      getLineage: () => Promise.reject(error),
    });

    expect(
      await screen.findByText(/Could not load the lineage/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Dagster instance analytics did not answer'),
    ).toBeInTheDocument();
  });

  it('shows progress while the lineage loads', async () => {
    await renderLineage(ordersAsset, {
      getLineage: () => new Promise(() => {}),
    });

    expect(
      await screen.findByLabelText('Loading the lineage'),
    ).toBeInTheDocument();
  });

  it('asks for the asset-key annotation on an entity without Dagster annotations', async () => {
    const getLineage = jest.fn();
    await renderLineage(
      { ...ordersAsset, metadata: { name: 'plain' } },
      { getLineage },
    );

    expect(await screen.findByText(/Missing Annotation/)).toBeInTheDocument();
    expect(getLineage).not.toHaveBeenCalled();
  });

  it('zooms in around the centre with the + button', async () => {
    await renderLineage(ordersAsset, { getLineage: async () => salesLineage });

    await screen.findByRole('button', { name: 'raw/orders Materialised' });
    const scene = () =>
      document.querySelector('svg > g')!.getAttribute('transform')!;
    const before = Number(/scale\(([\d.]+)\)/.exec(scene())![1]);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    });

    expect(Number(/scale\(([\d.]+)\)/.exec(scene())![1])).toBeCloseTo(
      before * 1.25,
    );
  });

  it('zooms in with the mouse wheel without scrolling the page', async () => {
    await renderLineage(ordersAsset, { getLineage: async () => salesLineage });

    await screen.findByRole('button', { name: 'raw/orders Materialised' });
    const svg = screen.getByLabelText('Lineage graph of sales/orders_daily');
    const scale = () =>
      Number(
        /scale\(([\d.]+)\)/.exec(
          document.querySelector('svg > g')!.getAttribute('transform')!,
        )![1],
      );
    const before = scale();
    let notPrevented = true;
    act(() => {
      notPrevented = fireEvent.wheel(svg, { deltaY: -200 });
    });

    expect(notPrevented).toBe(false);
    expect(scale()).toBeGreaterThan(before);
  });
});
