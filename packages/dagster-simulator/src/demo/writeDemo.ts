/* eslint-disable no-console */
import fs from 'node:fs';
import { demoDatasetPath } from '../dataset/load';
import { buildDemoDataset } from './buildDemo';

// Regenerates datasets/demo.json: yarn workspace @internal/dagster-simulator build:demo
const file = demoDatasetPath();
fs.writeFileSync(file, `${JSON.stringify(buildDemoDataset(), null, 2)}\n`);
console.log(`Wrote ${file}`);
