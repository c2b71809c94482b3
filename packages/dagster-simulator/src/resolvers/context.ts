import type { SimulatorStore } from '../store/store';

/** Per-request context handed to every resolver. */
export interface SimContext {
  store: SimulatorStore;
  /** Wall-clock time of the request, epoch milliseconds. */
  nowMs: number;
}

/** Output shape of `AssetKey`. */
export function assetKey(path: readonly string[]) {
  return { path: [...path] };
}

/** A `PythonError` union member, as Dagster reports server-side failures. */
export function pythonError(
  message: string,
  stack: string[] = [],
  className?: string,
) {
  return {
    __typename: 'PythonError',
    message,
    className: className ?? null,
    stack,
    cause: null,
    causes: [],
    errorChain: [],
  };
}

/** Union member with only a message (AssetNotFoundError, UnauthorizedError, ...). */
export function messageError(
  typename: string,
  message: string,
  extra: object = {},
) {
  return { __typename: typename, message, ...extra };
}

/** The Dagster "not found" message for an asset key. */
export function assetNotFound(path: readonly string[]) {
  return messageError(
    'AssetNotFoundError',
    `Asset key ${path.join('/')} not found.`,
  );
}
