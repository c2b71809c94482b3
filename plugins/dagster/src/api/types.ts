/*
 * The answers of the dagster backend, as its contract defines them
 * (generated into dagster-common from plugins/dagster-backend/src/schema/openapi.yaml).
 */
export type {
  AssetCheck,
  AssetChecksReport,
  CheckCounts,
  CheckExecution,
  CheckStatus,
  ChecksReport,
  DagsterInstanceSummary,
  DagsterStatus,
  LineageDirection,
  LineageGraph,
  LineageNode,
  LineageOptions,
  ProjectChecksReport,
  RegisteredProject,
} from '@internal/backstage-plugin-dagster-common';
