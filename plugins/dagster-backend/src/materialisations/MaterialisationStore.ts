import type { PlacementDecision } from '@internal/backstage-plugin-dagster-common';

/**
 * Where a materialisation stands. `pending` until dispatched; `succeeded`,
 * `failed` and `cancelled` end it.
 *
 * @public
 */
export type MaterialisationState =
  | 'pending'
  | 'dispatched'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'cancelled';

/** @public */
export const MATERIALISATION_STATES: readonly MaterialisationState[] = [
  'pending',
  'dispatched',
  'running',
  'succeeded',
  'failed',
  'cancelled',
];

/** @public */
export const ENDED_STATES: readonly MaterialisationState[] = [
  'succeeded',
  'failed',
  'cancelled',
];

/**
 * What a person asks for. The idempotency key is theirs: the same key from
 * the same person means the same request.
 *
 * @public
 */
export interface MaterialisationAsk {
  idempotencyKey: string;
  /** The user entity ref of whoever asked. */
  requestedBy: string;
  /** The catalog entity (asset or project) the request was made on. */
  entityRef: string;
  /** Dagster asset keys, slash-joined. */
  assetKeys: string[];
  placement: PlacementDecision;
  /** Where it is dispatched: a Dagster instance id or an AWS service. */
  target: string;
  estimatedCostGbp: number;
}

/**
 * One change of state, as the history shows it.
 *
 * @public
 */
export interface MaterialisationStatus {
  state: MaterialisationState;
  detail?: string;
  /** ISO 8601. */
  at: string;
}

/**
 * A stored request. Its id (a UUID) is what goes into the Dagster run tags
 * and the AWS task tags, so a restarted backend can find what it dispatched.
 *
 * @public
 */
export interface MaterialisationRequest extends MaterialisationAsk {
  id: string;
  state: MaterialisationState;
  /** Set once it has ended: the ending state. */
  outcome?: 'succeeded' | 'failed' | 'cancelled';
  /** Dagster run ids, ECS task ARNs, Batch job ids or Lambda request ids. */
  dispatchIds: string[];
  createdAt: string;
  startedAt?: string;
  endedAt?: string;
  history: MaterialisationStatus[];
}

/**
 * Persistence of materialisation requests, shared by every backend replica.
 *
 * @public
 */
export interface MaterialisationStore {
  /**
   * Stores a new request, or answers the stored one for the same person and
   * idempotency key. Throws ConflictError when that key was used for other
   * assets or another entity, InputError beyond a field's limits.
   */
  request(ask: MaterialisationAsk): Promise<MaterialisationRequest>;
  /**
   * Takes the dispatch lease of a pending request for leaseMs: true for the
   * one replica that may dispatch it now. A lapsed or released lease may be
   * taken by anyone; the holder may renew its own.
   */
  claimForDispatch(
    id: string,
    replicaId: string,
    leaseMs: number,
  ): Promise<boolean>;
  /** Gives a lease back (the dispatch failed in a way worth retrying). */
  releaseClaim(id: string, replicaId: string): Promise<void>;
  /** Records what was dispatched; the request becomes `dispatched`. */
  recordDispatch(
    id: string,
    dispatch: { dispatchIds: string[] },
  ): Promise<void>;
  /** Appends to the history. Throws ConflictError once the request has ended. */
  appendStatus(id: string, status: MaterialisationStatus): Promise<void>;
  get(id: string): Promise<MaterialisationRequest | undefined>;
  /** Newest first. */
  listForEntity(
    entityRef: string,
    options?: { limit?: number },
  ): Promise<MaterialisationRequest[]>;
  /** Requests not yet ended, oldest first: what a restarted backend reconciles. */
  listInFlight(): Promise<MaterialisationRequest[]>;
}
