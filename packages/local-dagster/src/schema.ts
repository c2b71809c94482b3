import { execFileSync } from 'node:child_process';
import { venvBin } from './paths';

const PRINT_SCHEMA = [
  'from dagster_graphql.schema import create_schema',
  'print(create_schema())',
].join('\n');

/**
 * Dagster's GraphQL schema (SDL) as printed by the installed dagster-graphql:
 * the contract the portal's client is checked against.
 *
 * @public
 */
export function printDagsterSchema(): string {
  return execFileSync(venvBin('python'), ['-c', PRINT_SCHEMA], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DAGSTER_DISABLE_TELEMETRY: '1' },
  });
}
