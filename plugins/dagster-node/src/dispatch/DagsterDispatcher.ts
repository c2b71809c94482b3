import {
  DagsterHttpError,
  DagsterNetworkError,
  DagsterRun,
  DagsterRunClient,
  DagsterRunNotFoundError,
} from '../client';
import { placementTags, portalTags, PORTAL_TAGS } from './tags';
import {
  DispatchRequest,
  DispatchResult,
  DispatchStatus,
  Dispatcher,
} from './types';

const STATES: Record<string, DispatchStatus['state']> = {
  QUEUED: 'queued',
  NOT_STARTED: 'queued',
  STARTING: 'queued',
  STARTED: 'running',
  MANAGED: 'running',
  CANCELING: 'running',
  SUCCESS: 'succeeded',
  FAILURE: 'failed',
  CANCELED: 'failed',
};

/** A run's status in the portal's words. */
export function runStatus(run: DagsterRun): DispatchStatus {
  return {
    state: STATES[run.status] ?? 'running',
    detail: `Dagster run ${run.runId} is ${run.status}`,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
  };
}

/**
 * Dispatches through Dagster: a run of the asset through its repository's
 * `__ASSET_JOB`, tagged with the placement (for the deployment's run
 * launcher) and the portal's cost-attribution and request tags.
 *
 * @public
 */
export class DagsterDispatcher implements Dispatcher {
  readonly target = 'dagster' as const;

  constructor(private readonly client: DagsterRunClient) {}

  async dispatch(request: DispatchRequest): Promise<DispatchResult> {
    const earlier = await this.runOf(request.requestId);
    if (earlier) return this.resultOf(earlier);
    try {
      const run = await this.client.launchAssetRun({
        repositoryLocationName: request.asset.location,
        repositoryName: request.asset.repository,
        assetKeys: [request.asset.key],
        tags: { ...placementTags(request.decision), ...portalTags(request) },
      });
      return this.resultOf(run);
    } catch (error) {
      // The launch is sent once; when its answer was lost it may still have
      // landed, and then the run carries the request's tag.
      if (
        error instanceof DagsterNetworkError ||
        error instanceof DagsterHttpError
      ) {
        const landed = await this.runOf(request.requestId);
        if (landed) return this.resultOf(landed);
      }
      throw error;
    }
  }

  async status(dispatchIds: string[]): Promise<DispatchStatus> {
    const [runId] = dispatchIds;
    try {
      return runStatus(await this.client.getRun(runId));
    } catch (error) {
      if (error instanceof DagsterRunNotFoundError) {
        return { state: 'failed', detail: `Dagster has no run ${runId}` };
      }
      throw error;
    }
  }

  /** The oldest run tagged with the request id, if any (Dagster lists newest first). */
  private async runOf(requestId: string): Promise<DagsterRun | undefined> {
    const runs = await this.client.runsByTag(PORTAL_TAGS.requestId, requestId);
    return runs[runs.length - 1];
  }

  private resultOf(run: DagsterRun): DispatchResult {
    return { target: this.target, dispatchIds: [run.runId] };
  }
}
