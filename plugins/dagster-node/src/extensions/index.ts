export {
  dagsterOwnerMappingExtensionPoint,
  defaultDagsterOwnerMapping,
} from './ownerMapping';
export type {
  DagsterOwnerDecision,
  DagsterOwnerDirectory,
  DagsterOwnerMapping,
  DagsterOwnerMappingExtensionPoint,
  DagsterOwnerMappingInput,
} from './ownerMapping';
