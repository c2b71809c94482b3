import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { DagsterClientService, dagsterClientServiceRef } from '../service';
import { createAwsDispatchClients } from './awsClients';
import { AwsDispatchSettings, readAwsDispatchSettings } from './awsSettings';
import { BatchDispatcher } from './BatchDispatcher';
import { DagsterDispatcher } from './DagsterDispatcher';
import {
  DispatchMode,
  DispatchModeSettings,
  readDispatchModeSettings,
} from './dispatchModes';
import { EcsDispatcher } from './EcsDispatcher';
import { LambdaDispatcher } from './LambdaDispatcher';
import { Dispatcher, DispatchRequest, DispatchTarget } from './types';

/**
 * The dispatchers of the backend, chosen per project.
 *
 * @public
 */
export interface DispatchService {
  /** The mode of a project's requests (`dagster.dispatch`). */
  modeOf(project: string): DispatchMode;
  /**
   * The dispatcher of a request: Dagster's in `dagster` mode; in `aws` mode
   * ECS for Fargate, Batch for Batch and Lambda for Lambda decisions, and
   * Dagster for EKS (there is no direct EKS dispatch: Dagster's
   * K8sRunLauncher reads the dagster-k8s/config tag).
   */
  dispatcherFor(request: DispatchRequest): Dispatcher;
  /** The dispatcher of a target, to ask the status of an earlier dispatch. */
  forTarget(target: DispatchTarget): Dispatcher;
}

const TARGET_OF_COMPUTE: Record<string, DispatchTarget> = {
  fargate: 'ecs',
  'fargate-spot': 'ecs',
  'batch-spot': 'batch',
  'batch-on-demand': 'batch',
  lambda: 'lambda',
  eks: 'dagster',
};

/**
 * The default {@link DispatchService}, from `dagster.dispatch` and
 * `dagster.aws`; the AWS clients are built once, when `dagster.aws` is set.
 *
 * @public
 */
export class DefaultDispatchService implements DispatchService {
  static fromConfig(
    config: Config,
    dagster: DagsterClientService,
  ): DefaultDispatchService {
    const modes = readDispatchModeSettings(config);
    const aws = readAwsDispatchSettings(config);
    const instanceId = modes.instance ?? dagster.instances[0]?.id;
    const dispatchers: Partial<Record<DispatchTarget, Dispatcher>> = {};
    if (instanceId) {
      dispatchers.dagster = new DagsterDispatcher(
        dagster.forInstance(instanceId),
      );
    }
    if (aws) Object.assign(dispatchers, awsDispatchers(aws));
    return new DefaultDispatchService(modes, dispatchers);
  }

  private constructor(
    private readonly modes: DispatchModeSettings,
    private readonly dispatchers: Partial<Record<DispatchTarget, Dispatcher>>,
  ) {}

  modeOf(project: string): DispatchMode {
    return this.modes.projects[project] ?? this.modes.defaultMode;
  }

  dispatcherFor(request: DispatchRequest): Dispatcher {
    const target =
      this.modeOf(request.project) === 'dagster'
        ? 'dagster'
        : TARGET_OF_COMPUTE[request.decision.compute];
    return this.forTarget(target);
  }

  forTarget(target: DispatchTarget): Dispatcher {
    const dispatcher = this.dispatchers[target];
    if (!dispatcher) {
      throw new InputError(
        target === 'dagster'
          ? 'Dispatch through Dagster needs a Dagster instance (dagster.instances, dagster.dispatch.instance)'
          : `Dispatch to ${target} is not configured (dagster.aws.${target})`,
      );
    }
    return dispatcher;
  }
}

function awsDispatchers(settings: AwsDispatchSettings) {
  const clients = createAwsDispatchClients(settings);
  const dispatchers: Partial<Record<DispatchTarget, Dispatcher>> = {};
  if (settings.ecs) {
    dispatchers.ecs = new EcsDispatcher(clients.ecs, settings.ecs);
  }
  if (settings.batch) {
    dispatchers.batch = new BatchDispatcher(clients.batch, settings.batch);
  }
  if (settings.lambda) {
    dispatchers.lambda = new LambdaDispatcher(clients.lambda, settings.lambda);
  }
  return dispatchers;
}

/**
 * The dispatchers of the backend (id `dagster.dispatch`), root-scoped so
 * the AWS clients and the Lambda dispatcher's memory are shared. It uses
 * the Dagster clients of {@link dagsterClientServiceRef}.
 *
 * @public
 */
export const dagsterDispatchServiceRef = createServiceRef<DispatchService>({
  id: 'dagster.dispatch',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        dagster: dagsterClientServiceRef,
      },
      factory: ({ config, dagster }) =>
        DefaultDispatchService.fromConfig(config, dagster),
    }),
});
