import {
  BatchClient,
  DescribeJobsCommand,
  JobDetail,
  ListJobsCommand,
  SubmitJobCommand,
} from '@aws-sdk/client-batch';
import { AwsDispatchSettings } from './awsSettings';
import { environmentOf } from './awsRequest';
import { portalTags } from './tags';
import {
  DispatchRequest,
  DispatchResult,
  DispatchStatus,
  Dispatcher,
} from './types';

/**
 * The Batch job name of a request: `portal-` and the request id, in the
 * letters, digits, hyphens and underscores Batch allows, at most 128.
 */
export const jobNameOf = (requestId: string) =>
  `portal-${requestId.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 128);

const STATES: Record<string, DispatchStatus['state']> = {
  SUBMITTED: 'queued',
  PENDING: 'queued',
  RUNNABLE: 'queued',
  STARTING: 'running',
  RUNNING: 'running',
  SUCCEEDED: 'succeeded',
  FAILED: 'failed',
};

const iso = (epochMs: number | undefined) =>
  epochMs === undefined ? undefined : new Date(epochMs).toISOString();

/** A job's status in the portal's words. */
export function jobStatus(job: JobDetail): DispatchStatus {
  const status = job.status ?? 'UNKNOWN';
  const reason = job.statusReason ? ` (${job.statusReason})` : '';
  return {
    state: STATES[status] ?? 'queued',
    detail: `Batch job ${job.jobId} is ${status}${reason}`,
    startedAt: iso(job.startedAt),
    endedAt: iso(job.stoppedAt),
  };
}

/**
 * Dispatches straight to AWS Batch: one job of the configured definition on
 * the Spot queue when the decision allows Spot, else on the on-demand one.
 *
 * @public
 */
export class BatchDispatcher implements Dispatcher {
  readonly target = 'batch' as const;

  constructor(
    private readonly batch: BatchClient,
    private readonly settings: NonNullable<AwsDispatchSettings['batch']>,
  ) {}

  async dispatch(request: DispatchRequest): Promise<DispatchResult> {
    const { decision } = request;
    const jobQueue = decision.spot
      ? this.settings.spotQueue
      : this.settings.onDemandQueue;
    const jobName = jobNameOf(request.requestId);
    // Batch has no idempotency token: the job of that name on the queue,
    // in any status (a filter lists every status), is the request's.
    const listed = await this.batch.send(
      new ListJobsCommand({
        jobQueue,
        filters: [{ name: 'JOB_NAME', values: [jobName] }],
      }),
    );
    const earlier = (listed.jobSummaryList ?? []).flatMap(j => j.jobId ?? []);
    if (earlier.length > 0) {
      return { target: this.target, dispatchIds: earlier };
    }
    const resourceRequirements = [
      {
        type: 'VCPU' as const,
        value: String(Math.max(1, Math.ceil(decision.size.vcpu))),
      },
      { type: 'MEMORY' as const, value: String(decision.size.memoryMib) },
      ...(decision.size.gpu
        ? [{ type: 'GPU' as const, value: String(decision.size.gpu) }]
        : []),
    ];
    const submitted = await this.batch.send(
      new SubmitJobCommand({
        jobName,
        jobQueue,
        jobDefinition: this.settings.jobDefinition,
        containerOverrides: {
          resourceRequirements,
          environment: environmentOf(request),
        },
        tags: portalTags(request),
        propagateTags: true,
      }),
    );
    return { target: this.target, dispatchIds: [submitted.jobId!] };
  }

  async status(dispatchIds: string[]): Promise<DispatchStatus> {
    const [jobId] = dispatchIds;
    const answer = await this.batch.send(
      new DescribeJobsCommand({ jobs: [jobId] }),
    );
    const job = answer.jobs?.[0];
    if (!job) {
      return { state: 'failed', detail: `Batch has no job ${jobId}` };
    }
    return jobStatus(job);
  }
}
