import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { ProjectStore, StoredProject } from './ProjectStore';

const TABLE = 'dagster_projects';
const migrationsDir = resolvePackagePath(
  '@internal/backstage-plugin-dagster-backend',
  'migrations',
);

type ProjectRow = {
  name: string;
  owner: string;
  cost_centre: string;
  monthly_budget_gbp: string | number;
  classification: string;
  personal_data: boolean | number;
  lawful_basis: string | null;
  retention_period: string | null;
  department: string | null;
  registered_by: string;
  registered_at: Date | string;
};

/**
 * The project registry on the plugin's own database (SQLite or PostgreSQL).
 *
 * @public
 */
export class DatabaseProjectStore implements ProjectStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseProjectStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseProjectStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async register(project: StoredProject): Promise<void> {
    try {
      await this.db<ProjectRow>(TABLE).insert(toRow(project));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          `A project named "${project.name}" is already registered`,
        );
      }
      throw error;
    }
  }

  async get(name: string): Promise<StoredProject | undefined> {
    const row = await this.db<ProjectRow>(TABLE).where({ name }).first();
    return row ? fromRow(row) : undefined;
  }

  async list(options: { owner?: string } = {}): Promise<StoredProject[]> {
    const query = this.db<ProjectRow>(TABLE).orderBy('name');
    if (options.owner) query.where({ owner: options.owner });
    return (await query).map(fromRow);
  }
}

function toRow(p: StoredProject): ProjectRow {
  return {
    name: p.name,
    owner: p.owner,
    cost_centre: p.costCentre,
    monthly_budget_gbp: p.monthlyBudgetGbp,
    classification: p.classification,
    personal_data: p.personalData,
    lawful_basis: p.lawfulBasis ?? null,
    retention_period: p.retentionPeriod ?? null,
    department: p.department ?? null,
    registered_by: p.registeredBy,
    registered_at: new Date(p.registeredAt),
  };
}

function fromRow(r: ProjectRow): StoredProject {
  return {
    name: r.name,
    owner: r.owner,
    costCentre: r.cost_centre,
    monthlyBudgetGbp: Number(r.monthly_budget_gbp),
    classification: r.classification as StoredProject['classification'],
    personalData: Boolean(r.personal_data),
    ...(r.lawful_basis
      ? { lawfulBasis: r.lawful_basis as StoredProject['lawfulBasis'] }
      : {}),
    ...(r.retention_period ? { retentionPeriod: r.retention_period } : {}),
    ...(r.department ? { department: r.department } : {}),
    registeredBy: r.registered_by,
    registeredAt: new Date(r.registered_at).toISOString(),
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  // PostgreSQL reports 23505; SQLite reports SQLITE_CONSTRAINT_PRIMARYKEY.
  return (
    e?.code === '23505' ||
    /UNIQUE constraint failed|SQLITE_CONSTRAINT/.test(e?.message ?? '') ||
    /SQLITE_CONSTRAINT/.test(e?.code ?? '')
  );
}
