import { PlacementDecision } from '@internal/backstage-plugin-dagster-common';
import { DispatchRequest } from './types';

/**
 * The portal's own tags, on every Dagster run, ECS task and Batch job it
 * starts: cost attribution (project, asset, requester) and the request id
 * that makes a dispatch idempotent.
 *
 * @public
 */
export const PORTAL_TAGS = {
  project: 'dagster-portal/project',
  asset: 'dagster-portal/asset',
  requester: 'dagster-portal/requester',
  requestId: 'dagster-portal/request-id',
} as const;

/** The cost-attribution and request tags of a request. */
export function portalTags(request: DispatchRequest): Record<string, string> {
  return {
    [PORTAL_TAGS.project]: request.project,
    [PORTAL_TAGS.asset]: request.asset.key.join('/'),
    [PORTAL_TAGS.requester]: request.requester,
    [PORTAL_TAGS.requestId]: request.requestId,
  };
}

/** ECS CPU units (1024 a vCPU), as ECS and dagster-aws's `ecs/cpu` tag take them. */
export const ecsCpuUnits = (vcpu: number) => String(Math.round(vcpu * 1024));

/** The capacity provider of an ECS task: Fargate Spot when the decision allows Spot. */
export const capacityProviderOf = (decision: PlacementDecision) =>
  decision.spot ? 'FARGATE_SPOT' : 'FARGATE';

/**
 * The tags that size and place a Dagster run, read by the run launcher of
 * the deployment: dagster-aws's EcsRunLauncher honours `ecs/cpu`,
 * `ecs/memory` and `ecs/run_task_kwargs`; dagster-k8s's K8sRunLauncher
 * honours `dagster-k8s/config`. The ECS tags are set for every Fargate or
 * Fargate Spot decision, the Kubernetes one for EKS; Lambda and Batch
 * decisions run through Dagster with the launcher's defaults.
 */
export function placementTags(
  decision: PlacementDecision,
): Record<string, string> {
  const { size } = decision;
  if (decision.compute === 'fargate' || decision.compute === 'fargate-spot') {
    return {
      'ecs/cpu': ecsCpuUnits(size.vcpu),
      'ecs/memory': String(size.memoryMib),
      'ecs/run_task_kwargs': JSON.stringify({
        capacityProviderStrategy: [
          { capacityProvider: capacityProviderOf(decision), weight: 1 },
        ],
      }),
    };
  }
  if (decision.compute === 'eks') {
    const resources: Record<string, string> = {
      cpu: `${Math.round(size.vcpu * 1000)}m`,
      memory: `${size.memoryMib}Mi`,
    };
    if (size.gpu) resources['nvidia.com/gpu'] = String(size.gpu);
    const podSpec = decision.spot
      ? {
          pod_spec_config: {
            node_selector: { 'karpenter.sh/capacity-type': 'spot' },
          },
        }
      : {};
    return {
      'dagster-k8s/config': JSON.stringify({
        container_config: {
          resources: { requests: resources, limits: resources },
        },
        ...podSpec,
      }),
    };
  }
  return {};
}
