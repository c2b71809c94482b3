import { stubDagsterApi } from '../../__testUtils__/stubDagsterApi';
import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import type {
  DagsterApi,
  LineageGraph,
  LineageNode,
  ProjectChecksReport,
} from '../../api';
import { dagsterApiRef } from '../../api';
import { EntityDagsterProjectCard } from './EntityDagsterProjectCard';

const project: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'benefit_claims',
    annotations: { 'dagster.io/code-location': 'benefit_claims' },
  },
  spec: { owner: 'group:default/claims-data-team' },
};

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3600_000).toISOString();
const node = (
  key: string,
  location: string,
  status: Partial<LineageNode['status']>,
): LineageNode => ({
  key,
  location,
  group: null,
  status: { running: false, checks: 'none', ...status },
});

const lineage: LineageGraph = {
  instanceId: 'demo',
  roots: ['claims/raw', 'claims/clean', 'claims/kpi'],
  depth: 1,
  direction: 'downstream',
  truncated: false,
  nodes: [
    node('claims/raw', 'benefit_claims', { lastMaterializedAt: hoursAgo(1) }),
    node('claims/clean', 'benefit_claims', {
      lastMaterializedAt: hoursAgo(30),
    }),
    node('claims/kpi', 'benefit_claims', {}),
    node('claims/backfill', 'benefit_claims', { running: true }),
    // A neighbour in another project is not one of this project's assets.
    node('finance/spend', 'finance', {}),
  ],
  edges: [],
};

const checks: ProjectChecksReport = {
  kind: 'project',
  instanceId: 'demo',
  location: 'benefit_claims',
  assets: { passing: 1, failing: 1, warning: 1, unknown: 0 },
  checks: { passing: 3, failing: 2, warning: 1, unknown: 0 },
  items: [],
};

function renderCard(entity: Entity, api: Partial<DagsterApi>) {
  const dagsterApi = stubDagsterApi({
    getLineage: async () => lineage,
    getChecks: async () => checks,
    ...api,
  });
  return renderInTestApp(
    <TestApiProvider apis={[[dagsterApiRef, dagsterApi]]}>
      <EntityProvider entity={entity}>
        <EntityDagsterProjectCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

const figure = (label: string) =>
  screen.getByText(label).previousElementSibling?.textContent;

describe('EntityDagsterProjectCard', () => {
  it("counts the project's own assets, failing checks and stale assets", async () => {
    await renderCard(project, {});
    await screen.findByText('Assets');
    expect(figure('Assets')).toBe('4');
    expect(figure('Failing checks')).toBe('2');
    expect(
      screen.getByText('1 more failing with warning severity'),
    ).toBeInTheDocument();
    // clean (30 h old) and kpi (never); raw is fresh and backfill is running.
    expect(figure('Stale assets')).toBe('2');
  });

  it('shows the backend error', async () => {
    const error = new Error('Dagster instance "demo" is unreachable');
    await renderCard(project, { getChecks: () => Promise.reject(error) });
    expect(
      (await screen.findAllByText(/Dagster instance "demo" is unreachable/))
        .length,
    ).toBeGreaterThan(0);
  });

  it('asks for the code-location annotation on other entities', async () => {
    const getLineage = jest.fn();
    await renderCard({ ...project, metadata: { name: 'x' } }, { getLineage });
    expect(
      (await screen.findAllByText(/dagster\.io\/code-location/)).length,
    ).toBeGreaterThan(0);
    expect(getLineage).not.toHaveBeenCalled();
  });
});
