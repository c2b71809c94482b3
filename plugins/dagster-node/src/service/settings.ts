import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * How every Dagster client of the backend talks to Dagster
 * (`dagster.client.*`). Unset keys keep the client's defaults.
 *
 * @public
 */
export interface DagsterClientSettings {
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  /** Attempts per request, retries included. */
  maxAttempts?: number;
  /** First retry delay in milliseconds. */
  baseDelayMs?: number;
  /** Longest one lineage or checks answer waits on Dagster, in milliseconds (default 10000). */
  deadlineMs: number;
}

const DEFAULT_DEADLINE_MS = 10_000;

/**
 * Reads `dagster.client.*`, refusing values that cannot work (a zero
 * timeout, a fractional attempt count) at start-up with the key named.
 *
 * @public
 */
export function readDagsterClientSettings(
  config: Config,
): DagsterClientSettings {
  const c = config.getOptionalConfig('dagster.client');
  const positive = (key: string, integer = false) => {
    const value = c?.getOptionalNumber(key);
    if (
      value !== undefined &&
      (!(value > 0) ||
        !Number.isFinite(value) ||
        (integer && !Number.isInteger(value)))
    ) {
      throw new InputError(
        `dagster.client.${key} must be a positive ${
          integer ? 'whole number' : 'number'
        }, not ${value}`,
      );
    }
    return value;
  };
  return {
    timeoutMs: positive('timeoutMs'),
    maxAttempts: positive('maxAttempts', true),
    baseDelayMs: positive('baseDelayMs'),
    deadlineMs: positive('deadlineMs') ?? DEFAULT_DEADLINE_MS,
  };
}
