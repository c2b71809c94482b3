/** The region of the demo's AWS. @public */
export const DEMO_AWS_REGION = 'eu-west-2';

/**
 * Credentials for moto, which accepts any: fixed fake ones, so nothing ever
 * picks up a real profile from the environment.
 *
 * @public
 */
export const DEMO_AWS_CREDENTIALS = {
  accessKeyId: 'AKIAMOTODEMO',
  secretAccessKey: 'moto-demo-secret',
};

/**
 * The configuration of an AWS SDK v3 client that talks to the moto at
 * `endpoint`: `new ECSClient(demoAwsClientConfig(endpoint))`.
 *
 * @public
 */
export function demoAwsClientConfig(endpoint: string) {
  return {
    endpoint,
    region: DEMO_AWS_REGION,
    credentials: DEMO_AWS_CREDENTIALS,
  };
}
