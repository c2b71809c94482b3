/**
 * Failure modes the simulator can be told to show. All can be changed while
 * it runs (`setFaults` or `POST /__simulator/faults`).
 *
 * @public
 */
export interface Faults {
  /** Delay before every GraphQL answer, in milliseconds. */
  latencyMs: number;
  /** Share (0..1) of GraphQL requests answered with HTTP 500, 502 or 503. */
  errorRate: number;
  /** Seed of the generator that decides which requests fail; setting it restarts the sequence. */
  errorSeed: number;
  /** Drop GraphQL connections without an answer (the admin endpoint stays up). */
  down: boolean;
  /** Code location name to load error: that location reports a PythonError and its assets vanish. */
  locationErrors: Record<string, string>;
  /** Answer GraphQL requests with 200 and a body that is not GraphQL JSON. */
  garbage: boolean;
  /** Answer GraphQL requests with 429 Too Many Requests and `Retry-After`. */
  status429: boolean;
  /** Behave like `dagster-webserver --read-only`: no launch or terminate permission. */
  readOnly: boolean;
}

/** Faults of a healthy server. @public */
export const NO_FAULTS: Faults = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  errorSeed: 1,
  down: false,
  locationErrors: {},
  garbage: false,
  status429: false,
  readOnly: false,
}) as Faults;

/**
 * Checks a partial faults object from JSON; returns an error message or the
 * validated value.
 */
export function parseFaults(input: unknown): Partial<Faults> | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return 'faults must be a JSON object';
  }
  const out: Partial<Faults> = {};
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case 'latencyMs':
      case 'errorSeed':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          return `${key} must be a non-negative number`;
        }
        out[key] = value;
        break;
      case 'errorRate':
        if (typeof value !== 'number' || value < 0 || value > 1) {
          return 'errorRate must be a number from 0 to 1';
        }
        out.errorRate = value;
        break;
      case 'down':
      case 'garbage':
      case 'status429':
      case 'readOnly':
        if (typeof value !== 'boolean') return `${key} must be true or false`;
        out[key] = value;
        break;
      case 'locationErrors':
        if (
          typeof value !== 'object' ||
          value === null ||
          Object.values(value).some(v => typeof v !== 'string')
        ) {
          return 'locationErrors must map location names to messages';
        }
        out.locationErrors = { ...(value as Record<string, string>) };
        break;
      default:
        return `unknown fault "${key}"`;
    }
  }
  return out;
}
