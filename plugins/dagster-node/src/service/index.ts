export {
  dagsterClientServiceRef,
  DefaultDagsterClientService,
} from './DagsterClientService';
export type {
  DagsterClientService,
  DagsterInstanceClient,
} from './DagsterClientService';
export { readDagsterClientSettings } from './settings';
export type { DagsterClientSettings } from './settings';
