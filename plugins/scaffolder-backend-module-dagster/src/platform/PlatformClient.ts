import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, ResponseError } from '@backstage/errors';
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
    private readonly options: {
      discovery: DiscoveryService;
      auth: AuthService;
    },
  ) {}

  /**
   * Whether the registry would accept this project from this person: allowed
   * to create projects, the platform's rules, a free name. Stores nothing.
   */
  async check(
    project: ProjectRequest,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.post('/projects?dryRun=true', project, credentials);
  }

  /** Registers a project; refused like {@link PlatformClient.check}. */
  async register(
    project: ProjectRequest,
    credentials: BackstageCredentials,
  ): Promise<{ registeredBy: string; registeredAt: string }> {
    return (await this.post('/projects', project, credentials)).json();
  }

  private async post(
    path: string,
    project: ProjectRequest,
    credentials: BackstageCredentials,
  ): Promise<Response> {
    const { discovery, auth } = this.options;
    const [baseUrl, { token }] = await Promise.all([
      discovery.getBaseUrl('dagster'),
      auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: 'dagster',
      }),
    ]);
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(project),
    });
    if (response.ok) return response;
    const error = await ResponseError.fromResponse(response);
    const message = error.body?.error?.message ?? error.message;
    switch (response.status) {
      case 400:
        throw new InputError(
          `The platform's registry refused the project: ${message}`,
        );
      case 403:
        // The registry's own words ("You are not allowed to create projects"), placed.
        throw new NotAllowedError(`${message} on the data platform`);
      case 409:
        throw new InputError(`name: ${message}; choose another name`);
      default:
        throw error;
    }
  }
}
