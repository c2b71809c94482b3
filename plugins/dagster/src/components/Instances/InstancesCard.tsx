import { InfoCard, Link } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import type { DagsterInstanceSummary } from '../../api';

function describe(instance: DagsterInstanceSummary): string {
  if (instance.version) return `Dagster ${instance.version}`;
  return instance.problem ?? 'Version unknown';
}

/** The Dagster instances the backend reads from: version (or problem), each linked to its UI. */
export function InstancesCard(props: { instances: DagsterInstanceSummary[] }) {
  const { instances } = props;
  return (
    <InfoCard title="Dagster instances">
      <List dense disablePadding>
        {instances.map(instance => (
          <ListItem key={instance.id} disableGutters>
            <ListItemText
              primary={`${instance.id}: ${describe(instance)}`}
              secondary={
                <Link to={instance.webUrl}>Open {instance.id} in Dagster</Link>
              }
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}
