import {
  CustomErrorBase,
  isError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';

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

/** Failures where Dagster could not be reached or did not speak GraphQL. */
const UNAVAILABLE = new Set(['DagsterNetworkError', 'DagsterProtocolError']);

/**
 * Turns a Dagster client failure into the error the routes answer with:
 * 503 when the instance is unreachable, times out, answers 5xx/429 or
 * garbage; 404 for an unknown asset; 502 for any other upstream answer.
 * Errors that are already Backstage errors pass through.
 */
export function toRouteError(instanceId: string, error: unknown): Error {
  if (!isError(error)) {
    return new DagsterBadGatewayError(
      `Dagster instance "${instanceId}" failed: ${String(error)}`,
    );
  }
  const where = `Dagster instance "${instanceId}"`;
  switch (error.name) {
    case 'DagsterAssetNotFoundError':
      return new NotFoundError(`${where}: ${error.message}`, error);
    case 'DagsterHttpError': {
      const status = (error as { status?: number }).status ?? 0;
      if (status === 429 || status >= 500) {
        return new ServiceUnavailableError(
          `${where} is unavailable: ${error.message}`,
          error,
        );
      }
      return new DagsterBadGatewayError(
        `${where} refused the request: ${error.message}`,
        error,
      );
    }
    default:
      if (UNAVAILABLE.has(error.name)) {
        return new ServiceUnavailableError(
          `${where} is unavailable: ${error.message}`,
          error,
        );
      }
      if (error.name.startsWith('Dagster')) {
        return new DagsterBadGatewayError(
          `${where} gave an unusable answer: ${error.message}`,
          error,
        );
      }
      return error as Error;
  }
}
