import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { dagsterPermissions } from '@internal/backstage-plugin-dagster-common';
import { readDagsterInstanceConfigs } from '@internal/backstage-plugin-dagster-node';
import { DatabaseProjectStore } from './projects/DatabaseProjectStore';
import { createRouter } from './router';

/**
 * The Dagster platform backend plugin: project registry and (as they arrive)
 * lineage, checks, cost, compliance and materialisation routes.
 *
 * @public
 */
export const dagsterPlugin = createBackendPlugin({
  pluginId: 'dagster',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
      },
      async init({ config, logger, database, httpAuth, httpRouter, permissions, permissionsRegistry, auditor }) {
        const instances = readDagsterInstanceConfigs(config);
        if (instances.length === 0) {
          logger.info('No Dagster instances configured (dagster.instances); Dagster data is not available');
        }
        permissionsRegistry.addPermissions(dagsterPermissions);
        const projects = await DatabaseProjectStore.create({ database });
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            auditor,
            projects,
            instances,
            demo: config.getOptionalBoolean('dagster.demo') ?? false,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
