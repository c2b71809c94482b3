import { CustomErrorBase } from '@backstage/errors';

/*
 * The errors extend CustomErrorBase from @backstage/errors so they carry a
 * `cause` and a stable `name` like the framework's own errors. They are not
 * the HTTP-mapped framework types on purpose: a Dagster failure is an
 * upstream failure, and only the caller knows whether it means 503 (routes)
 * or "keep the last entities" (the catalog provider).
 */

/**
 * Base of every error the Dagster client throws or reports.
 *
 * @public
 */
export class DagsterError extends CustomErrorBase {
  name: string = 'DagsterError';
}

/**
 * Dagster answered with a `PythonError` member of an `...OrError` union:
 * user code or the server failed, for example a code location that does not
 * load.
 *
 * @public
 */
export class DagsterPythonError extends DagsterError {
  name = 'DagsterPythonError' as const;
  /** The Python exception class, when the server reports it. */
  readonly className: string | null;
  /**
   * The Python traceback lines. Not called `stack`, which JavaScript
   * reserves for the error's own stack trace.
   */
  readonly pythonStack: string[];

  constructor(
    message: string,
    className: string | null = null,
    pythonStack: string[] = [],
  ) {
    super(message);
    this.className = className;
    this.pythonStack = pythonStack;
  }
}

/**
 * A repository selector named a repository the server does not have
 * (`RepositoryNotFoundError`), typically because a code location was
 * renamed or reloaded between two requests.
 *
 * @public
 */
export class DagsterRepositoryNotFoundError extends DagsterError {
  name = 'DagsterRepositoryNotFoundError' as const;
  constructor(
    message: string,
    readonly repositoryName: string,
    readonly repositoryLocationName: string,
  ) {
    super(message);
  }
}

/**
 * A code location that has no data yet because the server is still loading
 * it for the first time; not a union member, but reported like a load
 * error so callers keep what they last knew about the location.
 *
 * @public
 */
export class DagsterCodeLocationLoadingError extends DagsterError {
  name = 'DagsterCodeLocationLoadingError' as const;
}

/**
 * An `AssetNotFoundError` union member: the asset key is unknown.
 *
 * @public
 */
export class DagsterAssetNotFoundError extends DagsterError {
  name = 'DagsterAssetNotFoundError' as const;
}

/**
 * An `UnauthorizedError` union member: the token lacks the permission.
 *
 * @public
 */
export class DagsterUnauthorizedError extends DagsterError {
  name = 'DagsterUnauthorizedError' as const;
}

/**
 * The request was rejected as a whole: the top-level GraphQL `errors`
 * array was not empty, typically a query the server does not understand.
 *
 * @public
 */
export class DagsterGraphQLError extends DagsterError {
  name = 'DagsterGraphQLError' as const;
  constructor(
    message: string,
    /** The `message` of every entry of the `errors` array. */
    readonly messages: string[],
    /** The HTTP status the errors came with (200 or 400 in practice). */
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * The answer was not a GraphQL response (an HTML login page, garbage, or
 * JSON without `data`): the URL probably does not point at Dagster.
 *
 * @public
 */
export class DagsterProtocolError extends DagsterError {
  name = 'DagsterProtocolError' as const;
}

/**
 * Dagster answered with an HTTP error status and no GraphQL errors, or kept
 * answering 429/5xx until the attempts ran out.
 *
 * @public
 */
export class DagsterHttpError extends DagsterError {
  name = 'DagsterHttpError' as const;
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/**
 * The server could not be reached or did not answer in time, on every
 * attempt.
 *
 * @public
 */
export class DagsterNetworkError extends DagsterError {
  name = 'DagsterNetworkError' as const;
  constructor(
    message: string,
    /** `timeout` when the per-request timeout fired, otherwise `network`. */
    readonly reason: 'timeout' | 'network',
    cause?: unknown,
  ) {
    super(message, cause);
  }
}

/**
 * The caller's deadline passed (its `signal` aborted) before Dagster
 * answered: the read was given up, retries and waits included. Not retried.
 *
 * @public
 */
export class DagsterDeadlineError extends DagsterError {
  name = 'DagsterDeadlineError' as const;
}

/**
 * A union member the client does not know (a newer server, or an error
 * type the query selected only by its `Error` interface).
 *
 * @public
 */
export class DagsterUnexpectedResultError extends DagsterError {
  name = 'DagsterUnexpectedResultError' as const;
  constructor(message: string, readonly typename: string) {
    super(message);
  }
}

/**
 * Dagster refused to launch a run: any error member of `LaunchRunResult`
 * other than `PythonError` and `UnauthorizedError` (which keep their own
 * types), for example `InvalidSubsetError` for an asset the repository does
 * not have. `typename` names the member.
 *
 * @public
 */
export class DagsterRunLaunchError extends DagsterError {
  name = 'DagsterRunLaunchError' as const;
  constructor(message: string, readonly typename: string) {
    super(message);
  }
}

/**
 * A `RunNotFoundError` union member: no run has that id.
 *
 * @public
 */
export class DagsterRunNotFoundError extends DagsterError {
  name = 'DagsterRunNotFoundError' as const;
  constructor(message: string, readonly runId: string) {
    super(message);
  }
}
