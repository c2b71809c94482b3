import {
  DagsterHttpError,
  DagsterRun,
  DagsterRunClient,
  DagsterRunLaunchError,
} from '../client';
import { DagsterDispatcher } from './DagsterDispatcher';
import { requestFor, SHORT_RETRY_SAFE } from './__testUtils__/requests';

/*
 * A launch whose answer is lost, after or before Dagster made the run:
 * what real Dagster cannot be made to do on cue. The launch is sent once
 * (never retried); then the run is looked up by its request tag.
 */

/** A Dagster keeping runs by tag whose launches fail with `error`, having made the run or not. */
function fakeDagster(error: Error, makesRun: boolean) {
  const runs: DagsterRun[] = [];
  const calls = { launches: 0, lookups: 0 };
  const client: DagsterRunClient = {
    async launchAssetRun(input) {
      calls.launches++;
      if (makesRun) {
        runs.unshift({
          runId: `run-${calls.launches}`,
          status: 'QUEUED',
          tags: input.tags ?? {},
          steps: [],
        });
      }
      throw error;
    },
    async runsByTag(key, value) {
      calls.lookups++;
      return runs.filter(r => r.tags[key] === value);
    },
    async getRun(runId) {
      return runs.find(r => r.runId === runId)!;
    },
  };
  return { dispatcher: new DagsterDispatcher(client), calls };
}

describe('DagsterDispatcher when a launch answer is lost', () => {
  const request = requestFor({ tags: SHORT_RETRY_SAFE });

  it('finds the run the lost launch made, and launches no second one', async () => {
    const { dispatcher, calls } = fakeDagster(
      new DagsterHttpError('502 from the proxy', 502),
      true,
    );
    const made = { target: 'dagster', dispatchIds: ['run-1'] };
    await expect(dispatcher.dispatch(request)).resolves.toEqual(made);
    await expect(dispatcher.dispatch(request)).resolves.toEqual(made);
    expect(calls.launches).toBe(1);
  });

  it('rethrows the lost answer when no run was made', async () => {
    const { dispatcher, calls } = fakeDagster(
      new DagsterHttpError('503', 503),
      false,
    );
    await expect(dispatcher.dispatch(request)).rejects.toThrow(
      DagsterHttpError,
    );
    expect(calls).toEqual({ launches: 1, lookups: 2 });
  });

  it('does not look again after a refusal, which made no run', async () => {
    const { dispatcher, calls } = fakeDagster(
      new DagsterRunLaunchError('no', 'InvalidSubsetError'),
      false,
    );
    await expect(dispatcher.dispatch(request)).rejects.toThrow(
      DagsterRunLaunchError,
    );
    expect(calls).toEqual({ launches: 1, lookups: 1 });
  });
});
