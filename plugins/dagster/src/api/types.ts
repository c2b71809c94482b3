import type { ProjectRequest } from '@internal/backstage-plugin-dagster-common';

/**
 * A Dagster instance the backend reads from, as the browser may see it:
 * only its id and UI link, never its GraphQL URL or token.
 *
 * @public
 */
export interface DagsterInstanceSummary {
  id: string;
  webUrl: string;
  /** The Dagster version the instance reports, when it answered. */
  version?: string;
  /** Why the instance did not answer, when it did not. */
  problem?: string;
}

/**
 * Whether the Dagster backend is set up, and against what.
 *
 * @public
 */
export interface DagsterStatus {
  /** True when at least one entry of `dagster.instances` is configured. */
  configured: boolean;
  /** True when the data is demo data (`dagster.demo`): the demo estate, not production. */
  demo: boolean;
  instances: DagsterInstanceSummary[];
}

/**
 * A pipeline project in the platform's registry.
 *
 * @public
 */
export type RegisteredProject = ProjectRequest & {
  /** Entity ref (or service subject) of whoever registered the project. */
  registeredBy: string;
  /** ISO 8601 timestamp of the registration. */
  registeredAt: string;
};

export type {
  AssetCheck,
  AssetChecksReport,
  CheckCounts,
  CheckExecution,
  CheckStatus,
  ChecksReport,
  LineageDirection,
  LineageGraph,
  LineageNode,
  LineageOptions,
  ProjectChecksReport,
} from '@internal/backstage-plugin-dagster-common';
