import {
  Content,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { useDagsterStatus, useRegisteredProjects } from '../../hooks';
import { DemoDataMarker } from '../DemoDataMarker';
import { InstancesCard, NotConfiguredState } from '../Instances';
import { ProjectsTable } from '../ProjectsTable';

function DagsterSetup() {
  const { status, loading, error } = useDagsterStatus();
  if (loading) {
    return <Progress aria-label="Loading the Dagster status" />;
  }
  if (error || !status) {
    return (
      <ResponseErrorPanel
        title="Could not load the Dagster status"
        error={error ?? new Error('The Dagster backend sent no status')}
      />
    );
  }
  return (
    <>
      {status.demo && <DemoDataMarker />}
      {status.configured ? (
        <InstancesCard instances={status.instances} />
      ) : (
        <NotConfiguredState />
      )}
    </>
  );
}

function RegisteredProjects() {
  const { projects, loading, error } = useRegisteredProjects();
  if (loading) {
    return <Progress aria-label="Loading the registered projects" />;
  }
  if (error || !projects) {
    return (
      <ResponseErrorPanel
        title="Could not load the registered projects"
        error={error ?? new Error('The Dagster backend sent no projects')}
      />
    );
  }
  return <ProjectsTable projects={projects} />;
}

/**
 * The platform overview: demo marker, Dagster instances (or what to
 * configure) and the project registry. The two load independently, so a
 * missing permission on projects does not hide the setup, and vice versa.
 */
export function DagsterPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Dagster data platform"
        subtitle="Pipeline projects registered with the platform, and the Dagster instances that run them"
      />
      <Content>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <DagsterSetup />
          </Grid>
          <Grid item>
            <RegisteredProjects />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
