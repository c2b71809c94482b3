import { terminate } from '../store/lifecycle';
import { SimContext, messageError } from './context';
import { ExecutionParams, launchRun, unauthorized } from './launch';
import { runNotFound, runView } from './runs';

type Policy = 'SAFE_TERMINATE' | 'MARK_AS_CANCELED_IMMEDIATELY';

function terminateOne(
  ctx: SimContext,
  runId: string,
  policy: Policy | null | undefined,
) {
  if (ctx.store.readOnly) return unauthorized('terminate runs');
  const run = ctx.store.run(runId);
  if (!run) return runNotFound(runId);
  const terminated = terminate(
    ctx.store,
    run,
    ctx.nowMs,
    policy ?? 'SAFE_TERMINATE',
  );
  if (terminated)
    return { __typename: 'TerminateRunSuccess', run: runView(ctx, run) };
  return messageError(
    'TerminateRunFailure',
    `Run ${runId} could not be terminated due to having status ${run.status}.`,
    { run: runView(ctx, run) },
  );
}

type LaunchArgs = { executionParams: ExecutionParams };
type TerminateArgs = { runId: string; terminatePolicy?: Policy | null };

/** Mutation fields (with their legacy `pipeline*` aliases). */
export const mutations = {
  launchRun: ({ executionParams }: LaunchArgs, ctx: SimContext) =>
    launchRun(ctx, executionParams),
  launchPipelineExecution: ({ executionParams }: LaunchArgs, ctx: SimContext) =>
    launchRun(ctx, executionParams),
  terminateRun: ({ runId, terminatePolicy }: TerminateArgs, ctx: SimContext) =>
    terminateOne(ctx, runId, terminatePolicy),
  terminatePipelineExecution: (
    { runId, terminatePolicy }: TerminateArgs,
    ctx: SimContext,
  ) => terminateOne(ctx, runId, terminatePolicy),
  terminateRuns: (
    {
      runIds,
      terminatePolicy,
    }: { runIds: string[]; terminatePolicy?: Policy | null },
    ctx: SimContext,
  ) => ({
    __typename: 'TerminateRunsResult',
    terminateRunResults: runIds.map(id =>
      terminateOne(ctx, id, terminatePolicy),
    ),
  }),
};
