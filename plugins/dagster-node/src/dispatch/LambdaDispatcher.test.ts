import { LambdaClient } from '@aws-sdk/client-lambda';
import { DemoAws, useDemoAws } from '@internal/local-aws';
import { lambdaPayloadOf, LambdaDispatcher } from './LambdaDispatcher';
import { demoClients, demoSettings } from './__testUtils__/aws';
import { requestFor } from './__testUtils__/requests';

/*
 * The Lambda dispatcher on real moto. moto never runs a handler: a
 * RequestResponse invocation answers 200 with the payload it was sent, and
 * an Event one 202. So these tests prove what is sent (the payload makes
 * the round trip through the SDK and moto) and how the answer is read, not
 * that any work ran; a function error cannot be made on moto.
 */

jest.setTimeout(120_000);

const SHORT_STATELESS = {
  'platform/expected-duration-minutes': '2',
  'platform/memory-mib': '1024',
  'platform/safe-to-retry': 'true',
  'platform/stateless': 'true',
};

describe('LambdaDispatcher on moto', () => {
  let aws: DemoAws;
  let lambda: LambdaClient;
  let invocations = 0;

  beforeAll(async () => {
    aws = await useDemoAws();
    lambda = demoClients(demoSettings(aws)).lambda;
    lambda.middlewareStack.add(
      next => async args => {
        invocations++;
        return next(args);
      },
      { step: 'initialize', name: 'countInvocations' },
    );
  }, 120_000);

  afterAll(() => aws?.stop());

  const dispatcherFor = (invocationType: 'Event' | 'RequestResponse') =>
    new LambdaDispatcher(lambda, {
      functionName: aws.resources.lambda.functionName,
      invocationType,
    });

  it('invokes the function once per request id with the request as payload, and reads the answer', async () => {
    const dispatcher = dispatcherFor('RequestResponse');
    const request = requestFor({ tags: SHORT_STATELESS });
    expect(request.decision).toMatchObject({ compute: 'lambda' });
    invocations = 0;
    const first = await dispatcher.dispatch(request);
    expect(first).toEqual({
      target: 'lambda',
      dispatchIds: [expect.any(String)],
    });
    await expect(dispatcher.dispatch(request)).resolves.toEqual(first);
    expect(invocations).toBe(1);

    const status = await dispatcher.status(first.dispatchIds);
    expect(status).toEqual({
      state: 'succeeded',
      detail: `Lambda dagster-portal-run answered 200: ${JSON.stringify(
        lambdaPayloadOf(request),
      )}`,
      startedAt: expect.any(String),
      endedAt: expect.any(String),
    });
    expect(lambdaPayloadOf(request)).toMatchObject({
      requestId: request.requestId,
      asset: request.asset,
      tags: { 'dagster-portal/request-id': request.requestId },
    });
  });

  it('an Event invocation is accepted (202) and stays queued: Lambda has no status to ask for', async () => {
    const dispatcher = dispatcherFor('Event');
    const { dispatchIds } = await dispatcher.dispatch(
      requestFor({ tags: SHORT_STATELESS }),
    );
    await expect(dispatcher.status(dispatchIds)).resolves.toEqual({
      state: 'queued',
      detail:
        'Lambda dagster-portal-run accepted the invocation (202); an asynchronous invocation has no status to ask for',
    });
    await expect(dispatcher.status(['elsewhere'])).resolves.toMatchObject({
      state: 'queued',
      detail: expect.stringContaining('was not made by this process'),
    });
  });
});
