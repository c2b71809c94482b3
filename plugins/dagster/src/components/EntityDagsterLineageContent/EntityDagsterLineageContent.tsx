import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LineageDirection } from '../../api';
import { useEntityLineage } from '../../hooks';
import { DagsterEntityFrame } from '../status';
import { LineageControls, LineageView } from './LineageControls';
import { LineageGraphView } from './LineageGraphView';
import { LineageList } from './LineageList';

function EntityLineage(props: { entityRef: string }) {
  const [depth, setDepth] = useState(2);
  const [direction, setDirection] = useState<LineageDirection>('both');
  const [view, setView] = useState<LineageView>('graph');
  const { graph, loading, error } = useEntityLineage(
    props.entityRef,
    depth,
    direction,
  );
  const entityRoute = useRouteRef(entityRouteRef);
  const navigate = useNavigate();

  const open = (key: string) => {
    const name = graph?.nodes.find(n => n.key === key)?.entityName;
    if (name)
      navigate(entityRoute({ kind: 'resource', namespace: 'default', name }));
  };

  let body;
  if (loading) {
    body = <Progress aria-label="Loading the lineage" />;
  } else if (error || !graph) {
    body = (
      <ResponseErrorPanel
        title="Could not load the lineage"
        error={error ?? new Error('The Dagster backend sent no lineage')}
      />
    );
  } else if (graph.nodes.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No lineage found"
        description="Dagster knows no assets of this entity."
      />
    );
  } else if (view === 'list') {
    body = <LineageList graph={graph} />;
  } else {
    body = <LineageGraphView graph={graph} onOpen={open} />;
  }
  return (
    <>
      <LineageControls
        depth={depth}
        direction={direction}
        view={view}
        onDepth={setDepth}
        onDirection={setDirection}
        onView={setView}
      />
      {body}
    </>
  );
}

/**
 * The Lineage tab of an entity page: the assets upstream and downstream of
 * the entity's own, as a graph or as a list.
 *
 * @public
 */
export function EntityDagsterLineageContent() {
  return (
    <DagsterEntityFrame>
      {context => <EntityLineage entityRef={context.entityRef} />}
    </DagsterEntityFrame>
  );
}
