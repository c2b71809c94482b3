export type {
  DispatchRequest,
  DispatchResult,
  DispatchStatus,
  DispatchTarget,
  Dispatcher,
} from './types';
export { PORTAL_TAGS, placementTags } from './tags';
export { DagsterDispatcher } from './DagsterDispatcher';
export { EcsDispatcher } from './EcsDispatcher';
export { BatchDispatcher } from './BatchDispatcher';
export { LambdaDispatcher } from './LambdaDispatcher';
export { readAwsDispatchSettings } from './awsSettings';
export type { AwsDispatchSettings } from './awsSettings';
export { createAwsDispatchClients } from './awsClients';
export type { AwsDispatchClients } from './awsClients';
export { readDispatchModeSettings } from './dispatchModes';
export type { DispatchMode, DispatchModeSettings } from './dispatchModes';
export {
  DefaultDispatchService,
  dagsterDispatchServiceRef,
} from './DispatchService';
export type { DispatchService } from './DispatchService';
