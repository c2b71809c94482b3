import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import type { RegisteredProject } from '../../api';
import { ProjectsTable } from './ProjectsTable';

const roadSafety: RegisteredProject = {
  name: 'road-safety',
  owner: 'group:default/transport-data-team',
  costCentre: 'DFT-220',
  monthlyBudgetGbp: 800,
  classification: 'OFFICIAL',
  personalData: false,
  department: 'Department for Transport',
  registeredBy: 'user:default/dana.datateam',
  registeredAt: '2025-05-01T09:00:00.000Z',
};

/** The same project as the backend answers a reader who may not see costs. */
function withoutCosts(project: RegisteredProject): RegisteredProject {
  const { costCentre, monthlyBudgetGbp, ...rest } = project;
  return rest;
}

function renderTable(projects: RegisteredProject[]) {
  return renderInTestApp(<ProjectsTable projects={projects} />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

function rowOf(name: string) {
  return screen.getByRole('row', { name: new RegExp(name) });
}

describe('ProjectsTable', () => {
  it('says cost details are not shown, rather than leaving the cells empty, when the backend leaves them out', async () => {
    await renderTable([withoutCosts(roadSafety)]);

    await screen.findByText('road-safety');
    expect(
      screen.getByText(
        'Cost centre and monthly budget are not shown: you may not see cost details.',
      ),
    ).toBeInTheDocument();
    const row = within(rowOf('road-safety'));
    expect(row.getAllByText('Not shown')).toHaveLength(2);
    expect(row.getByText('Department for Transport')).toBeInTheDocument();
    expect(row.getByText('OFFICIAL')).toBeInTheDocument();
  });

  it('shows cost centre and budget, and no note, to a reader who may see them', async () => {
    await renderTable([roadSafety]);

    const row = within(await screen.findByRole('row', { name: /road-safety/ }));
    expect(row.getByText('DFT-220')).toBeInTheDocument();
    expect(row.getByText('£800.00')).toBeInTheDocument();
    expect(screen.queryByText('Not shown')).not.toBeInTheDocument();
    expect(screen.queryByText(/you may not see cost details/)).toBeNull();
  });

  it('offers each column sort as a button of its own, not inside a drag handle', async () => {
    await renderTable([roadSafety]);

    const sortByName = await screen.findByRole('button', { name: 'Name' });
    expect(
      sortByName.closest('[data-rbd-drag-handle-draggable-id]'),
    ).toBeNull();
    expect(
      document.querySelectorAll('[data-rbd-drag-handle-draggable-id]'),
    ).toHaveLength(0);
  });
});
