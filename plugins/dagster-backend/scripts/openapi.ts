/*
 * Generates the typed forms of the plugin's API contract from
 * src/schema/openapi.yaml: the spec module the router is built from, and the
 * models (TypeScript types of components.schemas) that the clients in
 * dagster-common use. Backstage's repo-tools generator does this with a
 * download these machines cannot make; this is the small part of it we need.
 *
 *   yarn workspace @internal/backstage-plugin-dagster-backend openapi:generate
 *   ... openapi:verify   (fails when a generated file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';

type Schema = Record<string, any>;

const HEADER =
  '// Generated from plugins/dagster-backend/src/schema/openapi.yaml by\n' +
  '// `yarn workspace @internal/backstage-plugin-dagster-backend openapi:generate`. Do not edit.\n';

export const SPEC_FILE = resolve(__dirname, '../src/schema/openapi.yaml');
export const SPEC_MODULE = resolve(
  __dirname,
  '../src/schema/openapi.generated.ts',
);
export const MODELS_MODULE = resolve(
  __dirname,
  '../../dagster-common/src/schema/models.generated.ts',
);

/** The spec as a TypeScript constant, for createValidatedOpenApiRouter. */
export function renderSpecModule(spec: Schema): string {
  return (
    `${HEADER}\n/** The plugin's API contract. */\n` +
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;\n`
  );
}

/** One exported type per schema of components.schemas, with its description. */
export function renderModels(spec: Schema): string {
  const schemas: Record<string, Schema> = spec.components?.schemas ?? {};
  const blocks = Object.entries(schemas).map(([name, schema]) => {
    const doc = docComment(schema.description, '', '@public');
    if (schema.type === 'object' && !schema.oneOf) {
      return `${doc}export interface ${name} ${objectType(schema, '')}`;
    }
    return `${doc}export type ${name} = ${typeOf(schema, '')};`;
  });
  return `${HEADER}\n${blocks.join('\n\n')}\n`;
}

function docComment(
  description: string | undefined,
  indent: string,
  tag?: string,
): string {
  const lines = [
    ...(description ? description.trim().split('\n') : []),
    ...(tag ? [...(description ? [''] : []), tag] : []),
  ];
  if (lines.length === 0) return '';
  return `${indent}/**\n${lines
    .map(line => `${indent} *${line ? ` ${line}` : ''}`)
    .join('\n')}\n${indent} */\n${indent}`;
}

function objectType(schema: Schema, indent: string): string {
  const required = new Set<string>(schema.required ?? []);
  const inner = `${indent}  `;
  const fields = Object.entries<Schema>(schema.properties ?? {}).map(
    ([key, value]) =>
      `${docComment(value.description, inner) || inner}${key}${
        required.has(key) ? '' : '?'
      }: ${typeOf(value, inner)};`,
  );
  return `{\n${fields.join('\n')}\n${indent}}`;
}

function typeOf(schema: Schema, indent: string): string {
  if (schema.$ref) return String(schema.$ref).split('/').pop()!;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum)
    return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
  if (schema.oneOf) {
    return schema.oneOf.map((s: Schema) => typeOf(s, indent)).join(' | ');
  }
  const types: string[] = Array.isArray(schema.type)
    ? schema.type
    : [schema.type];
  return types
    .map(type => {
      switch (type) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array':
          return `Array<${typeOf(schema.items ?? {}, indent)}>`;
        case 'object':
          return objectType(schema, indent);
        default:
          return 'unknown';
      }
    })
    .join(' | ');
}

/** The generated files and what they should hold. */
export function expectedFiles(): { path: string; text: string }[] {
  const spec = YAML.parse(readFileSync(SPEC_FILE, 'utf8'));
  return [
    { path: SPEC_MODULE, text: renderSpecModule(spec) },
    { path: MODELS_MODULE, text: renderModels(spec) },
  ];
}

if (require.main === module) {
  const verify = process.argv.includes('--verify');
  let stale = 0;
  for (const { path, text } of expectedFiles()) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    if (verify) {
      stale += 1;
      process.stderr.write(`stale: ${path}\n`);
    } else {
      writeFileSync(path, text);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  if (stale > 0) {
    process.stderr.write('run openapi:generate and commit the result\n');
    process.exit(1);
  }
}
