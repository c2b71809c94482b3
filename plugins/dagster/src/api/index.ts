export { dagsterApiRef } from './DagsterApi';
export type { DagsterApi } from './DagsterApi';
export { DagsterClient } from './DagsterClient';
export type {
  AssetCheck,
  AssetChecksReport,
  CheckCounts,
  CheckExecution,
  CheckStatus,
  ChecksReport,
  LineageDirection,
  LineageGraph,
  LineageNode,
  LineageOptions,
  ProjectChecksReport,
  DagsterInstanceSummary,
  DagsterStatus,
  RegisteredProject,
} from './types';
