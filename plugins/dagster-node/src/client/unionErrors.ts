import {
  DagsterAssetNotFoundError,
  DagsterError,
  DagsterPythonError,
  DagsterRepositoryNotFoundError,
  DagsterUnauthorizedError,
  DagsterUnexpectedResultError,
} from './errors';

/**
 * Turns an error member of an `...OrError` union into its typed error.
 * `redact` keeps a secret out of messages that echo server text.
 */
export function errorFromUnion(
  union: { __typename: string },
  redact: (text: string) => string = t => t,
): DagsterError {
  const member = union as { __typename: string } & Record<string, unknown>;
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const message = redact(
    str(member.message) || `Dagster answered ${member.__typename}`,
  );
  switch (member.__typename) {
    case 'PythonError':
      return new DagsterPythonError(
        message,
        typeof member.className === 'string' ? member.className : null,
        Array.isArray(member.stack)
          ? member.stack.map(line => redact(String(line)))
          : [],
      );
    case 'RepositoryNotFoundError':
      return new DagsterRepositoryNotFoundError(
        message,
        str(member.repositoryName),
        str(member.repositoryLocationName),
      );
    case 'AssetNotFoundError':
      return new DagsterAssetNotFoundError(message);
    case 'UnauthorizedError':
      return new DagsterUnauthorizedError(message);
    default:
      return new DagsterUnexpectedResultError(message, member.__typename);
  }
}
