const RUN_FIELDS = /* GraphQL */ `
  runId
  status
  startTime
  endTime
  tags {
    key
    value
  }
  stepStats {
    stepKey
    status
    startTime
    endTime
  }
`;

const PYTHON_ERROR = /* GraphQL */ `
  ... on PythonError {
    message
    className
    stack
  }
`;

/**
 * Launches a run of the given assets through the repository's implicit
 * asset job (`__ASSET_JOB` with an asset selection), with the given tags.
 * Every member of `LaunchRunResult` is selected, so each can become a clear
 * error. The same shape on Dagster 1.7 and the current release.
 *
 * @public
 */
export const LAUNCH_ASSET_RUN_MUTATION = /* GraphQL */ `
  mutation BsLaunchAssetRun($executionParams: ExecutionParams!) {
    launchRun(executionParams: $executionParams) {
      __typename
      ... on LaunchRunSuccess {
        run {
          ${RUN_FIELDS}
        }
      }
      ${PYTHON_ERROR}
      ... on InvalidStepError {
        invalidStepKey
      }
      ... on InvalidOutputError {
        stepKey
        invalidOutputName
      }
      ... on RunConfigValidationInvalid {
        pipelineName
        errors {
          message
        }
      }
      ... on PipelineNotFoundError {
        message
        pipelineName
      }
      ... on RunConflict {
        message
      }
      ... on UnauthorizedError {
        message
      }
      ... on PresetNotFoundError {
        message
      }
      ... on ConflictingExecutionParamsError {
        message
      }
      ... on NoModeProvidedError {
        message
        pipelineName
      }
      ... on InvalidSubsetError {
        message
      }
    }
  }
`;

/**
 * The runs carrying one tag, newest first (how a dispatcher finds the run it
 * launched for a request before launching another).
 *
 * @public
 */
export const RUNS_BY_TAG_QUERY = /* GraphQL */ `
  query BsRunsByTag($key: String!, $value: String!) {
    runsOrError(filter: { tags: [{ key: $key, value: $value }] }) {
      __typename
      ... on Runs {
        results {
          ${RUN_FIELDS}
        }
      }
      ... on InvalidPipelineRunsFilterError {
        message
      }
      ${PYTHON_ERROR}
    }
  }
`;

/**
 * One run: status, times, tags and the duration of each step.
 *
 * @public
 */
export const RUN_QUERY = /* GraphQL */ `
  query BsRun($runId: ID!) {
    runOrError(runId: $runId) {
      __typename
      ... on Run {
        ${RUN_FIELDS}
      }
      ... on RunNotFoundError {
        message
        runId
      }
      ${PYTHON_ERROR}
    }
  }
`;
