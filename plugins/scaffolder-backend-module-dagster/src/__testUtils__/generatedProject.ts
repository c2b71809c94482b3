import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  Entity,
} from '@backstage/catalog-model';
import { execFileSync } from 'node:child_process';
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

/** Fails the test when python3 cannot compile a generated file, naming it. */
export function compilePython(dir: string): string[] {
  const files = listFiles(dir).filter(f => f.endsWith('.py'));
  if (files.length > 0) {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'pycache-'));
    try {
      execFileSync('python3', ['-m', 'py_compile', ...files], {
        cwd: dir,
        env: { ...process.env, PYTHONPYCACHEPREFIX: cache },
        stdio: 'pipe',
      });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
      throw new Error(`python3 -m py_compile failed in ${dir}:\n${stderr}`);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  }
  return files;
}

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

/** Writes a dry run's directoryContents to a new temporary directory. */
export function writeContents(
  contents: { path: string; base64Content: string }[],
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-project-'));
  for (const file of contents) {
    const target = path.join(dir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(file.base64Content, 'base64'));
  }
  return dir;
}
