import { keyId, stepKeyFor } from '../store/keys';
import { AssetRecord, RunRecord } from '../store/records';
import { SimContext, messageError, pythonError } from './context';
import { runView } from './runs';
import { validateRunConfig } from './runConfig';

type KeyInput = { path: string[] };

/** `ExecutionParams` input as it arrives after GraphQL coercion. */
export interface ExecutionParams {
  selector: {
    pipelineName?: string | null;
    jobName?: string | null;
    repositoryName: string;
    repositoryLocationName: string;
    solidSelection?: string[] | null;
    assetSelection?: KeyInput[] | null;
    assetCheckSelection?: Array<{ assetKey: KeyInput; name: string }> | null;
  };
  runConfigData?: unknown;
  mode?: string | null;
  executionMetadata?: {
    tags?: Array<{ key: string; value: string }> | null;
    rootRunId?: string | null;
    parentRunId?: string | null;
  } | null;
  stepKeys?: string[] | null;
  preset?: string | null;
}

/** Orders assets so every asset comes after its selected upstreams. */
function topological(records: AssetRecord[]): AssetRecord[] {
  const byId = new Map(records.map(r => [r.id, r]));
  const done = new Set<string>();
  const out: AssetRecord[] = [];
  const visit = (r: AssetRecord, seen: Set<string>) => {
    if (done.has(r.id) || seen.has(r.id)) return;
    seen.add(r.id);
    for (const dep of r.def.deps ?? []) {
      const upstream = byId.get(keyId(dep));
      if (upstream) visit(upstream, seen);
    }
    done.add(r.id);
    out.push(r);
  };
  records.forEach(r => visit(r, new Set()));
  return out;
}

/** Answer of a read-only instance to a state-changing mutation. */
export function unauthorized(action: string) {
  return messageError(
    'UnauthorizedError',
    `Authorization failed: this Dagster instance is read-only and cannot ${action}.`,
  );
}

/** Checks a launch request and starts a simulated run, or returns the union error member. */
export function launchRun(ctx: SimContext, params: ExecutionParams) {
  const { store } = ctx;
  if (store.readOnly) return unauthorized('launch runs');
  const sel = params.selector;
  if (sel.jobName && sel.pipelineName && sel.jobName !== sel.pipelineName) {
    return pythonError(
      'Conflicting values for jobName and pipelineName.',
      [],
      'CheckError',
    );
  }
  const jobName = sel.jobName ?? sel.pipelineName;
  if (!jobName) {
    return pythonError(
      'Must provide one of jobName or pipelineName.',
      [],
      'CheckError',
    );
  }
  const { repositoryLocationName: location, repositoryName: repository } = sel;
  const job = store.hasRepository(location, repository)
    ? store.jobsIn(location, repository).find(j => j.name === jobName)
    : undefined;
  if (!job) {
    return messageError(
      'PipelineNotFoundError',
      `Could not find Pipeline ${location}.${repository}.${jobName}`,
      {
        pipelineName: jobName,
        repositoryName: repository,
        repositoryLocationName: location,
      },
    );
  }
  if (params.preset) {
    return messageError(
      'PresetNotFoundError',
      `Preset ${params.preset} not found in pipeline ${jobName}.`,
      {
        preset: params.preset,
      },
    );
  }
  const configErrors = validateRunConfig(params.runConfigData);
  if (configErrors.length > 0) {
    return {
      __typename: 'RunConfigValidationInvalid',
      pipelineName: jobName,
      errors: configErrors,
    };
  }
  const inJob = new Set(job.assets.map(k => keyId(k)));
  const wanted = sel.assetSelection?.map(k => k.path) ?? job.assets;
  const missing = wanted.filter(k => !inJob.has(keyId(k)) || !store.asset(k));
  if (missing.length > 0 || wanted.length === 0) {
    const names = missing.map(k => k.join('/')).join(', ');
    return messageError(
      'InvalidSubsetError',
      wanted.length === 0
        ? `No assets selected in job ${jobName}.`
        : `Assets not found in job ${jobName}: ${names}`,
    );
  }
  const selected = topological(wanted.map(k => store.asset(k)!));
  const stepKeys = selected.map(a => stepKeyFor(a.def.key));
  const badStep = params.stepKeys?.find(s => !stepKeys.includes(s));
  if (badStep)
    return { __typename: 'InvalidStepError', invalidStepKey: badStep };
  const checkSelection = sel.assetCheckSelection?.map(h => ({
    assetKey: h.assetKey.path,
    name: h.name,
  }));
  const badCheck = checkSelection?.find(
    h =>
      !selected.some(
        a =>
          a.id === keyId(h.assetKey) && a.checks.some(c => c.name === h.name),
      ),
  );
  if (badCheck) {
    return messageError(
      'InvalidSubsetError',
      `Asset check ${badCheck.assetKey.join('/')}:${
        badCheck.name
      } is not part of the selection.`,
    );
  }
  const tags = params.executionMetadata?.tags ?? [];
  const partition =
    tags.find(t => t.key === 'dagster/partition')?.value ?? null;
  const steps = selected
    .filter(
      a => !params.stepKeys || params.stepKeys.includes(stepKeyFor(a.def.key)),
    )
    .map(a => ({ stepKey: stepKeyFor(a.def.key), assetKeys: [a.def.key] }));
  const run: RunRecord = {
    runId: store.newRunId(),
    jobName,
    location,
    repository,
    status: 'QUEUED',
    creationTime: ctx.nowMs / 1000,
    startTime: null,
    endTime: null,
    updateTime: ctx.nowMs / 1000,
    tags: tags.map(t => ({ key: t.key, value: t.value })),
    assetSelection: selected.map(a => a.def.key),
    assetCheckSelection: checkSelection ?? null,
    stepStats: [],
    rootRunId: params.executionMetadata?.rootRunId ?? null,
    parentRunId: params.executionMetadata?.parentRunId ?? null,
    live: {
      createdMs: ctx.nowMs,
      stepMs: store.runStepMs,
      steps,
      partition,
      fail: tags.some(t => t.key === 'simulator/fail' && t.value === 'true'),
      stepsWritten: 0,
      done: false,
    },
  };
  store.addRun(run);
  return { __typename: 'LaunchRunSuccess', run: runView(ctx, run) };
}
