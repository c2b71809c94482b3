import {
  BatchClient,
  DescribeJobsCommand,
  ListJobsCommand,
} from '@aws-sdk/client-batch';
import {
  DemoAws,
  setUpDemoAws,
  startMotoServer,
  useDemoAws,
} from '@internal/local-aws';
import { BatchDispatcher, jobNameOf } from './BatchDispatcher';
import { DispatchRequest } from './types';
import { demoClients, demoSettings } from './__testUtils__/aws';
import { requestFor } from './__testUtils__/requests';

/*
 * The Batch dispatcher on real moto. Without Docker moto finishes a job
 * inside SubmitJob: the first DescribeJobs already says SUCCEEDED (or
 * FAILED on a moto started with batchJobsFail), so queued and running are
 * not shown here, nor exit codes or reasons, which moto does not give.
 */

jest.setTimeout(120_000);

const LONG_RETRY_SAFE = {
  'platform/expected-duration-minutes': '90',
  'platform/memory-mib': '8192',
  'platform/safe-to-retry': 'true',
};
const LONG_NOT_SAFE = { ...LONG_RETRY_SAFE, 'platform/safe-to-retry': 'false' };

describe('BatchDispatcher on moto', () => {
  let aws: DemoAws;
  let batch: BatchClient;
  let dispatcher: BatchDispatcher;
  /** What the SubmitJob calls sent (only SubmitJob takes a jobName). */
  const sent: object[] = [];

  beforeAll(async () => {
    aws = await useDemoAws();
    const settings = demoSettings(aws);
    batch = demoClients(settings).batch;
    batch.middlewareStack.add(
      next => async args => {
        if ((args.input as { jobName?: string }).jobName) sent.push(args.input);
        return next(args);
      },
      { step: 'initialize', name: 'recordSubmittedJobs' },
    );
    dispatcher = new BatchDispatcher(batch, settings.batch!);
  }, 120_000);

  afterAll(() => aws?.stop());

  const jobsNamedFor = async (request: DispatchRequest, jobQueue: string) => {
    const listed = await batch.send(
      new ListJobsCommand({
        jobQueue,
        filters: [{ name: 'JOB_NAME', values: [jobNameOf(request.requestId)] }],
      }),
    );
    return (listed.jobSummaryList ?? []).map(j => j.jobId);
  };

  it('submits one job to the Spot queue, sized by the decision and tagged, once per request id; it succeeds', async () => {
    sent.length = 0;
    const request = requestFor({ tags: LONG_RETRY_SAFE });
    expect(request.decision).toMatchObject({
      compute: 'batch-spot',
      spot: true,
    });
    const first = await dispatcher.dispatch(request);
    expect(first).toEqual({
      target: 'batch',
      dispatchIds: [expect.any(String)],
    });

    const { jobs } = await batch.send(
      new DescribeJobsCommand({ jobs: first.dispatchIds }),
    );
    const { vcpu, memoryMib } = request.decision.size;
    expect(jobs![0]).toMatchObject({
      jobName: `portal-${request.requestId}`,
      jobQueue: aws.resources.batch.spotQueueArn,
      tags: {
        'dagster-portal/request-id': request.requestId,
        'dagster-portal/project': 'benefit-claims',
        'dagster-portal/requester': 'user:default/ada.lovelace',
        'dagster-portal/asset': 'claims/reference/bank_holidays',
      },
    });
    // moto keeps no propagateTags on the job, so that part is not shown.
    expect(jobs![0].container?.environment).toEqual(
      expect.arrayContaining([
        { name: 'DAGSTER_PORTAL_REQUEST_ID', value: request.requestId },
      ]),
    );
    // moto's DescribeJobs reports only the legacy vcpus and memory fields,
    // never resourceRequirements: the size is read from what the SDK sent.
    expect(sent).toEqual([
      expect.objectContaining({
        containerOverrides: expect.objectContaining({
          resourceRequirements: [
            { type: 'VCPU', value: String(Math.ceil(vcpu)) },
            { type: 'MEMORY', value: String(memoryMib) },
          ],
        }),
      }),
    ]);

    await expect(dispatcher.dispatch(request)).resolves.toEqual(first);
    expect(sent).toHaveLength(1);
    await expect(
      jobsNamedFor(request, aws.resources.batch.spotQueueArn),
    ).resolves.toEqual(first.dispatchIds);

    await expect(dispatcher.status(first.dispatchIds)).resolves.toEqual({
      state: 'succeeded',
      detail: `Batch job ${first.dispatchIds[0]} is SUCCEEDED`,
      startedAt: expect.any(String),
      endedAt: expect.any(String),
    });
  });

  it('submits to the on-demand queue when a retry is not safe', async () => {
    const request = requestFor({ tags: LONG_NOT_SAFE });
    expect(request.decision).toMatchObject({
      compute: 'batch-on-demand',
      spot: false,
    });
    const { dispatchIds } = await dispatcher.dispatch(request);
    await expect(
      jobsNamedFor(request, aws.resources.batch.onDemandQueueArn),
    ).resolves.toEqual(dispatchIds);
    await expect(
      jobsNamedFor(request, aws.resources.batch.spotQueueArn),
    ).resolves.toEqual([]);
  });

  it('says a job Batch does not have has failed', async () => {
    await expect(dispatcher.status(['no-such-job'])).resolves.toEqual({
      state: 'failed',
      detail: 'Batch has no job no-such-job',
    });
  });

  it('reports a job that failed as failed (a moto whose Batch jobs all fail)', async () => {
    const failing = await startMotoServer({ batchJobsFail: true });
    try {
      const resources = await setUpDemoAws(failing.endpoint);
      const settings = demoSettings({
        endpoint: failing.endpoint,
        region: failing.region,
        resources,
      });
      const failingDispatcher = new BatchDispatcher(
        demoClients(settings).batch,
        settings.batch!,
      );
      const { dispatchIds } = await failingDispatcher.dispatch(
        requestFor({ tags: LONG_RETRY_SAFE }),
      );
      await expect(
        failingDispatcher.status(dispatchIds),
      ).resolves.toMatchObject({
        state: 'failed',
        detail: `Batch job ${dispatchIds[0]} is FAILED`,
      });
    } finally {
      await failing.stop();
    }
  });
});
