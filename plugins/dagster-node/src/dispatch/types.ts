import { PlacementDecision } from '@internal/backstage-plugin-dagster-common';

/**
 * One request to materialise an asset somewhere: who asked, for which
 * project, and where the placement engine decided it should run.
 * `requestId` is the idempotency key: dispatching the same id twice starts
 * the work once.
 *
 * @public
 */
export interface DispatchRequest {
  requestId: string;
  project: string;
  requester: string;
  asset: {
    key: string[];
    /** Dagster code location and repository that define the asset. */
    location: string;
    repository: string;
  };
  decision: PlacementDecision;
}

/**
 * Where a request went: through Dagster, or straight to an AWS service.
 *
 * @public
 */
export type DispatchTarget = 'dagster' | 'ecs' | 'batch' | 'lambda';

/**
 * What a dispatch started: the ids to ask its status by (a Dagster run id,
 * ECS task ARNs, a Batch job id, a Lambda invocation's request id).
 *
 * @public
 */
export interface DispatchResult {
  target: DispatchTarget;
  dispatchIds: string[];
}

/**
 * Where the work of a dispatch is, in the portal's words, with the
 * service's own status in `detail`.
 *
 * @public
 */
export interface DispatchStatus {
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  detail: string;
  /** ISO time the work started, once it has. */
  startedAt?: string;
  /** ISO time the work ended, once it has. */
  endedAt?: string;
}

/**
 * Starts the work of a request, at most once per request id, and reports
 * where it is.
 *
 * @public
 */
export interface Dispatcher {
  readonly target: DispatchTarget;
  dispatch(request: DispatchRequest): Promise<DispatchResult>;
  status(dispatchIds: string[]): Promise<DispatchStatus>;
}
