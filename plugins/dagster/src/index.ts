/**
 * Frontend of the Dagster plugin family: the data platform page, the API
 * client of the Dagster backend, and helpers for entity pages.
 *
 * @packageDocumentation
 */
export {
  dagsterPlugin,
  DagsterPage,
  EntityDagsterChecksContent,
  EntityDagsterLineageContent,
  EntityDagsterProjectCard,
  DagsterProjectNamePickerFieldExtension,
} from './plugin';
export { DemoDataMarker } from './components/DemoDataMarker';
export { isDagsterAvailable } from './isDagsterAvailable';
export {
  isDagsterAssetEntity,
  isDagsterProjectEntity,
} from './isDagsterEntity';
export * from './api';
