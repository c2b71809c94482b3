import type { ProjectRequest } from '@internal/backstage-plugin-dagster-common';

/**
 * A project as the platform's registry holds it.
 *
 * @public
 */
export interface RegisteredProject extends ProjectRequest {
  registeredBy: string;
  registeredAt: string;
}

/**
 * Persistence of the project registry.
 *
 * @public
 */
export interface ProjectStore {
  /** Throws ConflictError when the name is taken. */
  register(project: RegisteredProject): Promise<void>;
  get(name: string): Promise<RegisteredProject | undefined>;
  list(options?: { owner?: string }): Promise<RegisteredProject[]>;
}
