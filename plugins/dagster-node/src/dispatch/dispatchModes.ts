import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * How a project's requests are dispatched: `dagster` (a run through
 * Dagster, whose run launcher places it) or `aws` (straight to ECS, Batch
 * or Lambda by the placement decision).
 *
 * @public
 */
export type DispatchMode = 'dagster' | 'aws';

/**
 * `dagster.dispatch`: the default mode, each project's own, and the Dagster
 * instance runs are launched on.
 *
 * @public
 */
export interface DispatchModeSettings {
  defaultMode: DispatchMode;
  projects: Record<string, DispatchMode>;
  /** Id of the Dagster instance of `dagster.instances`; the first one when absent. */
  instance?: string;
}

function modeAt(value: string, where: string): DispatchMode {
  if (value !== 'dagster' && value !== 'aws') {
    throw new InputError(`${where} must be dagster or aws, got "${value}"`);
  }
  return value;
}

/**
 * Reads `dagster.dispatch` (everything through Dagster when absent).
 *
 * @public
 */
export function readDispatchModeSettings(config: Config): DispatchModeSettings {
  const dispatch = config.getOptionalConfig('dagster.dispatch');
  const projects = dispatch?.getOptionalConfig('projects');
  return {
    defaultMode: modeAt(
      dispatch?.getOptionalString('default') ?? 'dagster',
      'dagster.dispatch.default',
    ),
    projects: Object.fromEntries(
      (projects?.keys() ?? []).map(project => [
        project,
        modeAt(
          projects!.getString(project),
          `dagster.dispatch.projects.${project}`,
        ),
      ]),
    ),
    instance: dispatch?.getOptionalString('instance'),
  };
}
