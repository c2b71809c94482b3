import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

export interface ProviderSettings {
  schedule: SchedulerServiceTaskScheduleDefinition;
  fallbackOwner: string;
  namespace: string;
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 3 },
};

/** Reads `catalog.providers.dagster`, with defaults for a small platform. */
export function readProviderSettings(config: Config): ProviderSettings {
  const c = config.getOptionalConfig('catalog.providers.dagster');
  return {
    schedule: c?.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          c.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    fallbackOwner:
      c?.getOptionalString('fallbackOwner') ??
      'group:default/data-platform-team',
    namespace: c?.getOptionalString('namespace') ?? 'default',
  };
}
