import { InputError } from '@backstage/errors';

/** The widths of the materialisation tables; beyond them a request is refused, never cut short. */
export const LIMITS = {
  idempotencyKey: 128,
  requestedBy: 255,
  entityRef: 255,
  target: 100,
  assetKey: 255,
  assetKeys: 500,
  dispatchId: 255,
  dispatchIds: 100,
  replicaId: 255,
  detail: 2000,
  placementJson: 65_536,
  /** decimal(12, 4) */
  maxCostGbp: 99_999_999,
  /** A lease longer than a day would leave a crashed replica's request stuck. */
  maxLeaseMs: 86_400_000,
} as const;

export function requireText(field: string, value: unknown, max: number) {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InputError(`${field} must be a non-empty string`);
  }
  if (value.length > max) {
    throw new InputError(
      `${field} is ${value.length} characters long; at most ${max} are allowed`,
    );
  }
}

export function requireTexts(
  field: string,
  values: unknown,
  options: { maxItems: number; maxLength: number; minItems: number },
) {
  if (!Array.isArray(values)) {
    throw new InputError(`${field} must be an array of strings`);
  }
  if (values.length < options.minItems || values.length > options.maxItems) {
    throw new InputError(
      `${field} has ${values.length} entries; between ${options.minItems} and ${options.maxItems} are allowed`,
    );
  }
  values.forEach((v, i) => requireText(`${field}[${i}]`, v, options.maxLength));
}
