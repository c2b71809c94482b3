import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /** How Dagster instances (dagster.instances) are brought into the catalog. */
      dagster?: {
        /** How often each instance is read; default every 5 minutes, 3 minute timeout. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** Owner of assets whose Dagster owners the catalog does not know; default group:default/data-platform-team. */
        fallbackOwner?: string;
        /** Catalog namespace of the entities; default "default". */
        namespace?: string;
      };
    };
  };
}
