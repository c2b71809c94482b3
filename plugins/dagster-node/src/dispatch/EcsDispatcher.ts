import {
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  RunTaskCommand,
  Task,
} from '@aws-sdk/client-ecs';
import { AwsDispatchSettings } from './awsSettings';
import { environmentOf, tagListOf } from './awsRequest';
import {
  capacityProviderOf,
  ecsCpuUnits,
  portalTags,
  PORTAL_TAGS,
} from './tags';
import {
  DispatchRequest,
  DispatchResult,
  DispatchStatus,
  Dispatcher,
} from './types';

/** ECS's limit on `startedBy`. */
const STARTED_BY_MAX = 36;

/** `startedBy` of a request's task: the request id, cut to ECS's 36 characters. */
export const startedByOf = (requestId: string) =>
  requestId.slice(0, STARTED_BY_MAX);

const iso = (date: Date | undefined) => date?.toISOString();

/** A task's status in the portal's words. */
export function taskStatus(task: Task, containerName: string): DispatchStatus {
  const last = task.lastStatus ?? 'UNKNOWN';
  const times = {
    startedAt: iso(task.startedAt),
    endedAt: iso(task.stoppedAt),
  };
  if (last !== 'STOPPED') {
    const queued = ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(last);
    return {
      state: queued ? 'queued' : 'running',
      detail: `ECS task ${task.taskArn} is ${last}`,
      ...times,
    };
  }
  const container = task.containers?.find(c => c.name === containerName);
  const exitCode = container?.exitCode;
  const why = [task.stopCode, task.stoppedReason, container?.reason]
    .filter(Boolean)
    .join('; ');
  return {
    state: exitCode === 0 ? 'succeeded' : 'failed',
    detail: `ECS task ${
      task.taskArn
    } stopped, container ${containerName} exit code ${exitCode ?? 'unknown'}${
      why ? ` (${why})` : ''
    }`,
    ...times,
  };
}

/**
 * Dispatches straight to ECS: one Fargate (or Fargate Spot) task of the
 * configured task definition, sized by the decision.
 *
 * @public
 */
export class EcsDispatcher implements Dispatcher {
  readonly target = 'ecs' as const;

  constructor(
    private readonly ecs: ECSClient,
    private readonly settings: NonNullable<AwsDispatchSettings['ecs']>,
  ) {}

  async dispatch(request: DispatchRequest): Promise<DispatchResult> {
    // ECS honours `clientToken` for a while, but moto ignores it (two
    // RunTasks with one token start two tasks), and a token does not outlive
    // ECS's idempotency window: the task started for the request is looked
    // up first, by `startedBy` and then by its request tag.
    const earlier = await this.tasksOf(request.requestId);
    if (earlier.length > 0) {
      return { target: this.target, dispatchIds: earlier };
    }
    const { decision } = request;
    const cpu = ecsCpuUnits(decision.size.vcpu);
    const { settings } = this;
    const answer = await this.ecs.send(
      new RunTaskCommand({
        cluster: settings.cluster,
        taskDefinition: settings.taskDefinition,
        count: 1,
        capacityProviderStrategy: [
          { capacityProvider: capacityProviderOf(decision), weight: 1 },
        ],
        networkConfiguration: {
          awsvpcConfiguration: {
            subnets: settings.subnets,
            securityGroups: settings.securityGroups,
            assignPublicIp: settings.assignPublicIp ? 'ENABLED' : 'DISABLED',
          },
        },
        overrides: {
          cpu,
          memory: String(decision.size.memoryMib),
          containerOverrides: [
            {
              name: settings.containerName,
              cpu: Number(cpu),
              memory: decision.size.memoryMib,
              environment: environmentOf(request),
            },
          ],
        },
        clientToken: request.requestId.slice(0, 64),
        startedBy: startedByOf(request.requestId),
        tags: tagListOf(portalTags(request)),
        enableECSManagedTags: true,
        propagateTags: 'TASK_DEFINITION',
      }),
    );
    const arns = (answer.tasks ?? []).flatMap(t => t.taskArn ?? []);
    if (arns.length === 0) {
      const reasons = (answer.failures ?? [])
        .map(f => `${f.arn ?? ''} ${f.reason ?? ''} ${f.detail ?? ''}`.trim())
        .join('; ');
      throw new Error(
        `ECS started no task for request ${request.requestId}: ${
          reasons || 'no reason given'
        }`,
      );
    }
    return { target: this.target, dispatchIds: arns };
  }

  async status(dispatchIds: string[]): Promise<DispatchStatus> {
    const [taskArn] = dispatchIds;
    const answer = await this.ecs.send(
      new DescribeTasksCommand({
        cluster: this.settings.cluster,
        tasks: [taskArn],
      }),
    );
    const task = answer.tasks?.[0];
    if (!task) {
      const reason = answer.failures?.[0]?.reason ?? 'not found';
      return {
        state: 'failed',
        detail: `ECS has no task ${taskArn} (${reason})`,
      };
    }
    return taskStatus(task, this.settings.containerName);
  }

  /** ARNs of the tasks already started for the request, running or stopped. */
  private async tasksOf(requestId: string): Promise<string[]> {
    const listed = await Promise.all(
      (['RUNNING', 'STOPPED'] as const).map(desiredStatus =>
        this.ecs.send(
          new ListTasksCommand({
            cluster: this.settings.cluster,
            startedBy: startedByOf(requestId),
            desiredStatus,
          }),
        ),
      ),
    );
    const arns = [...new Set(listed.flatMap(l => l.taskArns ?? []))];
    if (arns.length === 0) return [];
    // `startedBy` is cut to 36 characters: the tag says whose task it is.
    const described = await this.ecs.send(
      new DescribeTasksCommand({
        cluster: this.settings.cluster,
        tasks: arns,
        include: ['TAGS'],
      }),
    );
    return (described.tasks ?? [])
      .filter(t =>
        t.tags?.some(
          tag => tag.key === PORTAL_TAGS.requestId && tag.value === requestId,
        ),
      )
      .flatMap(t => t.taskArn ?? []);
  }
}
