import {
  CustomErrorBase,
  isError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  DagsterAssetNotFoundError,
  DagsterDeadlineError,
  DagsterError,
  DagsterHttpError,
  DagsterNetworkError,
  DagsterProtocolError,
} from '@internal/backstage-plugin-dagster-node';

/**
 * Dagster answered, but not with something usable: a GraphQL error, a
 * union error member, a location that fails to load, a rejected token.
 * `@backstage/errors` has no 502 type; the Backstage error handler takes the
 * status from a numeric `statusCode` property before it looks at names, so
 * this error is answered with 502 Bad Gateway.
 */
export class DagsterBadGatewayError extends CustomErrorBase {
  name = 'DagsterBadGatewayError' as const;
  readonly statusCode = 502;
}

/**
 * Forms of an instance's GraphQL URL that the client's messages may contain,
 * longest first, for {@link toRouteError} to hide.
 */
export function addressesOf(graphqlUrl: string): string[] {
  const url = new URL(graphqlUrl);
  return [
    ...new Set([
      url.href,
      `${url.origin}${url.pathname}`,
      url.origin,
      url.host,
    ]),
  ];
}

/** What {@link toRouteError} needs to know besides the failure. */
export interface RouteErrorContext {
  /** Forms of the instance's address to keep out of messages ({@link addressesOf}). */
  hide?: string[];
  /** The answer's deadline, named when it passed. */
  deadlineMs?: number;
}

/**
 * Turns a Dagster client failure into the error the routes answer with:
 * 503 when the instance is unreachable, times out, misses the answer's
 * deadline, answers 5xx/429 or garbage; 404 for an unknown asset; 502 for
 * any other upstream answer. Messages name the instance, never its address
 * (`hide`), and carry no cause: what reaches a browser is only what is said
 * here. Errors that are already Backstage errors pass through.
 */
export function toRouteError(
  instanceId: string,
  error: unknown,
  { hide = [], deadlineMs }: RouteErrorContext = {},
): Error {
  const where = `Dagster instance "${instanceId}"`;
  const text = (message: string) =>
    hide.reduce(
      (out, address) =>
        out
          .split(` (${address})`)
          .join('')
          .split(address)
          .join('[its address]'),
      message,
    );
  if (error instanceof DagsterDeadlineError) {
    const within =
      deadlineMs === undefined ? '' : ` within ${deadlineMs / 1000} s`;
    return new ServiceUnavailableError(`${where} did not answer${within}`);
  }
  if (error instanceof DagsterAssetNotFoundError) {
    return new NotFoundError(`${where}: ${text(error.message)}`);
  }
  if (error instanceof DagsterHttpError) {
    if (error.status === 429 || error.status >= 500) {
      return new ServiceUnavailableError(
        `${where} is unavailable: ${text(error.message)}`,
      );
    }
    return new DagsterBadGatewayError(
      `${where} refused the request: ${text(error.message)}`,
    );
  }
  if (
    error instanceof DagsterNetworkError ||
    error instanceof DagsterProtocolError
  ) {
    return new ServiceUnavailableError(
      `${where} is unavailable: ${text(error.message)}`,
    );
  }
  if (error instanceof DagsterError) {
    return new DagsterBadGatewayError(
      `${where} gave an unusable answer: ${text(error.message)}`,
    );
  }
  if (isError(error)) return error;
  return new DagsterBadGatewayError(`${where} failed: ${text(String(error))}`);
}
