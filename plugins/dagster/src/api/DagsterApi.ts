import { createApiRef } from '@backstage/core-plugin-api';
import type {
  ChecksReport,
  DagsterStatus,
  LineageGraph,
  LineageOptions,
  RegisteredProject,
} from './types';

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
  /** One registered project, or undefined when no project has that name. */
  getProject(name: string): Promise<RegisteredProject | undefined>;
  /*
   * The entity reads are optional only so that in-memory implementations
   * written before they existed (plugins/dagster/dev) still compile; make
   * them required once those implement them. DagsterClient has both.
   */
  /** The lineage around the assets of an entity (an asset or a project). */
  getLineage(entityRef: string, options: LineageOptions): Promise<LineageGraph>;
  /** An asset entity's checks, or a project entity's roll-up of checks. */
  getChecks(entityRef: string): Promise<ChecksReport>;
}

/**
 * Reference to the {@link DagsterApi}.
 *
 * @public
 */
export const dagsterApiRef = createApiRef<DagsterApi>({
  id: 'plugin.dagster.service',
});
