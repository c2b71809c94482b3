/*
 * Wire types of the run operations (operations/runs.ts): what Dagster
 * sends, before the client turns it into a DagsterRun.
 */

export interface RunData {
  runId: string;
  status: string;
  startTime: number | null;
  endTime: number | null;
  tags: Array<{ key: string; value: string }>;
  stepStats: Array<{
    stepKey: string;
    status: string | null;
    startTime: number | null;
    endTime: number | null;
  }>;
}

type PythonErrorData = {
  __typename: 'PythonError';
  message: string;
  className: string | null;
  stack: string[];
};

type MessageError<Name extends string> = { __typename: Name; message: string };

export type LaunchRunResultData =
  | { __typename: 'LaunchRunSuccess'; run: RunData }
  | PythonErrorData
  | { __typename: 'InvalidStepError'; invalidStepKey: string }
  | {
      __typename: 'InvalidOutputError';
      stepKey: string;
      invalidOutputName: string;
    }
  | {
      __typename: 'RunConfigValidationInvalid';
      pipelineName: string;
      errors: Array<{ message: string }>;
    }
  | (MessageError<'PipelineNotFoundError'> & { pipelineName: string })
  | MessageError<'RunConflict'>
  | MessageError<'UnauthorizedError'>
  | MessageError<'PresetNotFoundError'>
  | MessageError<'ConflictingExecutionParamsError'>
  | (MessageError<'NoModeProvidedError'> & { pipelineName: string })
  | MessageError<'InvalidSubsetError'>;

export interface LaunchAssetRunData {
  launchRun: LaunchRunResultData;
}

export interface RunsByTagData {
  runsOrError:
    | { __typename: 'Runs'; results: RunData[] }
    | MessageError<'InvalidPipelineRunsFilterError'>
    | PythonErrorData;
}

export interface RunOrErrorData {
  runOrError:
    | ({ __typename: 'Run' } & RunData)
    | (MessageError<'RunNotFoundError'> & { runId: string })
    | PythonErrorData;
}
