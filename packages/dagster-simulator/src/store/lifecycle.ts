import { stepKeyFor } from './keys';
import { FINISHED_STATUSES, RunRecord, StepRecord } from './records';
import type { SimulatorStore } from './store';

/** Run statuses a user may still terminate. */
export function canTerminate(run: RunRecord): boolean {
  return !FINISHED_STATUSES.has(run.status) && run.status !== 'CANCELING';
}

function stepsWanted(run: RunRecord, checkKey: string[], checkName: string) {
  if (run.assetCheckSelection === null) return true;
  return run.assetCheckSelection.some(
    h =>
      h.name === checkName && stepKeyFor(h.assetKey) === stepKeyFor(checkKey),
  );
}

/** Writes the events of one finished step: materialisations and check results. */
function writeStepEvents(
  store: SimulatorStore,
  run: RunRecord,
  assetKeys: string[][],
  endMs: number,
) {
  const live = run.live!;
  for (const assetKey of assetKeys) {
    const previous = store.materializations(assetKey)[0];
    const rowCount = previous?.metadata['dagster/row_count'];
    store.addMaterialization({
      storageId: store.nextStorageId(),
      assetKey,
      runId: run.runId,
      timestampMs: endMs,
      partition: live.partition,
      stepKey: stepKeyFor(assetKey),
      metadata:
        typeof rowCount === 'number' ? { 'dagster/row_count': rowCount } : {},
      tags: live.partition
        ? [{ key: 'dagster/partition', value: live.partition }]
        : [],
    });
    for (const check of store.asset(assetKey)?.checks ?? []) {
      if (!stepsWanted(run, assetKey, check.name)) continue;
      // A re-run reproduces the last verdict: data problems do not fix themselves.
      const last = store.checkExecutions(assetKey, check.name)[0];
      const success = last ? last.success : true;
      store.addCheckExecution({
        storageId: store.nextStorageId(),
        assetKey,
        checkName: check.name,
        runId: run.runId,
        timestamp: endMs / 1000,
        status: success ? 'SUCCEEDED' : 'FAILED',
        severity: last?.severity ?? check.severity ?? 'ERROR',
        success,
        description: last?.description ?? check.description ?? null,
        partition: live.partition,
        stepKey: stepKeyFor(assetKey),
        metadata: {},
      });
    }
  }
}

function finish(run: RunRecord, status: RunRecord['status'], endMs: number) {
  run.status = status;
  run.endTime = endMs / 1000;
  run.updateTime = endMs / 1000;
  run.live!.done = true;
}

/**
 * Derives a launched run's state at `nowMs` from its plan: one step duration
 * QUEUED, one STARTING, then one per step while STARTED, then SUCCESS (or
 * FAILURE when the plan says so). Events of finished steps are written once.
 */
export function advanceRun(
  store: SimulatorStore,
  run: RunRecord,
  nowMs: number,
) {
  const live = run.live;
  if (!live || live.done) return;
  const { createdMs, stepMs, steps } = live;
  const cancelAt =
    live.cancelRequestedMs !== undefined
      ? live.cancelRequestedMs + stepMs
      : Infinity;
  const horizon = Math.min(nowMs, cancelAt);
  if (horizon < createdMs + stepMs) {
    run.status = 'QUEUED';
  } else if (horizon < createdMs + 2 * stepMs) {
    run.status = 'STARTING';
    run.updateTime = (createdMs + stepMs) / 1000;
  } else {
    const startedMs = createdMs + 2 * stepMs;
    run.status = 'STARTED';
    run.startTime = startedMs / 1000;
    run.updateTime = startedMs / 1000;
    const stats: StepRecord[] = [];
    for (let i = 0; i < steps.length; i++) {
      const startMs = startedMs + i * stepMs;
      const endMs = startMs + stepMs;
      if (horizon < startMs) break;
      const failed = live.fail && i === 0;
      const complete = horizon >= endMs;
      let status: StepRecord['status'] = 'IN_PROGRESS';
      if (complete) status = failed ? 'FAILURE' : 'SUCCESS';
      stats.push({
        stepKey: steps[i].stepKey,
        status,
        startTime: startMs / 1000,
        endTime: complete ? endMs / 1000 : null,
      });
      if (complete && !failed && live.stepsWritten === i) {
        writeStepEvents(store, run, steps[i].assetKeys, endMs);
        live.stepsWritten = i + 1;
      }
      if (complete && failed) {
        run.stepStats = stats;
        finish(run, 'FAILURE', endMs);
        return;
      }
    }
    run.stepStats = stats;
    const endMs = startedMs + steps.length * stepMs;
    if (horizon >= endMs) {
      finish(run, 'SUCCESS', endMs);
      return;
    }
  }
  if (live.cancelRequestedMs !== undefined) {
    if (nowMs >= cancelAt) {
      for (const s of run.stepStats) {
        if (s.status === 'IN_PROGRESS') {
          s.status = 'FAILURE';
          s.endTime = cancelAt / 1000;
        }
      }
      finish(run, 'CANCELED', cancelAt);
    } else {
      run.status = 'CANCELING';
      run.updateTime = live.cancelRequestedMs / 1000;
    }
  }
}

/**
 * Terminates a run. Queued runs and MARK_AS_CANCELED_IMMEDIATELY cancel at
 * once; SAFE_TERMINATE of a started run passes through CANCELING for one
 * step duration. Returns false when the run was already finished.
 */
export function terminate(
  store: SimulatorStore,
  run: RunRecord,
  nowMs: number,
  policy: 'SAFE_TERMINATE' | 'MARK_AS_CANCELED_IMMEDIATELY',
): boolean {
  advanceRun(store, run, nowMs);
  if (!canTerminate(run)) return false;
  const immediate =
    policy === 'MARK_AS_CANCELED_IMMEDIATELY' ||
    run.status === 'QUEUED' ||
    run.status === 'NOT_STARTED';
  if (!run.live || immediate) {
    for (const s of run.stepStats) {
      if (s.status === 'IN_PROGRESS') {
        s.status = 'FAILURE';
        s.endTime = nowMs / 1000;
      }
    }
    run.status = 'CANCELED';
    run.endTime = nowMs / 1000;
    run.updateTime = nowMs / 1000;
    if (run.live) run.live.done = true;
    return true;
  }
  run.live.cancelRequestedMs = nowMs;
  advanceRun(store, run, nowMs);
  return true;
}
