import { randomUUID } from 'node:crypto';
import {
  BatchClient,
  DescribeJobsCommand,
  JobDetail,
} from '@aws-sdk/client-batch';

/** A name no other test (or test run on a shared moto) uses. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${randomUUID().slice(0, 8)}`;

const TERMINAL = ['SUCCEEDED', 'FAILED'];

/** Polls DescribeJobs until the job is SUCCEEDED or FAILED, as a dispatcher would. */
export async function waitForJob(
  batch: BatchClient,
  jobId: string,
): Promise<JobDetail & { describeCalls: number }> {
  // A guard against a hang, far above the immediate answers moto gives.
  const deadline = Date.now() + 30_000;
  for (let describeCalls = 1; ; describeCalls++) {
    const { jobs } = await batch.send(
      new DescribeJobsCommand({ jobs: [jobId] }),
    );
    const job = jobs![0];
    if (TERMINAL.includes(job.status!)) return { ...job, describeCalls };
    if (Date.now() > deadline) {
      throw new Error(`job ${jobId} still ${job.status} after 30 s`);
    }
    await new Promise(r => setTimeout(r, 200));
  }
}
