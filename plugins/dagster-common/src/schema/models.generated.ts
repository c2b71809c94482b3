// Generated from plugins/dagster-backend/src/schema/openapi.yaml by
// `yarn workspace @internal/backstage-plugin-dagster-backend openapi:generate`. Do not edit.

/**
 * Backstage's error body.
 *
 * @public
 */
export interface ErrorBody {
  error: {
    name: string;
    message: string;
  };
  request?: {
    method?: string;
    url?: string;
  };
  response?: {
    statusCode?: number;
  };
}

/**
 * A Dagster instance the backend reads from, as the browser may see it: only its id and UI link, never its GraphQL URL or token.
 *
 * @public
 */
export interface DagsterInstanceSummary {
  id: string;
  webUrl: string;
  /**
   * The Dagster version the instance reports, when it answered.
   */
  version?: string;
  /**
   * Why the instance did not answer, when it did not.
   */
  problem?: string;
}

/**
 * Whether the Dagster backend is set up, and against what.
 *
 * @public
 */
export interface DagsterStatus {
  /**
   * True when at least one entry of `dagster.instances` is configured.
   */
  configured: boolean;
  /**
   * True when the data is demo data (`dagster.demo`): the demo estate, not production.
   */
  demo: boolean;
  instances: Array<DagsterInstanceSummary>;
}

/**
 * Government Security Classifications a project on this platform may hold. OFFICIAL-SENSITIVE is a handling caveat on OFFICIAL, not a separate level.
 *
 * @public
 */
export type ProjectClassification = "OFFICIAL" | "OFFICIAL-SENSITIVE";

/**
 * UK GDPR Article 6 lawful bases, as stored in the registry.
 *
 * @public
 */
export type LawfulBasis = "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";

/**
 * What a team tells the platform about a new pipeline project. The platform's rules (name form, owner reference, lawful basis and retention when personal data is processed) are checked beyond this shape; each broken rule is a 400 naming its field.
 *
 * @public
 */
export interface ProjectRequest {
  name: string;
  /**
   * The owning group, such as group:default/data-team.
   */
  owner: string;
  costCentre: string;
  monthlyBudgetGbp: number;
  /**
   * OFFICIAL or OFFICIAL-SENSITIVE (ProjectClassification); another value is a 400 that says why (SECRET needs an accredited system).
   */
  classification: string;
  personalData: boolean;
  /**
   * A LawfulBasis; required when personalData is true.
   */
  lawfulBasis?: string;
  /**
   * An ISO 8601 duration, such as P7Y.
   */
  retentionPeriod?: string;
  /**
   * The government department or agency the project works for.
   */
  department?: string;
}

/**
 * A pipeline project in the platform's registry. The money fields (costCentre, monthlyBudgetGbp) are left out for callers without dagster.cost.read.
 *
 * @public
 */
export interface RegisteredProject {
  name: string;
  owner: string;
  costCentre?: string;
  monthlyBudgetGbp?: number;
  classification: ProjectClassification;
  personalData: boolean;
  lawfulBasis?: LawfulBasis;
  retentionPeriod?: string;
  department?: string;
  /**
   * Entity ref (or service subject) of whoever registered the project.
   */
  registeredBy: string;
  /**
   * ISO 8601 timestamp of the registration.
   */
  registeredAt: string;
}

/**
 * @public
 */
export interface ProjectList {
  items: Array<RegisteredProject>;
}

/**
 * Which way a lineage walk goes from the entity's assets.
 *
 * @public
 */
export type LineageDirection = "upstream" | "downstream" | "both";

/**
 * The roll-up of an asset's checks, or the latest result of one check.
 *
 * @public
 */
export type CheckStatus = "passing" | "failing" | "warning" | "unknown";

/**
 * @public
 */
export interface LineageNodeStatus {
  lastMaterializedAt?: string;
  lastRunStatus?: string;
  running: boolean;
  checks: CheckStatus | "none";
}

/**
 * An asset in a lineage graph, with its latest state.
 *
 * @public
 */
export interface LineageNode {
  /**
   * The asset key joined with `/`, as in the `dagster.io/asset-key` annotation.
   */
  key: string;
  /**
   * The catalog (Resource) entity name of the asset, when it has a plain one.
   */
  entityName?: string;
  /**
   * Code location (project) of the asset.
   */
  location: string;
  group: string | null;
  status: LineageNodeStatus;
}

/**
 * Data flows from `from` to `to`.
 *
 * @public
 */
export interface LineageEdge {
  from: string;
  to: string;
}

/**
 * The lineage around an entity's assets.
 *
 * @public
 */
export interface LineageGraph {
  instanceId: string;
  /**
   * Keys of the entity's own assets, where the walk started.
   */
  roots: Array<string>;
  depth: number;
  direction: LineageDirection;
  nodes: Array<LineageNode>;
  edges: Array<LineageEdge>;
  /**
   * True when the walk stopped at the backend's node limit.
   */
  truncated: boolean;
}

/**
 * How far and which way to walk the lineage.
 *
 * @public
 */
export interface LineageOptions {
  /**
   * Hops from the entity's assets, 1 to 5.
   */
  depth: number;
  direction: LineageDirection;
}

/**
 * @public
 */
export type Severity = "WARN" | "ERROR";

/**
 * One execution of an asset check.
 *
 * @public
 */
export interface CheckExecution {
  runId: string;
  /**
   * Dagster's execution status, for example `SUCCEEDED`, `FAILED`, `IN_PROGRESS`.
   */
  status: string;
  timestamp: string;
  severity?: Severity;
  success?: boolean;
  description?: string | null;
}

/**
 * An asset check with its latest result and recent history.
 *
 * @public
 */
export interface AssetCheck {
  name: string;
  description: string | null;
  /**
   * Whether a failure stops downstream materialisations.
   */
  blocking: boolean;
  status: CheckStatus;
  severity: Severity | null;
  lastRunAt: string | null;
  lastRunId: string | null;
  history: Array<CheckExecution>;
  /**
   * Succeeded over finished executions of `history`; null when none finished.
   */
  passRate: number | null;
}

/**
 * The checks of one asset entity.
 *
 * @public
 */
export interface AssetChecksReport {
  kind: "asset";
  instanceId: string;
  assetKey: string;
  status: CheckStatus | "none";
  checks: Array<AssetCheck>;
}

/**
 * Counts by check status.
 *
 * @public
 */
export interface CheckCounts {
  passing: number;
  failing: number;
  warning: number;
  unknown: number;
}

/**
 * @public
 */
export interface ProjectCheckItem {
  assetKey: string;
  status: CheckStatus;
  checks: number;
}

/**
 * The roll-up of checks over a project (code location).
 *
 * @public
 */
export interface ProjectChecksReport {
  kind: "project";
  instanceId: string;
  location: string;
  assets: CheckCounts;
  checks: CheckCounts;
  /**
   * Assets of the location that have checks, with their roll-up.
   */
  items: Array<ProjectCheckItem>;
}

/**
 * What `GET /checks` answers: an asset's checks or a project's roll-up.
 *
 * @public
 */
export type ChecksReport = AssetChecksReport | ProjectChecksReport;
