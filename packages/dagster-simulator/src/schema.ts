import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchema, buildSchema } from 'graphql';
import { packageRoot } from './packageRoot';

/** Where `schema.graphql` lives; the package ships it in `src/` (see `files`). */
export function resolveSchemaPath(): string {
  const file = path.join(packageRoot(), 'src', 'schema.graphql');
  if (!fs.existsSync(file)) {
    throw new Error(`Dagster simulator schema not found at ${file}`);
  }
  return file;
}

/** Reads the simulator's own schema text. */
export function readSchemaSource(): string {
  return fs.readFileSync(resolveSchemaPath(), 'utf8');
}

let cached: GraphQLSchema | undefined;

/** Builds (once) the executable schema the simulator validates against. */
export function loadSimulatorSchema(): GraphQLSchema {
  if (!cached) {
    cached = buildSchema(readSchemaSource());
  }
  return cached;
}
