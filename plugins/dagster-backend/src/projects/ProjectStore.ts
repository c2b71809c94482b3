import type { RegisteredProject } from '@internal/backstage-plugin-dagster-common';

/**
 * A project as the registry stores it: the contract's RegisteredProject with
 * its money fields always present (the routes leave them out for callers who
 * may not see them).
 *
 * @public
 */
export type StoredProject = RegisteredProject &
  Required<Pick<RegisteredProject, 'costCentre' | 'monthlyBudgetGbp'>>;

/**
 * Persistence of the project registry.
 *
 * @public
 */
export interface ProjectStore {
  /** Throws ConflictError when the name is taken. */
  register(project: StoredProject): Promise<void>;
  get(name: string): Promise<StoredProject | undefined>;
  list(options?: { owner?: string }): Promise<StoredProject[]>;
}
