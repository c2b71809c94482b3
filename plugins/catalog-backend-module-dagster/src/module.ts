import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { readDagsterInstanceConfigs } from '@internal/backstage-plugin-dagster-node';

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
      },
      async init({ logger, config }) {
        // Reading the config here makes a mistyped instance fail the start-up.
        const instances = readDagsterInstanceConfigs(config);
        if (instances.length === 0) {
          logger.info('No Dagster instances configured (dagster.instances); no Dagster entities will be ingested');
          return;
        }
        logger.warn(
          `Dagster instances configured (${instances.map(i => i.id).join(', ')}), but catalog ingestion is not built yet: no Dagster entities will be ingested`,
        );
      },
    });
  },
});
