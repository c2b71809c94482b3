import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, ResponseError } from '@backstage/errors';
import {
  DagsterBackendClient,
  ProjectRequest,
  RegisteredProject,
} from '@internal/backstage-plugin-dagster-common';

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
    await this.register(project, credentials, { dryRun: true });
  }

  /** Registers a project; refused like {@link PlatformClient.check}. */
  async register(
    project: ProjectRequest,
    credentials: BackstageCredentials,
    options: { dryRun?: boolean } = {},
  ): Promise<RegisteredProject> {
    try {
      return await this.clientFor(credentials).registerProject(
        project,
        options,
      );
    } catch (error) {
      throw placed(error);
    }
  }

  /** The contract's client, with a token on behalf of the person. */
  private clientFor(credentials: BackstageCredentials): DagsterBackendClient {
    const { discovery, auth } = this.options;
    return new DagsterBackendClient({
      baseUrl: () => discovery.getBaseUrl('dagster'),
      fetch: async (url, init) => {
        const { token } = await auth.getPluginRequestToken({
          onBehalfOf: credentials,
          targetPluginId: 'dagster',
        });
        return fetch(url, {
          ...init,
          headers: { ...init?.headers, authorization: `Bearer ${token}` },
        });
      },
    });
  }
}

/** The registry's refusal in the words a template step should show. */
function placed(error: unknown): unknown {
  if (!(error instanceof ResponseError)) return error;
  const message = error.body?.error?.message ?? error.message;
  switch (error.statusCode) {
    case 400:
      return new InputError(
        `The platform's registry refused the project: ${message}`,
      );
    case 403:
      // The registry's own words ("You are not allowed to create projects"), placed.
      return new NotAllowedError(`${message} on the data platform`);
    case 409:
      return new InputError(`name: ${message}; choose another name`);
    default:
      return error;
  }
}
