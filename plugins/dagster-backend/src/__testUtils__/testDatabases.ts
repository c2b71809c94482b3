import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases every store test runs on: SQLite always, and the PostgreSQL
 * named by BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (set by
 * `make test` and .ci/run). Docker is never used.
 */
export function createTestDatabases() {
  const ids: TestDatabaseId[] = ['SQLITE_3'];
  if (process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING) {
    ids.unshift('POSTGRES_15');
  } else if (process.env.CI) {
    throw new Error(
      'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set: under CI the store tests must run on PostgreSQL too (see .ci/run)',
    );
  } else {
    // eslint-disable-next-line no-console
    console.warn(
      'PostgreSQL tests skipped: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (make test does)',
    );
  }
  return TestDatabases.create({ ids, disableDocker: true });
}
