import { BatchClient } from '@aws-sdk/client-batch';
import { ECSClient } from '@aws-sdk/client-ecs';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { AwsDispatchSettings } from './awsSettings';

/**
 * The AWS SDK v3 clients of direct dispatch, built once and shared.
 *
 * @public
 */
export interface AwsDispatchClients {
  ecs: ECSClient;
  batch: BatchClient;
  lambda: LambdaClient;
}

/**
 * Builds the clients from the settings: region, endpoint override, the
 * standard retry strategy with `maxAttempts` (it retries throttling and
 * 5xx with backoff). Credentials come from the SDK's default chain unless
 * given (the tests give moto's fake ones).
 *
 * @public
 */
export function createAwsDispatchClients(
  settings: AwsDispatchSettings,
  options: {
    credentials?: { accessKeyId: string; secretAccessKey: string };
  } = {},
): AwsDispatchClients {
  const config = {
    region: settings.region,
    endpoint: settings.endpoint,
    maxAttempts: settings.maxAttempts,
    retryMode: 'standard',
    credentials: options.credentials,
  };
  return {
    ecs: new ECSClient(config),
    batch: new BatchClient(config),
    lambda: new LambdaClient(config),
  };
}
