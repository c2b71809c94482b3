import { RunRecord, StepRecord } from '../store/records';
import { canTerminate } from '../store/lifecycle';
import { SimContext, assetKey, messageError, pythonError } from './context';
import { materializationView } from './events';
import { assetView } from './assets';
import { repositoryOrigin } from './workspace';

/** `RunStepStats` view. */
export function stepStatsView(
  ctx: SimContext,
  runId: string,
  step: StepRecord,
) {
  const marker = { startTime: step.startTime, endTime: step.endTime };
  return {
    runId,
    stepKey: step.stepKey,
    status: step.status,
    startTime: step.startTime,
    endTime: step.endTime,
    attempts: step.startTime !== null ? [marker] : [],
    markers: step.startTime !== null ? [marker] : [],
    materializations: () =>
      runMaterializations(ctx, runId)
        .filter(m => m.stepKey === step.stepKey)
        .map(m => materializationView(ctx, m)),
  };
}

function runMaterializations(ctx: SimContext, runId: string) {
  const run = ctx.store.run(runId);
  const keys = run?.assetSelection ?? [];
  return keys.flatMap(k =>
    ctx.store.materializations(k).filter(m => m.runId === runId),
  );
}

/** `Run` view. */
export function runView(ctx: SimContext, run: RunRecord) {
  const readOnly = ctx.store.readOnly;
  return {
    __typename: 'Run',
    id: run.runId,
    runId: run.runId,
    pipelineSnapshotId: null,
    repositoryOrigin: repositoryOrigin(run.location, run.repository),
    status: run.status,
    runStatus: run.status,
    pipelineName: run.jobName,
    jobName: run.jobName,
    solidSelection: null,
    resolvedOpSelection: null,
    stats: () => {
      const steps = run.stepStats;
      return {
        __typename: 'RunStatsSnapshot',
        id: run.runId,
        runId: run.runId,
        stepsSucceeded: steps.filter(s => s.status === 'SUCCESS').length,
        stepsFailed: steps.filter(s => s.status === 'FAILURE').length,
        materializations: runMaterializations(ctx, run.runId).length,
        expectations: 0,
        enqueuedTime: run.creationTime,
        launchTime: run.startTime,
        startTime: run.startTime,
        endTime: run.endTime,
      };
    },
    stepStats: () => run.stepStats.map(s => stepStatsView(ctx, run.runId, s)),
    stepKeysToExecute: null,
    runConfigYaml: '{}\n',
    runConfig: {},
    mode: 'default',
    tags: run.tags,
    rootRunId: run.rootRunId ?? null,
    parentRunId: run.parentRunId ?? null,
    canTerminate: canTerminate(run),
    assets: () => (run.assetSelection ?? []).map(k => assetView(ctx, k)),
    creationTime: run.creationTime,
    startTime: run.startTime,
    endTime: run.endTime,
    updateTime: run.updateTime,
    assetSelection: run.assetSelection?.map(k => assetKey(k)) ?? null,
    assetCheckSelection:
      run.assetCheckSelection?.map(h => ({
        name: h.name,
        assetKey: assetKey(h.assetKey),
      })) ?? null,
    assetMaterializations: () =>
      runMaterializations(ctx, run.runId).map(m => materializationView(ctx, m)),
    hasReExecutePermission: !readOnly,
    hasTerminatePermission: !readOnly,
    hasDeletePermission: !readOnly,
  };
}

/** The Dagster "run not found" union member. */
export function runNotFound(runId: string) {
  return messageError('RunNotFoundError', `Run ${runId} could not be found.`, {
    runId,
  });
}

/** `RunOrError` for a run id. */
export function runOrError(ctx: SimContext, runId: string) {
  const run = ctx.store.run(runId);
  return run ? runView(ctx, run) : runNotFound(runId);
}

/** `RunsFilter` input after coercion. */
export interface RunsFilter {
  runIds?: Array<string | null> | null;
  pipelineName?: string | null;
  tags?: Array<{ key: string; value: string }> | null;
  statuses?: string[] | null;
  snapshotId?: string | null;
  updatedAfter?: number | null;
  updatedBefore?: number | null;
  createdBefore?: number | null;
  createdAfter?: number | null;
}

function matches(run: RunRecord, f: RunsFilter): boolean {
  if (f.runIds && !f.runIds.includes(run.runId)) return false;
  if (f.pipelineName && run.jobName !== f.pipelineName) return false;
  if (f.statuses && !f.statuses.includes(run.status)) return false;
  if (f.snapshotId) return false; // runs here carry no job snapshot
  if (
    f.tags &&
    !f.tags.every(t =>
      run.tags.some(r => r.key === t.key && r.value === t.value),
    )
  ) {
    return false;
  }
  const after = (bound: number | null | undefined, t: number) =>
    typeof bound !== 'number' || t > bound;
  const before = (bound: number | null | undefined, t: number) =>
    typeof bound !== 'number' || t < bound;
  return (
    after(f.createdAfter, run.creationTime) &&
    before(f.createdBefore, run.creationTime) &&
    after(f.updatedAfter, run.updateTime) &&
    before(f.updatedBefore, run.updateTime)
  );
}

function runsOrError(
  args: {
    filter?: RunsFilter | null;
    cursor?: string | null;
    limit?: number | null;
  },
  ctx: SimContext,
) {
  let runs = ctx.store.runs().filter(r => matches(r, args.filter ?? {}));
  const count = runs.length;
  if (args.cursor) {
    const at = runs.findIndex(r => r.runId === args.cursor);
    if (at < 0) {
      return pythonError(
        `Run ${args.cursor} not found in run storage`,
        [],
        'DagsterRunNotFoundError',
      );
    }
    runs = runs.slice(at + 1);
  }
  if (typeof args.limit === 'number')
    runs = runs.slice(0, Math.max(0, args.limit));
  return { __typename: 'Runs', count, results: runs.map(r => runView(ctx, r)) };
}

/** Query fields about runs (and their legacy `pipeline*` aliases). */
export const runQueries = {
  runsOrError,
  pipelineRunsOrError: runsOrError,
  runOrError: ({ runId }: { runId: string }, ctx: SimContext) =>
    runOrError(ctx, runId),
  pipelineRunOrError: ({ runId }: { runId: string }, ctx: SimContext) =>
    runOrError(ctx, runId),
  canBulkTerminate: (_: unknown, ctx: SimContext) => !ctx.store.readOnly,
};
