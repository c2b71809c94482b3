import type { DagsterApi } from '../api';

/**
 * A DagsterApi for component tests: a configured, non-demo backend with no
 * projects, whose lineage and checks are jest mocks unless a test gives them.
 */
export function stubDagsterApi(
  overrides: Partial<DagsterApi> = {},
): DagsterApi {
  return {
    getStatus: async () => ({ configured: true, demo: false, instances: [] }),
    listProjects: async () => [],
    getProject: async () => undefined,
    getLineage: jest.fn(),
    getChecks: jest.fn(),
    ...overrides,
  };
}
