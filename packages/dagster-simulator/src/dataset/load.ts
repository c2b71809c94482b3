import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../packageRoot';
import { Dataset } from './types';

/** Where the bundled demo dataset lives (works from src and from dist). */
export function demoDatasetPath(): string {
  return path.join(packageRoot(), 'datasets', 'demo.json');
}

/**
 * Finds structural mistakes a hand-edited dataset is likely to contain.
 * Returns human-readable problems; an empty list means the dataset is usable.
 *
 * @public
 */
export function checkDataset(dataset: Dataset): string[] {
  const problems: string[] = [];
  if (!Array.isArray(dataset?.codeLocations))
    problems.push('codeLocations must be a list');
  if (!Array.isArray(dataset?.assets)) problems.push('assets must be a list');
  if (problems.length > 0) return problems;
  const locations = new Set(dataset.codeLocations.map(l => l.name));
  const keys = new Set<string>();
  dataset.assets.forEach((asset, i) => {
    const where = `assets[${i}]`;
    if (!Array.isArray(asset.key) || asset.key.length === 0) {
      problems.push(`${where}: key must be a non-empty list of strings`);
      return;
    }
    const id = JSON.stringify(asset.key);
    if (keys.has(id))
      problems.push(`${where}: key ${asset.key.join('/')} is defined twice`);
    keys.add(id);
    if (!locations.has(asset.location)) {
      problems.push(`${where}: unknown code location "${asset.location}"`);
    }
    if (typeof asset.group !== 'string' || asset.group === '') {
      problems.push(`${where}: group is required`);
    }
  });
  for (const m of dataset.materializations ?? []) {
    if (!/^\d+$/.test(m.timestamp)) {
      problems.push(
        `materialization of ${m.assetKey?.join(
          '/',
        )}: timestamp must be epoch ms as a string`,
      );
    }
  }
  return problems;
}

/**
 * Reads a dataset JSON file and checks it; throws with the problems found.
 *
 * @public
 */
export function loadDatasetFile(file: string): Dataset {
  const dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset;
  const problems = checkDataset(dataset);
  if (problems.length > 0) {
    throw new Error(
      `Dataset ${file} is not valid:\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  }
  return dataset;
}

/**
 * The bundled demo estate of the fictional Department for Public Data.
 *
 * @public
 */
export function loadDemoDataset(): Dataset {
  return loadDatasetFile(demoDatasetPath());
}
