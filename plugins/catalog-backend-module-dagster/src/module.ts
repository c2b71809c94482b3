import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  DagsterGraphQLClient,
  readDagsterInstanceConfigs,
} from '@internal/backstage-plugin-dagster-node';
import { DagsterEntityProvider } from './provider/DagsterEntityProvider';
import { readProviderSettings } from './provider/readProviderSettings';

/**
 * Brings Dagster code locations (projects) and assets into the catalog, one
 * entity provider per configured Dagster instance.
 *
 * @public
 */
export const catalogModuleDagster = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'dagster',
  register({ registerInit }) {
    registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ logger, config, scheduler, auth, catalog, processing }) {
        const instances = readDagsterInstanceConfigs(config);
        if (instances.length === 0) {
          logger.info(
            'No Dagster instances configured (dagster.instances); no Dagster entities will be ingested',
          );
          return;
        }
        const settings = readProviderSettings(config);
        for (const instance of instances) {
          processing.addEntityProvider(
            DagsterEntityProvider.create({
              instance,
              client: DagsterGraphQLClient.create({ instance, logger }),
              taskRunner: scheduler.createScheduledTaskRunner(
                settings.schedule,
              ),
              logger: logger.child({ dagsterInstance: instance.id }),
              catalog,
              auth,
              namespace: settings.namespace,
              fallbackOwner: settings.fallbackOwner,
            }),
          );
        }
      },
    });
  },
});
