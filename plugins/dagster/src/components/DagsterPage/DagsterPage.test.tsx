import { stubDagsterApi } from '../../__testUtils__/stubDagsterApi';
import { ResponseError } from '@backstage/errors';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  DagsterApi,
  dagsterApiRef,
  DagsterStatus,
  RegisteredProject,
} from '../../api';
import { DagsterPage } from './DagsterPage';

const notConfigured: DagsterStatus = {
  configured: false,
  demo: false,
  instances: [],
};

const claimsProject: RegisteredProject = {
  name: 'benefit-claims',
  owner: 'group:default/claims-data-team',
  costCentre: 'CC-1042',
  monthlyBudgetGbp: 1500,
  classification: 'OFFICIAL-SENSITIVE',
  personalData: true,
  lawfulBasis: 'public-task',
  retentionPeriod: 'P7Y',
  department: 'Department for Work and Pensions',
  registeredBy: 'user:default/amina',
  registeredAt: '2025-03-12T12:00:00.000Z',
};

function renderPage(api: Partial<DagsterApi>) {
  const dagsterApi = stubDagsterApi({
    getStatus: async () => notConfigured,
    ...api,
  });
  return renderInTestApp(
    <TestApiProvider apis={[[dagsterApiRef, dagsterApi]]}>
      <DagsterPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

async function forbidden(message: string) {
  const body = {
    error: { name: 'NotAllowedError', message },
    request: { method: 'GET', url: '/api/dagster/projects' },
    response: { statusCode: 403 },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: 403,
      statusText: 'Forbidden',
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('DagsterPage', () => {
  it('shows progress while the status and the projects load', async () => {
    const never = () => new Promise<never>(() => {});
    await renderPage({ getStatus: never, listProjects: never });

    expect(
      await screen.findByLabelText('Loading the Dagster status'),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('Loading the registered projects'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Registered projects')).not.toBeInTheDocument();
  });

  it('tells the operator to add dagster.instances when nothing is configured', async () => {
    await renderPage({ getStatus: async () => notConfigured });

    expect(
      await screen.findByText('Dagster is not configured yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Add at least one entry to dagster\.instances/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Dagster instances')).not.toBeInTheDocument();
  });

  it('lists the configured instances with their Dagster version, or why they did not answer, and links to their UI', async () => {
    await renderPage({
      getStatus: async () => ({
        configured: true,
        demo: false,
        instances: [
          {
            id: 'analytics',
            webUrl: 'https://dagster.analytics.test',
            version: '1.13.27',
          },
          {
            id: 'finance',
            webUrl: 'https://dagster.finance.test',
            problem: 'Dagster is not answering (no answer within 3 s)',
          },
        ],
      }),
    });

    const link = await screen.findByRole('link', {
      name: /Open analytics in Dagster/,
    });
    expect(link).toHaveAttribute('href', 'https://dagster.analytics.test');
    expect(screen.getByText('analytics: Dagster 1.13.27')).toBeInTheDocument();
    expect(
      screen.getByText(
        'finance: Dagster is not answering (no answer within 3 s)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('Dagster is not configured yet'),
    ).not.toBeInTheDocument();
  });

  it('shows a registered project with its owner, budget in pounds and lawful basis', async () => {
    await renderPage({ listProjects: async () => [claimsProject] });

    expect(await screen.findByText('benefit-claims')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /claims-data-team/ }),
    ).toHaveAttribute('href', '/catalog/default/group/claims-data-team');
    expect(screen.getByText('CC-1042')).toBeInTheDocument();
    expect(
      screen.getByText('Department for Work and Pensions'),
    ).toBeInTheDocument();
    expect(screen.getByText('£1,500.00')).toBeInTheDocument();
    expect(screen.getByText('OFFICIAL-SENSITIVE')).toBeInTheDocument();
    expect(
      screen.getByText('Yes (lawful basis: public task, retention: P7Y)'),
    ).toBeInTheDocument();
    expect(screen.getByText(/12 Mar 2025/)).toBeInTheDocument();
  });

  it('says no projects are registered yet and points to the software template', async () => {
    await renderPage({ listProjects: async () => [] });

    expect(
      await screen.findByText('No projects registered yet'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '/create' })).toHaveAttribute(
      'href',
      '/create',
    );
  });

  it('shows the server message when projects may not be read, and still shows the setup', async () => {
    const error = await forbidden('You are not allowed to read projects');
    await renderPage({ listProjects: () => Promise.reject(error) });

    expect(
      await screen.findByText(/Could not load the registered projects/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('You are not allowed to read projects'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Dagster is not configured yet'),
    ).toBeInTheDocument();
  });

  it('shows the demo data marker when the status says the data is demo data', async () => {
    await renderPage({
      getStatus: async () => ({ ...notConfigured, demo: true }),
    });

    const marker = await screen.findByRole('note', { name: 'Demo data' });
    expect(marker).toHaveTextContent('Demo data');
    expect(marker).toHaveTextContent(
      /a real Dagster running a fictional demo estate/,
    );
  });

  it('shows no demo data marker for real data', async () => {
    await renderPage({ getStatus: async () => notConfigured });

    await screen.findByText('Dagster is not configured yet');
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
    expect(screen.queryByText(/fictional demo estate/)).not.toBeInTheDocument();
  });
});
