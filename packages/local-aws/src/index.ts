/**
 * Runs moto's AWS server from the portal's Python toolchain, with the demo's
 * ECS, Lambda and Batch set up, for the demo and the tests.
 *
 * @packageDocumentation
 */
export { startMotoServer, MOTO_CONFIG } from './motoServer';
export type { MotoServer, MotoServerOptions } from './motoServer';
export { setUpDemoAws } from './setUpDemoAws';
export type { DemoAwsResources } from './setUpDemoAws';
export { startDemoAws, useDemoAws } from './demoAws';
export type { DemoAws } from './demoAws';
export {
  DEMO_AWS_REGION,
  DEMO_AWS_CREDENTIALS,
  demoAwsClientConfig,
} from './clientConfig';
