// The route answers are shared with the frontend through dagster-common.
export type {
  AssetCheck,
  AssetChecksReport,
  CheckExecution,
  CheckCounts,
  CheckStatus,
  LineageDirection,
  LineageGraph,
  LineageNode,
  ProjectChecksReport,
} from '@internal/backstage-plugin-dagster-common';

/** What an entity stands for in Dagster, from its annotations. */
export type DagsterTarget =
  | {
      kind: 'asset';
      instanceId: string;
      assetKey: string[];
      /** The code location the catalog says defines the asset, when it says. */
      location?: string;
    }
  | { kind: 'project'; instanceId: string; location: string };
