import { MissingAnnotationEmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  DAGSTER_ASSET_KEY_ANNOTATION,
  DAGSTER_INSTANCE_ANNOTATION,
} from '@internal/backstage-plugin-dagster-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ReactNode } from 'react';
import { useDagsterStatus } from '../../hooks';
import { isDagsterAvailable } from '../../isDagsterAvailable';
import { DemoDataMarker } from '../DemoDataMarker';

/** What an entity tab gets from {@link DagsterEntityFrame}. */
export interface DagsterEntityContext {
  entityRef: string;
  /** Dagster UI link of an instance id, when the backend status names it. */
  webUrlOf: (instanceId: string) => string | undefined;
}

/**
 * The common frame of the Dagster entity tabs: the missing-annotation state,
 * the demo data marker, and the link to the entity's Dagster instance.
 */
export function DagsterEntityFrame(props: {
  children: (context: DagsterEntityContext) => ReactNode;
}) {
  const { entity } = useEntity();
  const { status } = useDagsterStatus();
  if (!isDagsterAvailable(entity)) {
    return (
      <MissingAnnotationEmptyState annotation={DAGSTER_ASSET_KEY_ANNOTATION} />
    );
  }
  const named = entity.metadata.annotations?.[DAGSTER_INSTANCE_ANNOTATION];
  const webUrlOf = (instanceId: string) =>
    status?.instances.find(i => i.id === (named?.trim() || instanceId))?.webUrl;
  return (
    <>
      {status?.demo && <DemoDataMarker />}
      {props.children({ entityRef: stringifyEntityRef(entity), webUrlOf })}
    </>
  );
}
