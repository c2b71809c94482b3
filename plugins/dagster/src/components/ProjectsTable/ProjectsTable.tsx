import { Link, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { RegisteredProject } from '../../api';
import { describePersonalData, formatGbp, formatRegisteredAt } from './format';

const columns: TableColumn<RegisteredProject>[] = [
  { title: 'Name', field: 'name', highlight: true },
  {
    title: 'Owner',
    field: 'owner',
    render: project => (
      <EntityRefLink entityRef={project.owner} defaultKind="group" />
    ),
  },
  {
    title: 'Department',
    field: 'department',
    render: project => project.department ?? 'Not recorded',
  },
  { title: 'Cost centre', field: 'costCentre' },
  {
    title: 'Monthly budget',
    field: 'monthlyBudgetGbp',
    type: 'numeric',
    render: project => formatGbp(project.monthlyBudgetGbp),
  },
  { title: 'Classification', field: 'classification' },
  {
    title: 'Personal data',
    field: 'personalData',
    render: project => describePersonalData(project),
  },
  {
    title: 'Registered at',
    field: 'registeredAt',
    defaultSort: 'desc',
    render: project => formatRegisteredAt(project.registeredAt),
  },
];

function NoProjects() {
  return (
    <Box p={3} textAlign="center">
      <Typography variant="h6">No projects registered yet</Typography>
      <Typography variant="body2" color="textPrimary">
        Projects are created from the software template at{' '}
        <Link to="/create">/create</Link>; once registered they are listed here
        with their owner, cost centre and budget.
      </Typography>
    </Box>
  );
}

/** The platform's project registry as a sortable, searchable table. */
export function ProjectsTable(props: { projects: RegisteredProject[] }) {
  // Copies, because material-table writes its own row state into the objects.
  const rows = props.projects.map(project => ({ ...project }));
  return (
    <Table<RegisteredProject>
      title="Registered projects"
      columns={columns}
      data={rows}
      options={{ paging: props.projects.length > 20, pageSize: 20 }}
      emptyContent={<NoProjects />}
    />
  );
}
