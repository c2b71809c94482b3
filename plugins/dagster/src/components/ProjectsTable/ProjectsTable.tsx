import { Link, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { RegisteredProject } from '../../api';
import { describePersonalData, formatGbp, formatRegisteredAt } from './format';

/** In place of a cost the backend left out because the reader may not see it. */
function CostNotShown() {
  return (
    <Typography variant="body2" component="span">
      <em>Not shown</em>
    </Typography>
  );
}

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
  {
    title: 'Cost centre',
    field: 'costCentre',
    render: project => project.costCentre ?? <CostNotShown />,
  },
  {
    title: 'Monthly budget',
    field: 'monthlyBudgetGbp',
    type: 'numeric',
    render: project =>
      project.monthlyBudgetGbp === undefined ? (
        <CostNotShown />
      ) : (
        formatGbp(project.monthlyBudgetGbp)
      ),
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

const COSTS_HIDDEN =
  'Cost centre and monthly budget are not shown: you may not see cost details.';

function NoProjects() {
  return (
    <Box p={3} textAlign="center">
      <Typography variant="h6">No projects registered yet</Typography>
      <Typography variant="body2" color="textPrimary">
        Projects are created from the software template at{' '}
        <Link to="/create" underline="always">
          /create
        </Link>
        ; once registered they are listed here with their owner, cost centre and
        budget.
      </Typography>
    </Box>
  );
}

/** The platform's project registry as a sortable, searchable table. */
export function ProjectsTable(props: { projects: RegisteredProject[] }) {
  // Copies, because material-table writes its own row state into the objects.
  const rows = props.projects.map(project => ({ ...project }));
  const costsHidden = props.projects.some(
    project =>
      project.costCentre === undefined ||
      project.monthlyBudgetGbp === undefined,
  );
  return (
    <Table<RegisteredProject>
      title="Registered projects"
      subtitle={costsHidden ? COSTS_HIDDEN : undefined}
      columns={columns}
      data={rows}
      options={{
        paging: props.projects.length > 20,
        pageSize: 20,
        // Dragging wraps every sort button in a second interactive element.
        draggable: false,
      }}
      emptyContent={<NoProjects />}
    />
  );
}
