import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { DagsterApi } from './DagsterApi';
import type {
  ChecksReport,
  DagsterStatus,
  LineageGraph,
  LineageOptions,
  RegisteredProject,
} from './types';

/**
 * {@link DagsterApi} over HTTP, talking to the `dagster` backend plugin.
 *
 * @public
 */
export class DagsterClient implements DagsterApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getStatus(): Promise<DagsterStatus> {
    return this.get<DagsterStatus>('/status');
  }

  async listProjects(): Promise<RegisteredProject[]> {
    const body = await this.get<{ items: RegisteredProject[] }>('/projects');
    return body.items;
  }

  async getProject(name: string): Promise<RegisteredProject | undefined> {
    try {
      return await this.get<RegisteredProject>(
        `/projects/${encodeURIComponent(name)}`,
      );
    } catch (error) {
      if (error instanceof ResponseError && error.statusCode === 404) {
        return undefined;
      }
      throw error;
    }
  }

  async getLineage(
    entityRef: string,
    options: LineageOptions,
  ): Promise<LineageGraph> {
    const query = new URLSearchParams({
      entityRef,
      depth: String(options.depth),
      direction: options.direction,
    });
    return this.get<LineageGraph>(`/lineage?${query}`);
  }

  async getChecks(entityRef: string): Promise<ChecksReport> {
    const query = new URLSearchParams({ entityRef });
    return this.get<ChecksReport>(`/checks?${query}`);
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('dagster');
    // fetchApi, not the global fetch, so the user's Backstage token is attached.
    const res = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as T;
  }
}
