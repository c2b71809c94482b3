import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { DefaultDagsterClientService } from '../service';
import {
  DefaultDispatchService,
  DispatchService,
  dagsterDispatchServiceRef,
} from './DispatchService';
import { requestFor, SHORT_RETRY_SAFE } from './__testUtils__/requests';

/*
 * Which dispatcher a request gets. Nothing is sent: the endpoints are never
 * called (the dispatchers themselves are tested on real Dagster and moto).
 */

const AWS = {
  region: 'eu-west-2',
  endpoint: 'http://127.0.0.1:9',
  ecs: {
    cluster: 'dagster-portal',
    taskDefinition: 'dagster-run',
    containerName: 'run',
    subnets: ['subnet-1'],
  },
  batch: {
    spotQueue: 'dagster-portal-spot',
    onDemandQueue: 'dagster-portal-on-demand',
    jobDefinition: 'dagster-run',
  },
  lambda: { functionName: 'dagster-portal-run' },
};

const configOf = (dagster: JsonObject) =>
  new ConfigReader({
    dagster: {
      instances: [{ id: 'demo', graphqlUrl: 'http://127.0.0.1:9/graphql' }],
      ...dagster,
    },
  });

const serviceOf = (dagster: JsonObject) => {
  const config = configOf(dagster);
  return DefaultDispatchService.fromConfig(
    config,
    DefaultDagsterClientService.fromConfig(config),
  );
};

const WORKLOADS = {
  'fargate-spot': SHORT_RETRY_SAFE,
  'batch-spot': {
    'platform/expected-duration-minutes': '90',
    'platform/safe-to-retry': 'true',
  },
  lambda: { ...SHORT_RETRY_SAFE, 'platform/stateless': 'true' },
  eks: { ...SHORT_RETRY_SAFE, 'platform/parallelism': '4' },
};

describe('DefaultDispatchService', () => {
  it('sends everything through Dagster by default', () => {
    const service = serviceOf({ aws: AWS });
    for (const tags of Object.values(WORKLOADS)) {
      expect(service.dispatcherFor(requestFor({ tags })).target).toBe(
        'dagster',
      );
    }
  });

  it('in aws mode, per project, picks ECS, Batch or Lambda by the decision, and Dagster for EKS', () => {
    const service = serviceOf({
      aws: AWS,
      dispatch: { projects: { 'road-safety': 'aws' } },
    });
    const targets = Object.entries(WORKLOADS).map(([compute, tags]) => {
      const request = requestFor({ tags }, { project: 'road-safety' });
      expect(request.decision.compute).toBe(compute);
      return service.dispatcherFor(request).target;
    });
    expect(targets).toEqual(['ecs', 'batch', 'lambda', 'dagster']);
    expect(service.modeOf('road-safety')).toBe('aws');
    expect(service.modeOf('benefit-claims')).toBe('dagster');
  });

  it('says which key is missing for a target that is not configured', () => {
    const service = serviceOf({
      aws: { region: 'eu-west-2', ecs: AWS.ecs },
      dispatch: { default: 'aws' },
    });
    expect(() =>
      service.dispatcherFor(requestFor({ tags: WORKLOADS['batch-spot'] })),
    ).toThrow('Dispatch to batch is not configured (dagster.aws.batch)');
    expect(() =>
      serviceOf({ dispatch: { default: 'aws' } }).forTarget('ecs'),
    ).toThrow('Dispatch to ecs is not configured (dagster.aws.ecs)');
  });

  it('refuses an unknown mode, saying where', () => {
    expect(() => serviceOf({ dispatch: { projects: { x: 'k8s' } } })).toThrow(
      'dagster.dispatch.projects.x must be dagster or aws, got "k8s"',
    );
  });
});

describe('dagsterDispatchServiceRef', () => {
  it('gives plugins one service built from the config and the Dagster clients', async () => {
    const seen: DispatchService[] = [];
    const probe = (pluginId: string) =>
      createBackendPlugin({
        pluginId,
        register(env) {
          env.registerInit({
            deps: { dispatch: dagsterDispatchServiceRef },
            async init({ dispatch }) {
              seen.push(dispatch);
            },
          });
        },
      });
    const backend = await startTestBackend({
      features: [
        probe('one'),
        probe('two'),
        mockServices.rootConfig.factory({
          data: configOf({ dispatch: { default: 'aws' } }).get(),
        }),
      ],
    });
    try {
      expect(seen).toHaveLength(2);
      expect(seen[0]).toBe(seen[1]);
      expect(seen[0].modeOf('any')).toBe('aws');
      expect(seen[0].forTarget('dagster').target).toBe('dagster');
    } finally {
      await backend.stop();
    }
  });
});
