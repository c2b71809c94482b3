import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  SchedulerServiceTaskFunction,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';

/** One run of a scheduled task, as the replica that ran it saw it. */
export interface TaskRun {
  replica: string;
  taskId: string;
  /** `performance.now()` when the task function was called. */
  startedAt: number;
  /** `performance.now()` when it returned; unset while it runs. */
  endedAt?: number;
  /** The counter (e.g. Dagster requests) when the run started and ended. */
  countAtStart: number;
  countAtEnd?: number;
}

/** A task a replica handed to its scheduler. */
export interface TaskRegistration {
  replica: string;
  taskId: string;
  scope: 'global' | 'local';
}

/**
 * The real scheduler (`DefaultSchedulerService`, which coordinates global
 * tasks through the plugin's database) with every task function wrapped to
 * record when it ran on this replica. Scheduling itself is untouched.
 */
export function recordingSchedulerFactory(options: {
  replica: string;
  runs: TaskRun[];
  registrations: TaskRegistration[];
  counter: () => number;
}) {
  const { replica, runs, registrations, counter } = options;
  const recorded = (
    taskId: string,
    fn: SchedulerServiceTaskFunction,
  ): SchedulerServiceTaskFunction => {
    return async signal => {
      const run: TaskRun = {
        replica,
        taskId,
        startedAt: performance.now(),
        countAtStart: counter(),
      };
      runs.push(run);
      try {
        await fn(signal);
      } finally {
        run.endedAt = performance.now();
        run.countAtEnd = counter();
      }
    };
  };
  const wrap = <T extends SchedulerServiceTaskInvocationDefinition>(
    task: T,
    schedule: SchedulerServiceTaskScheduleDefinition,
  ): T => {
    registrations.push({
      replica,
      taskId: task.id,
      scope: schedule.scope ?? 'global',
    });
    return { ...task, fn: recorded(task.id, task.fn) };
  };

  return createServiceFactory({
    service: coreServices.scheduler,
    deps: {
      database: coreServices.database,
      logger: coreServices.logger,
      rootLifecycle: coreServices.rootLifecycle,
      httpRouter: coreServices.httpRouter,
      pluginMetadata: coreServices.pluginMetadata,
      metrics: metricsServiceRef,
    },
    async factory(deps): Promise<SchedulerService> {
      const real = DefaultSchedulerService.create(deps);
      return {
        triggerTask: id => real.triggerTask(id),
        cancelTask: id => real.cancelTask(id),
        getScheduledTasks: () => real.getScheduledTasks(),
        scheduleTask: task => real.scheduleTask(wrap(task, task)),
        createScheduledTaskRunner: schedule => ({
          run: task =>
            real.createScheduledTaskRunner(schedule).run(wrap(task, schedule)),
        }),
      };
    },
  });
}
