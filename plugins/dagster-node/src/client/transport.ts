import { DagsterDeadlineError, DagsterNetworkError } from './errors';
import { DagsterClientLogger, DagsterReadOptions } from './model';
import { operationNameOf } from './operations';
import { interpretResponse, ResponseOutcome } from './response';
import { backoffDelayMs, sleep } from './retry';

export interface TransportOptions {
  instanceId: string;
  url: string;
  token?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  fetch: typeof fetch;
  logger?: DagsterClientLogger;
}

const TOKEN_HEADER = 'Dagster-Cloud-Api-Token';

/**
 * POSTs GraphQL operations to one Dagster instance, retrying what is worth
 * retrying: network errors, timeouts, 429 and 5xx. A 4xx or a GraphQL error
 * is the same on every attempt, so it fails at once. A caller's `signal`
 * bounds the whole request, attempts and backoff waits included.
 */
export class GraphQLTransport {
  private sent = 0;
  /** Used in messages instead of the URL, which may carry credentials or a query string. */
  private readonly where: string;

  constructor(private readonly options: TransportOptions) {
    const url = new URL(options.url);
    this.where = `Dagster instance "${options.instanceId}" (${url.origin}${url.pathname})`;
  }

  get requestCount(): number {
    return this.sent;
  }

  /** Replaces the token wherever server text is echoed into a message. */
  redact = (text: string): string => {
    const token = this.options.token;
    return token ? text.split(token).join('[redacted]') : text;
  };

  async request<TData>(
    document: string,
    variables: object = {},
    { signal, once }: DagsterReadOptions & { once?: boolean } = {},
  ): Promise<TData> {
    const operationName = operationNameOf(document);
    const body = JSON.stringify({ query: document, variables, operationName });
    const { baseDelayMs, maxDelayMs, logger } = this.options;
    // `once`: a mutation whose retry could act twice is sent a single time.
    const maxAttempts = once ? 1 : this.options.maxAttempts;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) {
        throw this.deadlinePassed(operationName);
      }
      const outcome = await this.attempt(operationName, body, signal);
      if (outcome.kind === 'data') {
        return outcome.data as TData;
      }
      if (outcome.kind === 'fail' || attempt >= maxAttempts) {
        throw outcome.error;
      }
      const delay =
        outcome.retryAfterMs ??
        backoffDelayMs(attempt, baseDelayMs, maxDelayMs);
      logger?.warn(
        `${operationName} attempt ${attempt}/${maxAttempts} failed: ${outcome.error.message}; retrying in ${delay} ms`,
        { dagsterInstance: this.options.instanceId, operationName, attempt },
      );
      await sleep(delay, signal).catch(() => {
        throw this.deadlinePassed(operationName);
      });
    }
  }

  private deadlinePassed(operationName: string): DagsterDeadlineError {
    return new DagsterDeadlineError(
      `${this.where} did not answer ${operationName} before the caller's deadline`,
    );
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {
      ...this.options.headers,
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (this.options.token) {
      headers[TOKEN_HEADER] = this.options.token;
    }
    return headers;
  }

  private async attempt(
    operationName: string,
    body: string,
    deadline: AbortSignal | undefined,
  ): Promise<ResponseOutcome> {
    this.sent++;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await this.options.fetch(this.options.url, {
        method: 'POST',
        headers: this.headers(),
        body,
        signal: deadline ? AbortSignal.any([deadline, timeout]) : timeout,
      });
      // Read under the same signal, so a stalled body times out too.
      text = await response.text();
    } catch (error) {
      if (deadline?.aborted) {
        return { kind: 'fail', error: this.deadlinePassed(operationName) };
      }
      const timedOut = (error as Error)?.name === 'TimeoutError';
      const message = timedOut
        ? `${this.where} did not answer ${operationName} within ${this.options.timeoutMs} ms`
        : `${this.where} could not be reached for ${operationName}`;
      const reason = timedOut ? 'timeout' : 'network';
      return {
        kind: 'retry',
        error: new DagsterNetworkError(message, reason, this.safeCause(error)),
      };
    }
    return interpretResponse(response, text, {
      where: this.where,
      operationName,
      maxDelayMs: this.options.maxDelayMs,
      redact: this.redact,
    });
  }

  /** Keeps the cause's name and message, never anything a fetch wrapper attached. */
  private safeCause(error: unknown): Error {
    const e = error instanceof Error ? error : new Error(String(error));
    const inner = e.cause instanceof Error ? ` (${e.cause.message})` : '';
    const safe = new Error(this.redact(`${e.message}${inner}`));
    safe.name = e.name;
    return safe;
  }
}
