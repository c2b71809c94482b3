import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { AwsDispatchSettings } from './awsSettings';
import { portalTags } from './tags';
import {
  DispatchRequest,
  DispatchResult,
  DispatchStatus,
  Dispatcher,
} from './types';

/** What the function is sent: the request, its tags and its size. */
export function lambdaPayloadOf(request: DispatchRequest) {
  return {
    requestId: request.requestId,
    project: request.project,
    requester: request.requester,
    asset: request.asset,
    size: request.decision.size,
    tags: portalTags(request),
  };
}

/**
 * Dispatches straight to Lambda: one invocation of the configured function
 * with the request as its payload, asynchronous (`Event`, the default) or
 * waited for (`RequestResponse`).
 *
 * Lambda has no idempotency key and no way to list past invocations, so
 * the dispatcher remembers what it invoked for each request id, in this
 * process; across restarts the portal's request store is what keeps a
 * request from being dispatched twice, and the handler gets the request id
 * to drop a repeat itself. An `Event` invocation has no status Lambda can
 * be asked for: it stays queued here until the work reports otherwise.
 *
 * @public
 */
export class LambdaDispatcher implements Dispatcher {
  readonly target = 'lambda' as const;
  private readonly dispatched = new Map<string, DispatchResult>();
  private readonly outcomes = new Map<string, DispatchStatus>();

  constructor(
    private readonly lambda: LambdaClient,
    private readonly settings: NonNullable<AwsDispatchSettings['lambda']>,
  ) {}

  async dispatch(request: DispatchRequest): Promise<DispatchResult> {
    const earlier = this.dispatched.get(request.requestId);
    if (earlier) return earlier;
    const { functionName, invocationType } = this.settings;
    const startedAt = new Date().toISOString();
    const answer = await this.lambda.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: invocationType,
        Payload: new TextEncoder().encode(
          JSON.stringify(lambdaPayloadOf(request)),
        ),
      }),
    );
    const invocationId = answer.$metadata.requestId ?? request.requestId;
    const result: DispatchResult = {
      target: this.target,
      dispatchIds: [invocationId],
    };
    this.dispatched.set(request.requestId, result);
    if (invocationType === 'RequestResponse') {
      const failed = Boolean(answer.FunctionError);
      this.outcomes.set(invocationId, {
        state: failed ? 'failed' : 'succeeded',
        detail: failed
          ? `Lambda ${functionName} failed (${
              answer.FunctionError
            }): ${new TextDecoder().decode(answer.Payload)}`
          : `Lambda ${functionName} answered ${
              answer.StatusCode
            }: ${new TextDecoder().decode(answer.Payload).slice(0, 2000)}`,
        startedAt,
        endedAt: new Date().toISOString(),
      });
    } else {
      this.outcomes.set(invocationId, {
        state: 'queued',
        detail: `Lambda ${functionName} accepted the invocation (${answer.StatusCode}); an asynchronous invocation has no status to ask for`,
      });
    }
    return result;
  }

  async status(dispatchIds: string[]): Promise<DispatchStatus> {
    const [invocationId] = dispatchIds;
    return (
      this.outcomes.get(invocationId) ?? {
        state: 'queued',
        detail: `Lambda invocation ${invocationId} was not made by this process: Lambda cannot be asked for its status`,
      }
    );
  }
}
