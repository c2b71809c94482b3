import { createApiRef } from '@backstage/core-plugin-api';
import type { DagsterStatus, RegisteredProject } from './types';

/**
 * Browser client of the Dagster backend plugin.
 *
 * @public
 */
export interface DagsterApi {
  /** Whether Dagster is configured, whether the data is demo data, and the instances. */
  getStatus(): Promise<DagsterStatus>;
  /** Every project in the platform's registry the caller may read. */
  listProjects(): Promise<RegisteredProject[]>;
}

/**
 * Reference to the {@link DagsterApi}.
 *
 * @public
 */
export const dagsterApiRef = createApiRef<DagsterApi>({
  id: 'plugin.dagster.service',
});
