import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { DAGSTER_CODE_LOCATION_ANNOTATION } from '@internal/backstage-plugin-dagster-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useEntityChecks, useEntityLineage } from '../../hooks';
import { projectFigures } from './projectFigures';

function Figure(props: { label: string; value: number; hint?: string }) {
  return (
    <Box mr={4} mb={1}>
      <Typography variant="h4" component="p">
        {props.value}
      </Typography>
      <Typography variant="body2">{props.label}</Typography>
      {props.hint && <Typography variant="caption">{props.hint}</Typography>}
    </Box>
  );
}

function ProjectFigures(props: { entityRef: string; location: string }) {
  const lineage = useEntityLineage(props.entityRef, 1, 'downstream');
  const checks = useEntityChecks(props.entityRef);
  if (lineage.loading || checks.loading) {
    return <Progress aria-label="Loading the project overview" />;
  }
  const error = lineage.error ?? checks.error;
  if (error || !lineage.graph || checks.report?.kind !== 'project') {
    return (
      <ResponseErrorPanel
        title="Could not load the project overview"
        error={
          error ?? new Error('The Dagster backend sent no project figures')
        }
      />
    );
  }
  const f = projectFigures(
    props.location,
    lineage.graph,
    checks.report,
    Date.now(),
  );
  return (
    <Box display="flex" flexWrap="wrap">
      <Figure label="Assets" value={f.assets} />
      <Figure
        label="Failing checks"
        value={f.failingChecks}
        hint={`${f.warningChecks} more failing with warning severity`}
      />
      <Figure
        label="Stale assets"
        value={f.staleAssets}
        hint="Not materialised in the last 24 hours"
      />
    </Box>
  );
}

/**
 * Overview card of a Dagster project (a code location): how many assets it
 * has, how many checks fail and how many assets are stale.
 *
 * @public
 */
export function EntityDagsterProjectCard() {
  const { entity } = useEntity();
  const location =
    entity.metadata.annotations?.[DAGSTER_CODE_LOCATION_ANNOTATION];
  return (
    <InfoCard title="Dagster project">
      {location ? (
        <ProjectFigures
          entityRef={stringifyEntityRef(entity)}
          location={location}
        />
      ) : (
        <MissingAnnotationEmptyState
          annotation={DAGSTER_CODE_LOCATION_ANNOTATION}
        />
      )}
    </InfoCard>
  );
}
