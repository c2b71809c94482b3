import {
  CreateFunctionCommand,
  GetFunctionCommand,
  LambdaClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-lambda';
import { NAMES } from './names';
import { zipOf } from './zip';

/** Never run by moto without Docker; it is what a real Lambda would run. */
const HANDLER = `def handler(event, context):
    return {"status": "SUCCESS", "event": event}
`;

/** The Lambda function `dagster-portal-run` (python3.12), found by name or made. */
export async function ensureLambda(lambda: LambdaClient, roleArn: string) {
  try {
    const { Configuration } = await lambda.send(
      new GetFunctionCommand({ FunctionName: NAMES.lambdaFunction }),
    );
    return {
      functionName: NAMES.lambdaFunction,
      functionArn: Configuration!.FunctionArn!,
    };
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const created = await lambda.send(
    new CreateFunctionCommand({
      FunctionName: NAMES.lambdaFunction,
      Runtime: 'python3.12',
      Role: roleArn,
      Handler: 'run.handler',
      Code: { ZipFile: zipOf({ 'run.py': HANDLER }) },
      Timeout: 900,
      MemorySize: 1024,
    }),
  );
  return {
    functionName: NAMES.lambdaFunction,
    functionArn: created.FunctionArn!,
  };
}
