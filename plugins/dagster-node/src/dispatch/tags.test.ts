import { decidePlacement } from '@internal/backstage-plugin-dagster-common';
import { placementTags } from './tags';

/** Decisions of the real placement engine, one per compute. */
const decide = (tags: Record<string, string>) => decidePlacement({ tags });
const SHORT = {
  'platform/expected-duration-minutes': '10',
  'platform/memory-mib': '2048',
};

describe('placementTags', () => {
  it('sizes a Fargate Spot run for dagster-aws: CPU units, MiB and a FARGATE_SPOT strategy', () => {
    const decision = decide({ ...SHORT, 'platform/safe-to-retry': 'true' });
    expect(decision.compute).toBe('fargate-spot');
    expect(placementTags(decision)).toEqual({
      'ecs/cpu': String(decision.size.vcpu * 1024),
      'ecs/memory': String(decision.size.memoryMib),
      'ecs/run_task_kwargs':
        '{"capacityProviderStrategy":[{"capacityProvider":"FARGATE_SPOT","weight":1}]}',
    });
  });

  it('puts on-demand Fargate on the FARGATE capacity provider', () => {
    const decision = decide(SHORT);
    expect(decision.compute).toBe('fargate');
    expect(JSON.parse(placementTags(decision)['ecs/run_task_kwargs'])).toEqual({
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
    });
  });

  it('gives an EKS run dagster-k8s container resources, on Spot nodes when safe to retry', () => {
    const decision = decide({
      ...SHORT,
      'platform/parallelism': '4',
      'platform/safe-to-retry': 'true',
    });
    expect(decision.compute).toBe('eks');
    const resources = {
      cpu: `${Math.round(decision.size.vcpu * 1000)}m`,
      memory: `${decision.size.memoryMib}Mi`,
    };
    expect(JSON.parse(placementTags(decision)['dagster-k8s/config'])).toEqual({
      container_config: {
        resources: { requests: resources, limits: resources },
      },
      pod_spec_config: {
        node_selector: { 'karpenter.sh/capacity-type': 'spot' },
      },
    });
    expect(Object.keys(placementTags(decision))).toEqual([
      'dagster-k8s/config',
    ]);
  });

  it('adds no launcher tags for Lambda or Batch decisions', () => {
    const lambda = decide({
      ...SHORT,
      'platform/safe-to-retry': 'true',
      'platform/stateless': 'true',
    });
    const batch = decide({ 'platform/expected-duration-minutes': '90' });
    expect([lambda.compute, batch.compute]).toEqual([
      'lambda',
      'batch-on-demand',
    ]);
    expect(placementTags(lambda)).toEqual({});
    expect(placementTags(batch)).toEqual({});
  });
});
