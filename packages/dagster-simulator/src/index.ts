/**
 * A local Dagster webserver simulator: answers Dagster's GraphQL protocol
 * from a dataset, for the portal's demo mode and for tests. Not Dagster.
 *
 * @packageDocumentation
 */

export { startDagsterSimulator } from './server/start';
export type { DagsterSimulator, DagsterSimulatorOptions } from './server/start';
export { NO_FAULTS } from './server/faults';
export type { Faults } from './server/faults';
export { loadDemoDataset, loadDatasetFile, checkDataset } from './dataset/load';
export { generateWorkspace } from './generate/generateWorkspace';
export type { GenerateWorkspaceOptions } from './generate/generateWorkspace';
export type * from './dataset/types';
