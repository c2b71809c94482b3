/**
 * What the proxy does to requests on their way to Dagster. All can change
 * while it runs (`setFaults` or `POST /__faults`).
 *
 * @public
 */
export interface Faults {
  /** Delay before each request is passed on, in milliseconds. */
  latencyMs: number;
  /** Share (0..1) of requests answered with HTTP 500, 502 or 503 instead of being passed on. */
  errorRate: number;
  /** Seed of the generator that picks the failing requests; setting it restarts the sequence. */
  errorSeed: number;
  /** Drop connections without an answer (clients see a reset socket). */
  down: boolean;
  /** Answer 200 with an HTML sign-in page instead of GraphQL JSON (a misrouted proxy). */
  garbage: boolean;
  /** Answer 429 Too Many Requests with `Retry-After: 1`. */
  status429: boolean;
}

/** Faults of a healthy path to Dagster. @public */
export const NO_FAULTS: Readonly<Faults> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  errorSeed: 1,
  down: false,
  garbage: false,
  status429: false,
});

const NUMBERS = ['latencyMs', 'errorSeed'] as const;
const FLAGS = ['down', 'garbage', 'status429'] as const;

/** Checks a partial faults object from JSON; returns an error message or the value. */
export function parseFaults(input: unknown): Partial<Faults> | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return 'faults must be a JSON object';
  }
  const out: Partial<Faults> = {};
  for (const [key, value] of Object.entries(input)) {
    if ((NUMBERS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return `${key} must be a non-negative number`;
      }
      out[key as (typeof NUMBERS)[number]] = value;
    } else if ((FLAGS as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') return `${key} must be true or false`;
      out[key as (typeof FLAGS)[number]] = value;
    } else if (key === 'errorRate') {
      if (typeof value !== 'number' || value < 0 || value > 1) {
        return 'errorRate must be a number from 0 to 1';
      }
      out.errorRate = value;
    } else {
      return `unknown fault "${key}"`;
    }
  }
  return out;
}

/** A small deterministic generator (mulberry32), so flaky runs repeat. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
