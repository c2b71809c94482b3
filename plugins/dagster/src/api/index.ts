export { dagsterApiRef } from './DagsterApi';
export type { DagsterApi } from './DagsterApi';
export { DagsterClient } from './DagsterClient';
export type * from './types';
