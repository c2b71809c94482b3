import { DagsterSimulator, startDagsterSimulator } from '../server/start';
import { fixtureDataset } from './fixture';
import { queryData } from './http';

/* Operations and helpers shared by the run tests. */

export const LAUNCH = `mutation ($p: ExecutionParams!) { launchRun(executionParams: $p) {
  __typename
  ... on LaunchRunSuccess { run { runId status tags { key value } assetSelection { path } } }
  ... on PipelineNotFoundError { message pipelineName repositoryLocationName }
  ... on InvalidSubsetError { message }
  ... on RunConfigValidationInvalid { errors { __typename message reason } }
  ... on UnauthorizedError { message }
  ... on PythonError { message }
} }`;
export const RUN = `query ($id: ID!) { runOrError(runId: $id) { __typename ... on Run {
  status canTerminate startTime endTime stepStats { stepKey status startTime endTime }
  stats { ... on RunStatsSnapshot { stepsSucceeded stepsFailed materializations } }
} } }`;
export const TERMINATE = `mutation ($id: String!, $policy: TerminateRunPolicy) { terminateRun(runId: $id, terminatePolicy: $policy) {
  __typename ... on TerminateRunSuccess { run { status } } ... on TerminateRunFailure { message }
  ... on RunNotFoundError { runId } ... on UnauthorizedError { message }
} }`;

export const STEP = 1000;
export const START = 1_800_000_000_000;

export function params(
  selector: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    selector: {
      repositoryLocationName: 'alpha',
      repositoryName: '__repository__',
      jobName: '__ASSET_JOB',
      ...selector,
    },
    runConfigData: {},
    ...extra,
  };
}

/** A simulator on the fixture with a clock the test moves by hand. */
export class RunHarness {
  clock = START;
  sim!: DagsterSimulator;

  async start() {
    this.clock = START;
    this.sim = await startDagsterSimulator({
      dataset: fixtureDataset(),
      rebaseTimestamps: false,
      runStepMs: STEP,
      now: () => this.clock,
    });
  }

  stop() {
    return this.sim.stop();
  }

  query(query: string, variables?: Record<string, unknown>) {
    return queryData(this.sim.graphqlUrl, query, variables);
  }

  launch(p: unknown) {
    return this.query(LAUNCH, { p }).then(d => d.launchRun);
  }

  run(id: string) {
    return this.query(RUN, { id }).then(d => d.runOrError);
  }

  terminate(id: string, policy?: string) {
    return this.query(TERMINATE, { id, policy }).then(d => d.terminateRun);
  }
}
