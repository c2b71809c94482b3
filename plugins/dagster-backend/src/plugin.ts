import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { dagsterPermissions } from '@internal/backstage-plugin-dagster-common';
import { dagsterClientServiceRef } from '@internal/backstage-plugin-dagster-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { DagsterReadService } from './reads/DagsterReadService';
import { createReadRouter } from './reads/readRouter';
import { DatabaseProjectStore } from './projects/DatabaseProjectStore';
import { createRouter } from './router';
import { refuseUndocumentedMethods, serveContract } from './schema/router';

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
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
        dagster: dagsterClientServiceRef,
      },
      async init({
        config,
        logger,
        database,
        httpAuth,
        httpRouter,
        permissions,
        permissionsRegistry,
        auditor,
        userInfo,
        catalog,
        dagster,
      }) {
        const { instances } = dagster;
        if (instances.length === 0) {
          logger.info(
            'No Dagster instances configured (dagster.instances); Dagster data is not available',
          );
        }
        permissionsRegistry.addPermissions(dagsterPermissions);
        const projects = await DatabaseProjectStore.create({ database });
        const reads = DagsterReadService.create({
          dagster,
          logger,
          deadlineMs: dagster.settings.deadlineMs,
          cacheTtlMs: config.getOptionalNumber('dagster.cache.ttlMs'),
        });
        const router = await createRouter({
          httpAuth,
          permissions,
          userInfo,
          auditor,
          projects,
          instances,
          instanceHealth: () => reads.instanceHealth(),
          demo: config.getOptionalBoolean('dagster.demo') ?? false,
        });
        router.use(
          await createReadRouter({ httpAuth, permissions, catalog, reads }),
        );
        router.use(refuseUndocumentedMethods());
        httpRouter.use(serveContract());
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        // The contract is public: it tells a client how to call, never any data.
        httpRouter.addAuthPolicy({
          path: '/openapi.json',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
