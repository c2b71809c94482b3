import {
  DagsterError,
  DagsterGraphQLError,
  DagsterHttpError,
  DagsterProtocolError,
} from './errors';
import { parseRetryAfterMs } from './retry';

/** What one HTTP exchange amounted to. */
export type ResponseOutcome =
  | { kind: 'data'; data: Record<string, unknown> }
  | { kind: 'retry'; error: DagsterError; retryAfterMs?: number }
  | { kind: 'fail'; error: DagsterError };

export interface ResponseContext {
  /** Names the instance in messages, without credentials. */
  where: string;
  operationName: string;
  maxDelayMs: number;
  redact: (text: string) => string;
}

const SNIPPET_LENGTH = 80;

/**
 * Classifies an answer. 429 and 5xx are worth another attempt; anything
 * else that is not GraphQL data would fail the same way again.
 */
export function interpretResponse(
  response: Response,
  text: string,
  ctx: ResponseContext,
): ResponseOutcome {
  const { where, operationName, redact } = ctx;
  const status = response.status;
  if (status === 429 || status >= 500) {
    return {
      kind: 'retry',
      error: new DagsterHttpError(
        `${where} answered HTTP ${status} to ${operationName}`,
        status,
      ),
      retryAfterMs: parseRetryAfterMs(
        response.headers.get('retry-after'),
        ctx.maxDelayMs,
      ),
    };
  }
  const parsed = parseJson(text);
  const messages = graphQLErrorMessages(parsed)?.map(redact);
  if (messages) {
    // Dagster answers 400 to a query it cannot validate and 200 to one that
    // failed while running; both are the query's fault, not the network's.
    return {
      kind: 'fail',
      error: new DagsterGraphQLError(
        `${where} rejected ${operationName}: ${messages.join('; ')}`,
        messages,
        status,
      ),
    };
  }
  if (!response.ok) {
    const hint = status === 401 || status === 403 ? '; check the token' : '';
    return {
      kind: 'fail',
      error: new DagsterHttpError(
        `${where} answered HTTP ${status} to ${operationName}${hint}`,
        status,
      ),
    };
  }
  if (!isObject(parsed) || !isObject(parsed.data)) {
    const snippet = redact(text.slice(0, SNIPPET_LENGTH).replace(/\s+/g, ' '));
    const type = response.headers.get('content-type') ?? 'no content type';
    return {
      kind: 'fail',
      error: new DagsterProtocolError(
        `${where} does not look like a Dagster GraphQL server: ${operationName} got ${type} "${snippet}"`,
      ),
    };
  }
  return { kind: 'data', data: parsed.data };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function graphQLErrorMessages(parsed: unknown): string[] | undefined {
  if (
    !isObject(parsed) ||
    !Array.isArray(parsed.errors) ||
    parsed.errors.length === 0
  ) {
    return undefined;
  }
  return parsed.errors.map(e =>
    isObject(e) && typeof e.message === 'string'
      ? e.message
      : JSON.stringify(e),
  );
}
