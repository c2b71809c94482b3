import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  Entity,
} from '@backstage/catalog-model';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import { listFiles } from './templateBackend';

const entityPolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

/** Parses every YAML file (all documents), failing with the file and the parser's message. */
export function parseYamlFiles(dir: string): string[] {
  const files = listFiles(dir).filter(f => /\.ya?ml$/.test(f));
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const doc of yaml.parseAllDocuments(text)) {
      if (doc.errors.length > 0) {
        throw new Error(`${file} is not valid YAML: ${doc.errors[0].message}`);
      }
    }
  }
  return files;
}

/** Reads catalog-info.yaml and checks it is a valid Component entity. */
export async function readCatalogInfo(dir: string): Promise<Entity> {
  const entity = yaml.parse(
    fs.readFileSync(path.join(dir, 'catalog-info.yaml'), 'utf8'),
  ) as Entity;
  const enforced = await entityPolicy.enforce(entity);
  if (!enforced)
    throw new Error('catalog-info.yaml was rejected by the entity policy');
  expect(await componentEntityV1alpha1Validator.check(entity)).toBe(true);
  return entity;
}

/** Writes a dry run's directoryContents to `dir`, by default a new temporary directory. */
export function writeContents(
  contents: { path: string; base64Content: string }[],
  dir: string = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-project-')),
): string {
  for (const file of contents) {
    const target = path.join(dir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(file.base64Content, 'base64'));
  }
  return dir;
}
