import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { DagsterProvider } from './provider/DagsterProvider';

export const catalogModuleDagster = createBackendModule({
  moduleId: 'dagster-provider',
  pluginId: 'catalog',
  register({ registerInit }) {
    registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ logger, scheduler, config, processing }) {
        processing.addEntityProvider(
          DagsterProvider.fromConfig(config, {
            logger,
            scheduler,
          }),
        );
      }
    });
  },
})
