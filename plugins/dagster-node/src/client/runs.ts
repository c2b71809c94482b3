import { DagsterRunLaunchError, DagsterRunNotFoundError } from './errors';
import { DagsterReadOptions } from './model';
import {
  LAUNCH_ASSET_RUN_MUTATION,
  RUN_QUERY,
  RUNS_BY_TAG_QUERY,
} from './operations';
import {
  LaunchAssetRunData,
  LaunchRunResultData,
  RunData,
  RunOrErrorData,
  RunsByTagData,
} from './runTypes';
import { GraphQLTransport } from './transport';
import { errorFromUnion } from './unionErrors';

/**
 * What to launch: assets of one repository, through its implicit asset job.
 *
 * @public
 */
export interface DagsterLaunchAssetRunInput {
  repositoryLocationName: string;
  repositoryName: string;
  assetKeys: string[][];
  /** Run tags; Dagster keeps them on the run and run launchers read them. */
  tags?: Record<string, string>;
}

/**
 * A run as the client reports it. `status` is Dagster's RunStatus
 * (QUEUED, NOT_STARTED, STARTING, STARTED, SUCCESS, FAILURE, CANCELING,
 * CANCELED, MANAGED); times are ISO strings.
 *
 * @public
 */
export interface DagsterRun {
  runId: string;
  status: string;
  startedAt?: string;
  endedAt?: string;
  tags: Record<string, string>;
  steps: Array<{
    stepKey: string;
    status: string | null;
    /** Seconds from the step's start to its end; absent while it runs. */
    durationSeconds?: number;
  }>;
}

/**
 * The run operations of a Dagster client that the dispatcher uses
 * (`DagsterGraphQLClient` has them).
 *
 * @public
 */
export interface DagsterRunClient {
  launchAssetRun(
    input: DagsterLaunchAssetRunInput,
    options?: DagsterReadOptions,
  ): Promise<DagsterRun>;
  runsByTag(
    key: string,
    value: string,
    options?: DagsterReadOptions,
  ): Promise<DagsterRun[]>;
  getRun(runId: string, options?: DagsterReadOptions): Promise<DagsterRun>;
}

/** The implicit job of every repository with assets; an asset selection picks from it. */
export const ASSET_JOB = '__ASSET_JOB';

const iso = (seconds: number | null) =>
  seconds === null ? undefined : new Date(seconds * 1000).toISOString();

export function toRun(run: RunData): DagsterRun {
  return {
    runId: run.runId,
    status: run.status,
    startedAt: iso(run.startTime),
    endedAt: iso(run.endTime),
    tags: Object.fromEntries(run.tags.map(t => [t.key, t.value])),
    steps: run.stepStats.map(step => ({
      stepKey: step.stepKey,
      status: step.status,
      durationSeconds:
        step.startTime !== null && step.endTime !== null
          ? step.endTime - step.startTime
          : undefined,
    })),
  };
}

/** The message of a refused launch, in words, from whatever the member carries. */
function launchRefusal(
  result: Exclude<LaunchRunResultData, { __typename: 'LaunchRunSuccess' }>,
): string {
  switch (result.__typename) {
    case 'InvalidStepError':
      return `Dagster refused the run: no step "${result.invalidStepKey}"`;
    case 'InvalidOutputError':
      return `Dagster refused the run: step "${result.stepKey}" has no output "${result.invalidOutputName}"`;
    case 'RunConfigValidationInvalid':
      return `Dagster refused the run config of ${
        result.pipelineName
      }: ${result.errors.map(e => e.message).join('; ')}`;
    default:
      return `Dagster refused the run (${result.__typename}): ${result.message}`;
  }
}

/**
 * Sends the LaunchRun mutation once: a launch is never retried by the
 * transport, since a retry after a lost answer could launch twice (the
 * dispatcher looks the run up by its request tag instead).
 */
export async function launchAssetRun(
  transport: GraphQLTransport,
  input: DagsterLaunchAssetRunInput,
  options?: DagsterReadOptions,
): Promise<DagsterRun> {
  if (input.assetKeys.length === 0) {
    throw new TypeError('launchAssetRun needs at least one asset key');
  }
  const executionParams = {
    selector: {
      jobName: ASSET_JOB,
      repositoryLocationName: input.repositoryLocationName,
      repositoryName: input.repositoryName,
      assetSelection: input.assetKeys.map(path => ({ path })),
    },
    executionMetadata: {
      tags: Object.entries(input.tags ?? {}).map(([key, value]) => ({
        key,
        value,
      })),
    },
  };
  const data = await transport.request<LaunchAssetRunData>(
    LAUNCH_ASSET_RUN_MUTATION,
    { executionParams },
    { ...options, once: true },
  );
  const result = data.launchRun;
  if (result.__typename === 'LaunchRunSuccess') {
    return toRun(result.run);
  }
  if (
    result.__typename === 'PythonError' ||
    result.__typename === 'UnauthorizedError'
  ) {
    throw errorFromUnion(result, transport.redact);
  }
  throw new DagsterRunLaunchError(
    transport.redact(launchRefusal(result)),
    result.__typename,
  );
}

export async function runsByTag(
  transport: GraphQLTransport,
  key: string,
  value: string,
  options?: DagsterReadOptions,
): Promise<DagsterRun[]> {
  const data = await transport.request<RunsByTagData>(
    RUNS_BY_TAG_QUERY,
    { key, value },
    options,
  );
  const result = data.runsOrError;
  if (result.__typename !== 'Runs') {
    throw errorFromUnion(result, transport.redact);
  }
  return result.results.map(toRun);
}

export async function getRun(
  transport: GraphQLTransport,
  runId: string,
  options?: DagsterReadOptions,
): Promise<DagsterRun> {
  const data = await transport.request<RunOrErrorData>(
    RUN_QUERY,
    { runId },
    options,
  );
  const result = data.runOrError;
  if (result.__typename === 'RunNotFoundError') {
    throw new DagsterRunNotFoundError(
      transport.redact(result.message),
      result.runId,
    );
  }
  if (result.__typename !== 'Run') {
    throw errorFromUnion(result, transport.redact);
  }
  return toRun(result);
}
