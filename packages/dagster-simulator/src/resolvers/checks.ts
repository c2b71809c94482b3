import { DatasetCheck } from '../dataset/types';
import { AssetRecord, CheckExecutionRecord } from '../store/records';
import { SimContext, assetKey, messageError } from './context';
import { metadataEntries } from './metadata';
import { runView } from './runs';

/** `AssetCheckExecution` view. */
export function checkExecutionView(ctx: SimContext, e: CheckExecutionRecord) {
  const evaluated = e.status === 'SUCCEEDED' || e.status === 'FAILED';
  const target = ctx.store
    .materializations(e.assetKey)
    .find(m => m.timestampMs <= e.timestamp * 1000);
  return {
    id: String(e.storageId),
    runId: e.runId,
    status: e.status,
    timestamp: e.timestamp,
    partition: e.partition,
    stepKey: e.stepKey,
    run: () => {
      const run = ctx.store.run(e.runId);
      return run ? runView(ctx, run) : null;
    },
    evaluation: evaluated
      ? {
          timestamp: e.timestamp,
          checkName: e.checkName,
          assetKey: assetKey(e.assetKey),
          targetMaterialization: target
            ? {
                storageId: String(target.storageId),
                runId: target.runId,
                timestamp: target.timestampMs / 1000,
              }
            : null,
          metadataEntries: () => metadataEntries(e.metadata),
          severity: e.severity,
          description: e.description,
          partition: e.partition,
          success: e.success,
        }
      : null,
  };
}

function checkView(ctx: SimContext, record: AssetRecord, check: DatasetCheck) {
  const materializable = record.def.isMaterializable !== false;
  return {
    __typename: 'AssetCheck',
    name: check.name,
    assetKey: assetKey(record.def.key),
    description: check.description ?? null,
    jobNames: () => ctx.store.jobNamesFor(record),
    executionForLatestMaterialization: () => {
      const latest = ctx.store.checkExecutions(record.def.key, check.name)[0];
      return latest ? checkExecutionView(ctx, latest) : null;
    },
    canExecuteIndividually: materializable
      ? 'CAN_EXECUTE'
      : 'REQUIRES_MATERIALIZATION',
    blocking: check.blocking ?? false,
    additionalAssetKeys: [],
    automationCondition: null,
    partitionDefinition: null,
  };
}

/** `AssetNode.assetChecksOrError`. */
export function assetChecksOrError(
  ctx: SimContext,
  record: AssetRecord,
  limit?: number | null,
) {
  const checks =
    typeof limit === 'number' ? record.checks.slice(0, limit) : record.checks;
  return {
    __typename: 'AssetChecks',
    checks: checks.map(c => checkView(ctx, record, c)),
  };
}

/** `AssetNode.assetCheckOrError`. */
export function assetCheckOrError(
  ctx: SimContext,
  record: AssetRecord,
  name: string,
) {
  const check = record.checks.find(c => c.name === name);
  return check
    ? checkView(ctx, record, check)
    : messageError(
        'AssetCheckNotFoundError',
        `Asset check ${name} not found for asset ${record.def.key.join('/')}.`,
      );
}

/** Query fields about asset checks. */
export const checkQueries = {
  assetCheckExecutions: (
    args: {
      assetKey: { path: string[] };
      checkName: string;
      partition?: string | null;
      limit: number;
      cursor?: string | null;
    },
    ctx: SimContext,
  ) => {
    let executions = ctx.store.checkExecutions(
      args.assetKey.path,
      args.checkName,
    );
    if (args.partition)
      executions = executions.filter(e => e.partition === args.partition);
    if (args.cursor) {
      // The cursor is the id of the last execution the client saw.
      const at = executions.findIndex(e => String(e.storageId) === args.cursor);
      executions = at >= 0 ? executions.slice(at + 1) : executions;
    }
    return executions
      .slice(0, Math.max(0, args.limit))
      .map(e => checkExecutionView(ctx, e));
  },
};
