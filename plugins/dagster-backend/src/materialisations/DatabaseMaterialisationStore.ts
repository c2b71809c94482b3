import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { LIMITS, requireText, requireTexts } from './limits';
import {
  ENDED_STATES,
  MATERIALISATION_STATES,
  MaterialisationAsk,
  MaterialisationRequest,
  MaterialisationState,
  MaterialisationStatus,
  MaterialisationStore,
} from './MaterialisationStore';

const REQUESTS = 'dagster_materialisations';
const STATUSES = 'dagster_materialisation_statuses';
const DEFAULT_LIST_LIMIT = 20;
const MAX_LIST_LIMIT = 100;
const migrationsDir = resolvePackagePath(
  '@internal/backstage-plugin-dagster-backend',
  'migrations',
);

type RequestRow = {
  id: string;
  idempotency_key: string;
  requested_by: string;
  entity_ref: string;
  asset_keys: string;
  placement: string;
  target: string;
  estimated_cost_gbp: string | number;
  dispatch_ids: string | null;
  state: MaterialisationState;
  outcome: MaterialisationRequest['outcome'] | null;
  lease_owner: string | null;
  lease_expires_at: string | number | null;
  created_at: Date | string | number;
  started_at: Date | string | number | null;
  ended_at: Date | string | number | null;
};

type StatusRow = {
  id?: number;
  request_id: string;
  state: MaterialisationState;
  detail: string | null;
  at: Date | string | number;
};

/**
 * Materialisation requests on the plugin's own database (SQLite or
 * PostgreSQL). Idempotency rests on a unique constraint over (requested_by,
 * idempotency_key), the dispatch lease on a conditional update: both hold
 * across replicas sharing one database.
 *
 * @public
 */
export class DatabaseMaterialisationStore implements MaterialisationStore {
  static async create(options: {
    database: DatabaseService;
    /** The clock, for tests of lapsed leases. */
    now?: () => Date;
  }): Promise<DatabaseMaterialisationStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseMaterialisationStore(
      client,
      options.now ?? (() => new Date()),
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async request(ask: MaterialisationAsk): Promise<MaterialisationRequest> {
    const row = toNewRow(ask, randomUUID(), this.now());
    await this.db.transaction(async tx => {
      const inserted = await tx<RequestRow>(REQUESTS)
        .insert(row)
        .onConflict(['requested_by', 'idempotency_key'])
        .ignore()
        .returning('id');
      if (inserted.length > 0) {
        await tx<StatusRow>(STATUSES).insert({
          request_id: row.id,
          state: 'pending',
          detail: null,
          at: row.created_at,
        });
      }
    });
    const stored = await this.db<RequestRow>(REQUESTS)
      .where({
        requested_by: ask.requestedBy,
        idempotency_key: ask.idempotencyKey,
      })
      .first();
    if (!stored) {
      throw new Error('The materialisation request was not stored');
    }
    if (!sameAsk(stored, row)) {
      throw new ConflictError(
        `The idempotency key "${
          ask.idempotencyKey
        }" was already used for another materialisation (${
          stored.entity_ref
        }: ${JSON.parse(stored.asset_keys).join(', ')})`,
      );
    }
    return (await this.withHistory([stored]))[0];
  }

  async claimForDispatch(
    id: string,
    replicaId: string,
    leaseMs: number,
  ): Promise<boolean> {
    requireText('replicaId', replicaId, LIMITS.replicaId);
    if (
      !Number.isInteger(leaseMs) ||
      leaseMs < 1 ||
      leaseMs > LIMITS.maxLeaseMs
    ) {
      throw new InputError(
        `leaseMs must be a whole number of milliseconds between 1 and ${LIMITS.maxLeaseMs}`,
      );
    }
    const now = this.now().getTime();
    const taken = await this.db<RequestRow>(REQUESTS)
      .where({ id, state: 'pending' })
      .andWhere(lease =>
        lease
          .whereNull('lease_owner')
          .orWhere('lease_owner', replicaId)
          .orWhere('lease_expires_at', '<=', now),
      )
      .update({ lease_owner: replicaId, lease_expires_at: now + leaseMs });
    if (taken === 0) await this.mustExist(id);
    return taken === 1;
  }

  async releaseClaim(id: string, replicaId: string): Promise<void> {
    await this.db<RequestRow>(REQUESTS)
      .where({ id, lease_owner: replicaId })
      .update({ lease_owner: null, lease_expires_at: null });
  }

  async recordDispatch(
    id: string,
    dispatch: { dispatchIds: string[] },
  ): Promise<void> {
    requireTexts('dispatchIds', dispatch.dispatchIds, {
      minItems: 1,
      maxItems: LIMITS.dispatchIds,
      maxLength: LIMITS.dispatchId,
    });
    await this.db.transaction(async tx => {
      const updated = await tx<RequestRow>(REQUESTS)
        .where({ id, state: 'pending' })
        .update({
          state: 'dispatched',
          dispatch_ids: JSON.stringify(dispatch.dispatchIds),
          lease_owner: null,
          lease_expires_at: null,
        });
      if (updated === 0) {
        await this.mustExist(id, tx);
        throw new ConflictError(`Materialisation ${id} was dispatched already`);
      }
      await tx<StatusRow>(STATUSES).insert({
        request_id: id,
        state: 'dispatched',
        detail: dispatch.dispatchIds.join(', '),
        at: this.now(),
      });
    });
  }

  async appendStatus(id: string, status: MaterialisationStatus): Promise<void> {
    if (!MATERIALISATION_STATES.includes(status.state)) {
      throw new InputError(
        `state must be one of ${MATERIALISATION_STATES.join(', ')}`,
      );
    }
    if (status.detail !== undefined) {
      requireText('detail', status.detail, LIMITS.detail);
    }
    const at = new Date(status.at);
    if (typeof status.at !== 'string' || Number.isNaN(at.getTime())) {
      throw new InputError('at must be an ISO 8601 date and time');
    }
    const ends = ENDED_STATES.includes(status.state);
    await this.db.transaction(async tx => {
      const updated = await tx<RequestRow>(REQUESTS)
        .where({ id })
        .whereNotIn('state', ENDED_STATES)
        .update({
          state: status.state,
          ...(ends
            ? {
                outcome: status.state as RequestRow['outcome'],
                ended_at: at,
                lease_owner: null,
                lease_expires_at: null,
              }
            : {}),
        });
      if (updated === 0) {
        await this.mustExist(id, tx);
        throw new ConflictError(`Materialisation ${id} has ended already`);
      }
      if (status.state === 'running') {
        await tx<RequestRow>(REQUESTS)
          .where({ id })
          .whereNull('started_at')
          .update({ started_at: at });
      }
      await tx<StatusRow>(STATUSES).insert({
        request_id: id,
        state: status.state,
        detail: status.detail ?? null,
        at,
      });
    });
  }

  async get(id: string): Promise<MaterialisationRequest | undefined> {
    const row = await this.db<RequestRow>(REQUESTS).where({ id }).first();
    return row ? (await this.withHistory([row]))[0] : undefined;
  }

  async listForEntity(
    entityRef: string,
    options: { limit?: number } = {},
  ): Promise<MaterialisationRequest[]> {
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
      throw new InputError(
        `limit must be a whole number between 1 and ${MAX_LIST_LIMIT}`,
      );
    }
    const rows = await this.db<RequestRow>(REQUESTS)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return this.withHistory(rows);
  }

  async listInFlight(): Promise<MaterialisationRequest[]> {
    const rows = await this.db<RequestRow>(REQUESTS)
      .whereNotIn('state', ENDED_STATES)
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return this.withHistory(rows);
  }

  private async mustExist(id: string, db: Knex = this.db): Promise<void> {
    const row = await db<RequestRow>(REQUESTS).where({ id }).first('id');
    if (!row) throw new NotFoundError(`No materialisation ${id}`);
  }

  private async withHistory(
    rows: RequestRow[],
  ): Promise<MaterialisationRequest[]> {
    if (rows.length === 0) return [];
    const statuses = await this.db<StatusRow>(STATUSES)
      .whereIn(
        'request_id',
        rows.map(r => r.id),
      )
      .orderBy('id');
    return rows.map(r =>
      fromRow(
        r,
        statuses.filter(s => s.request_id === r.id),
      ),
    );
  }
}

function toNewRow(ask: MaterialisationAsk, id: string, now: Date): RequestRow {
  requireText('idempotencyKey', ask.idempotencyKey, LIMITS.idempotencyKey);
  requireText('requestedBy', ask.requestedBy, LIMITS.requestedBy);
  requireText('entityRef', ask.entityRef, LIMITS.entityRef);
  requireText('target', ask.target, LIMITS.target);
  requireTexts('assetKeys', ask.assetKeys, {
    minItems: 1,
    maxItems: LIMITS.assetKeys,
    maxLength: LIMITS.assetKey,
  });
  const cost = ask.estimatedCostGbp;
  if (!Number.isFinite(cost) || cost < 0 || cost > LIMITS.maxCostGbp) {
    throw new InputError(
      `estimatedCostGbp must be a number of pounds from 0 to ${LIMITS.maxCostGbp}`,
    );
  }
  const placement = JSON.stringify(ask.placement ?? null);
  if (!ask.placement || typeof ask.placement !== 'object') {
    throw new InputError('placement must be a placement decision');
  }
  if (placement.length > LIMITS.placementJson) {
    throw new InputError(
      `placement is ${placement.length} characters of JSON; at most ${LIMITS.placementJson} are allowed`,
    );
  }
  return {
    id,
    idempotency_key: ask.idempotencyKey,
    requested_by: ask.requestedBy,
    entity_ref: ask.entityRef,
    asset_keys: JSON.stringify(ask.assetKeys),
    placement,
    target: ask.target,
    // The column keeps four decimal places; round here so what is answered is what is kept.
    estimated_cost_gbp: Math.round(cost * 10_000) / 10_000,
    dispatch_ids: null,
    state: 'pending',
    outcome: null,
    lease_owner: null,
    lease_expires_at: null,
    created_at: now,
    started_at: null,
    ended_at: null,
  };
}

/**
 * The same request is the same entity and the same assets. The placement,
 * target and estimate are the backend's own decisions, which a retry may
 * compute afresh: the first one stands.
 */
function sameAsk(stored: RequestRow, fresh: RequestRow): boolean {
  const assets = (json: string) =>
    JSON.stringify([...(JSON.parse(json) as string[])].sort());
  return (
    stored.entity_ref === fresh.entity_ref &&
    assets(stored.asset_keys) === assets(fresh.asset_keys)
  );
}

function iso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

function fromRow(r: RequestRow, statuses: StatusRow[]): MaterialisationRequest {
  return {
    id: r.id,
    idempotencyKey: r.idempotency_key,
    requestedBy: r.requested_by,
    entityRef: r.entity_ref,
    assetKeys: JSON.parse(r.asset_keys),
    placement: JSON.parse(r.placement),
    target: r.target,
    estimatedCostGbp: Number(r.estimated_cost_gbp),
    state: r.state,
    ...(r.outcome ? { outcome: r.outcome } : {}),
    dispatchIds: r.dispatch_ids ? JSON.parse(r.dispatch_ids) : [],
    createdAt: iso(r.created_at),
    ...(r.started_at ? { startedAt: iso(r.started_at) } : {}),
    ...(r.ended_at ? { endedAt: iso(r.ended_at) } : {}),
    history: statuses.map(s => ({
      state: s.state,
      ...(s.detail ? { detail: s.detail } : {}),
      at: iso(s.at),
    })),
  };
}
