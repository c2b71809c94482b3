import { ResponseError } from '@backstage/errors';
import type {
  ChecksReport,
  DagsterStatus,
  LineageGraph,
  LineageOptions,
  ProjectList,
  ProjectRequest,
  RegisteredProject,
} from '../schema';

/**
 * How {@link DagsterBackendClient} reaches the dagster backend plugin.
 *
 * @public
 */
export interface DagsterBackendClientOptions {
  /** The plugin's base URL, such as `http://localhost:7007/api/dagster` (from discovery). */
  baseUrl: () => Promise<string>;
  /** A fetch that attaches the caller's Backstage token. */
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
}

/**
 * The dagster backend plugin's API, typed by its contract
 * (plugins/dagster-backend/src/schema/openapi.yaml). Used by the browser
 * and by other backend modules; answers that are not 2xx throw
 * `ResponseError` with the backend's message.
 *
 * @public
 */
export class DagsterBackendClient {
  constructor(private readonly options: DagsterBackendClientOptions) {}

  /** Whether Dagster is configured, whether the data is demo data, and the instances. */
  getStatus(): Promise<DagsterStatus> {
    return this.request('/status');
  }

  /** Every registered project the caller may read, optionally of one owner. */
  async listProjects(
    query: { owner?: string } = {},
  ): Promise<RegisteredProject[]> {
    const search = query.owner
      ? `?${new URLSearchParams({ owner: query.owner })}`
      : '';
    return (await this.request<ProjectList>(`/projects${search}`)).items;
  }

  /** One registered project, or undefined when no project has that name. */
  async getProject(name: string): Promise<RegisteredProject | undefined> {
    try {
      return await this.request<RegisteredProject>(
        `/projects/${encodeURIComponent(name)}`,
      );
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * Registers a project; with `dryRun` only checks that the registry would
   * (permission, the platform's rules, a free name) and stores nothing.
   */
  registerProject(
    project: ProjectRequest,
    options: { dryRun?: boolean } = {},
  ): Promise<RegisteredProject> {
    return this.request(`/projects${options.dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(project),
    });
  }

  /** The lineage around the assets of an entity (an asset or a project). */
  getLineage(
    entityRef: string,
    options: LineageOptions,
  ): Promise<LineageGraph> {
    const query = new URLSearchParams({
      entityRef,
      depth: String(options.depth),
      direction: options.direction,
    });
    return this.request(`/lineage?${query}`);
  }

  /** An asset entity's checks, or a project entity's roll-up of checks. */
  getChecks(entityRef: string): Promise<ChecksReport> {
    return this.request(`/checks?${new URLSearchParams({ entityRef })}`);
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.options.baseUrl();
    const response = await this.options.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
