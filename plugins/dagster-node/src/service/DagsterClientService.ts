import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { DagsterGraphQLClient } from '../client';
import type {
  DagsterAssetReadClient,
  DagsterClient,
  DagsterClientLogger,
  DagsterRunClient,
} from '../client';
import { DagsterInstanceConfig, readDagsterInstanceConfigs } from '../config';
import { DagsterClientSettings, readDagsterClientSettings } from './settings';

/**
 * The client of one Dagster instance: what the catalog reads, what the
 * portal's pages read, and the runs the Dagster dispatcher launches.
 *
 * @public
 */
export type DagsterInstanceClient = DagsterClient &
  DagsterAssetReadClient &
  DagsterRunClient;

/**
 * The configured Dagster instances and one client each, built once for the
 * whole backend from `dagster.instances` and `dagster.client.*`, so the
 * catalog module and the backend plugin share the same settings, clients
 * and version handshakes.
 *
 * @public
 */
export interface DagsterClientService {
  /** The configured instances, in configuration order. */
  readonly instances: DagsterInstanceConfig[];
  /** `dagster.client.*` as read at start-up. */
  readonly settings: DagsterClientSettings;
  /** The client of a configured instance; throws `NotFoundError` for any other id. */
  forInstance(instanceId: string): DagsterInstanceClient;
}

/**
 * The default {@link DagsterClientService}: one {@link DagsterGraphQLClient}
 * per configured instance with the configured settings.
 *
 * @public
 */
export class DefaultDagsterClientService implements DagsterClientService {
  static fromConfig(
    config: Config,
    options: { logger?: DagsterClientLogger } = {},
  ): DefaultDagsterClientService {
    const instances = readDagsterInstanceConfigs(config);
    const settings = readDagsterClientSettings(config);
    const { deadlineMs, ...clientOptions } = settings;
    const clients = new Map(
      instances.map(instance => [
        instance.id,
        DagsterGraphQLClient.create({
          ...clientOptions,
          instance,
          logger: options.logger,
        }),
      ]),
    );
    return new DefaultDagsterClientService(instances, settings, clients);
  }

  private constructor(
    readonly instances: DagsterInstanceConfig[],
    readonly settings: DagsterClientSettings,
    private readonly clients: Map<string, DagsterInstanceClient>,
  ) {}

  forInstance(instanceId: string): DagsterInstanceClient {
    const client = this.clients.get(instanceId);
    if (!client) {
      throw new NotFoundError(
        `Dagster instance "${instanceId}" is not configured (dagster.instances)`,
      );
    }
    return client;
  }
}

/**
 * The Dagster clients of the backend (id `dagster.client`), root-scoped so
 * the configuration is read once. Its default factory builds a
 * {@link DefaultDagsterClientService}; a backend may install its own
 * factory for this ref instead.
 *
 * @public
 */
export const dagsterClientServiceRef = createServiceRef<DagsterClientService>({
  id: 'dagster.client',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.rootLogger,
      },
      factory: ({ config, logger }) =>
        DefaultDagsterClientService.fromConfig(config, {
          logger: logger.child({ service: 'dagster-client' }),
        }),
    }),
});
