import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntityChecks } from '../../hooks';
import { DagsterEntityFrame } from '../status';
import { AssetChecksTable } from './AssetChecksTable';
import { ProjectChecksSummary } from './ProjectChecksSummary';

function EntityChecks(props: {
  entityRef: string;
  webUrlOf: (instanceId: string) => string | undefined;
}) {
  const { report, loading, error } = useEntityChecks(props.entityRef);
  if (loading) {
    return <Progress aria-label="Loading the checks" />;
  }
  if (error || !report) {
    return (
      <ResponseErrorPanel
        title="Could not load the checks"
        error={error ?? new Error('The Dagster backend sent no checks')}
      />
    );
  }
  if (report.kind === 'project') {
    if (report.items.length === 0) {
      return (
        <EmptyState
          missing="data"
          title="No asset of this project has checks"
          description={`Add asset checks to the assets of ${report.location} to see their results here.`}
        />
      );
    }
    return <ProjectChecksSummary report={report} />;
  }
  if (report.checks.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="This asset has no checks"
        description={`Dagster has no asset checks for ${report.assetKey}.`}
      />
    );
  }
  return (
    <AssetChecksTable
      checks={report.checks}
      webUrl={props.webUrlOf(report.instanceId)}
    />
  );
}

/**
 * The Checks tab of an entity page: an asset's checks with their recent
 * history, or, for a project, its assets counted by check status.
 *
 * @public
 */
export function EntityDagsterChecksContent() {
  return (
    <DagsterEntityFrame>
      {context => <EntityChecks {...context} />}
    </DagsterEntityFrame>
  );
}
