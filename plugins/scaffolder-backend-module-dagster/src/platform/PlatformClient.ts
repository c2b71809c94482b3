import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ProjectRequest } from '@internal/backstage-plugin-dagster-common';

/**
 * The Dagster platform's project registry (dagster-backend), called on behalf
 * of the person running the template so its permission policy and audit log
 * see them, not the scaffolder.
 *
 * @public
 */
export class PlatformClient {
  constructor(
    private readonly options: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  /** Whether a project with this name is already registered. */
  async isRegistered(
    name: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const response = await this.call(
      `/projects/${encodeURIComponent(name)}`,
      credentials,
    );
    if (response.status === 404) return false;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return true;
  }

  /** Registers a project; the registry answers 409 when the name is taken. */
  async register(
    project: ProjectRequest,
    credentials: BackstageCredentials,
  ): Promise<{ registeredBy: string; registeredAt: string }> {
    const response = await this.call('/projects', credentials, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(project),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }

  private async call(
    path: string,
    credentials: BackstageCredentials,
    init: RequestInit = {},
  ): Promise<Response> {
    const { discovery, auth } = this.options;
    const [baseUrl, { token }] = await Promise.all([
      discovery.getBaseUrl('dagster'),
      auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: 'dagster',
      }),
    ]);
    return fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${token}` },
    });
  }
}
