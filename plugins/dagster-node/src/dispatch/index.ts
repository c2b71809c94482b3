export type {
  DispatchRequest,
  DispatchResult,
  DispatchStatus,
  DispatchTarget,
  Dispatcher,
} from './types';
export { PORTAL_TAGS, placementTags } from './tags';
export { DagsterDispatcher } from './DagsterDispatcher';
export type { DagsterRunClient } from './DagsterDispatcher';
export { EcsDispatcher } from './EcsDispatcher';
export { BatchDispatcher } from './BatchDispatcher';
export { LambdaDispatcher } from './LambdaDispatcher';
export { readAwsDispatchSettings } from './awsSettings';
export type { AwsDispatchSettings } from './awsSettings';
export { createAwsDispatchClients } from './awsClients';
export type { AwsDispatchClients } from './awsClients';
