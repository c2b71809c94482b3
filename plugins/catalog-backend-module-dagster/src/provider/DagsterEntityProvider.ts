import {
  AuthService,
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogService,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import type {
  DagsterClient,
  DagsterInstanceConfig,
  DagsterOwnerMapping,
} from '@internal/backstage-plugin-dagster-node';
import { workspaceToEntities } from './workspaceToEntities';
import { loadOwnerDirectory, loadProvidedEntities } from './catalogLookups';

/** @public */
export interface DagsterEntityProviderOptions {
  instance: DagsterInstanceConfig;
  client: DagsterClient;
  taskRunner: SchedulerServiceTaskRunner;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
  namespace: string;
  fallbackOwner: string;
  /** Who owns what; the built-in mapping when left out. */
  ownerMapping?: DagsterOwnerMapping;
}

/**
 * Emits one Dagster instance's code locations (as System entities) and assets
 * (as Resource entities of type dagster-asset). Only a successful read of a
 * location replaces that location's entities: when Dagster cannot be read, or
 * a location fails to load, the last good entities stay.
 *
 * @public
 */
export class DagsterEntityProvider implements EntityProvider {
  static create(options: DagsterEntityProviderOptions): DagsterEntityProvider {
    return new DagsterEntityProvider(options);
  }

  private connection?: EntityProviderConnection;
  private lastGood?: Map<string, Entity[]>;
  private readonly locationRef: string;

  private constructor(private readonly options: DagsterEntityProviderOptions) {
    this.locationRef = `url:${options.instance.webUrl}`;
  }

  getProviderName(): string {
    return `dagster-provider:${this.options.instance.id}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    const id = `${this.getProviderName()}:refresh`;
    await this.options.taskRunner.run({
      id,
      fn: async () => {
        const logger = this.options.logger.child({ taskId: id });
        try {
          await this.refresh(logger);
        } catch (error) {
          logger.error(
            `Dagster refresh failed; the catalog keeps the last good entities`,
            error as Error,
          );
        }
      },
    });
  }

  /** Reads Dagster once and updates the catalog. Exposed for tests and the preview. */
  async refresh(
    logger: LoggerService = this.options.logger,
  ): Promise<{ entities: number } | undefined> {
    if (!this.connection)
      throw new Error(`${this.getProviderName()} is not connected`);
    const { instance, client, catalog, auth } = this.options;
    let workspace;
    try {
      workspace = await client.readWorkspace();
    } catch (error) {
      logger.warn(
        `Could not read Dagster instance "${instance.id}": ${
          (error as Error).message
        }. Keeping the last good entities.`,
      );
      return undefined;
    }
    const directory = await loadOwnerDirectory(catalog, auth);
    this.lastGood ??= await loadProvidedEntities(
      catalog,
      auth,
      instance.id,
      this.locationRef,
    );

    const result = workspaceToEntities(workspace, this.lastGood, {
      instanceId: instance.id,
      webUrl: instance.webUrl,
      namespace: this.options.namespace,
      fallbackOwner: this.options.fallbackOwner,
      ownerMapping: this.options.ownerMapping,
      directory,
      locationRef: this.locationRef,
    });
    for (const message of result.problems) logger.warn(message);

    await this.connection.applyMutation({
      type: 'full',
      entities: result.entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    this.lastGood = result.byLocation;
    logger.info(
      `Dagster instance "${instance.id}" (version ${workspace.serverVersion}): ${result.entities.length} entities from ${result.byLocation.size} projects`,
    );
    return { entities: result.entities.length };
  }
}
