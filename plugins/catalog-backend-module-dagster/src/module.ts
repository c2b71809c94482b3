import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  dagsterClientServiceRef,
  DagsterOwnerMapping,
  dagsterOwnerMappingExtensionPoint,
} from '@internal/backstage-plugin-dagster-node';
import { DagsterEntityProvider } from './provider/DagsterEntityProvider';
import { readProviderSettings } from './provider/readProviderSettings';

/**
 * Brings Dagster code locations (projects) and assets into the catalog, one
 * entity provider per configured Dagster instance, through the shared
 * Dagster client service (so `dagster.client.*` applies to ingestion too).
 * Other catalog modules may set the owner mapping
 * (`dagsterOwnerMappingExtensionPoint`).
 *
 * @public
 */
export const catalogModuleDagster = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'dagster',
  register(env) {
    let ownerMapping: DagsterOwnerMapping | undefined;
    env.registerExtensionPoint(dagsterOwnerMappingExtensionPoint, {
      setOwnerMapping(mapping) {
        if (ownerMapping) {
          throw new Error(
            'The Dagster owner mapping was already set by another module; only one may set it',
          );
        }
        ownerMapping = mapping;
      },
    });
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        processing: catalogProcessingExtensionPoint,
        dagster: dagsterClientServiceRef,
      },
      async init({
        logger,
        config,
        scheduler,
        auth,
        catalog,
        processing,
        dagster,
      }) {
        if (dagster.instances.length === 0) {
          logger.info(
            'No Dagster instances configured (dagster.instances); no Dagster entities will be ingested',
          );
          return;
        }
        const settings = readProviderSettings(config);
        for (const instance of dagster.instances) {
          processing.addEntityProvider(
            DagsterEntityProvider.create({
              instance,
              client: dagster.forInstance(instance.id),
              taskRunner: scheduler.createScheduledTaskRunner(
                settings.schedule,
              ),
              logger: logger.child({ dagsterInstance: instance.id }),
              catalog,
              auth,
              namespace: settings.namespace,
              fallbackOwner: settings.fallbackOwner,
              ownerMapping,
            }),
          );
        }
      },
    });
  },
});
