import fs from 'node:fs';
import {
  checkDataset,
  demoDatasetPath,
  loadDemoDataset,
} from '../dataset/load';
import { buildDemoDataset } from './buildDemo';

describe('demo dataset', () => {
  const demo = loadDemoDataset();
  const failedLocations = new Set(
    demo.codeLocations.filter(l => l.loadError).map(l => l.name),
  );
  const served = demo.assets.filter(a => !failedLocations.has(a.location));

  it('matches what buildDemoDataset writes (run build:demo after editing src/demo)', () => {
    const file = JSON.parse(fs.readFileSync(demoDatasetPath(), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(buildDemoDataset())));
  });

  it('is a valid dataset with one location that fails to load', () => {
    expect(checkDataset(demo)).toEqual([]);
    expect(demo.codeLocations.length).toBeGreaterThanOrEqual(4);
    expect(demo.codeLocations.length).toBeLessThanOrEqual(6);
    expect([...failedLocations]).toEqual(['health_outcomes_linkage']);
    expect(served.length).toBeGreaterThanOrEqual(100);
  });

  it('has the governance findings a demo needs', () => {
    const ownerless = served.filter(a => (a.owners ?? []).length === 0);
    const users = served.filter(a => a.owners?.some(o => o.includes('@')));
    const piiColumns = served.flatMap(a =>
      (a.columns ?? []).filter(c => c.tags?.pii === 'true'),
    );
    const categories = new Set(piiColumns.map(c => c.tags?.pii_category));
    expect(ownerless.length).toBeGreaterThanOrEqual(3);
    expect(users.length).toBeGreaterThanOrEqual(3);
    for (const category of [
      'national_insurance_number',
      'postcode',
      'name',
      'date_of_birth',
    ]) {
      expect(categories).toContain(category);
    }
    expect(
      demo.assets.some(a =>
        a.columns?.some(c => c.tags?.pii_category === 'nhs_number'),
      ),
    ).toBe(true);
    expect(
      served.some(a => a.tags?.classification === 'OFFICIAL-SENSITIVE'),
    ).toBe(true);
    expect(served.some(a => a.partitions?.type === 'TIME_WINDOW')).toBe(true);
    const crossLocation = served.filter(a =>
      a.deps?.some(d => d[0] !== a.key[0]),
    );
    expect(crossLocation.length).toBeGreaterThanOrEqual(3);
  });

  it('has run history with step stats and materialisations', () => {
    expect(demo.runs?.some(r => r.status === 'FAILURE')).toBe(true);
    expect(demo.runs?.every(r => Array.isArray(r.stepStats))).toBe(true);
    expect(demo.materializations?.length).toBeGreaterThan(300);
    expect(
      demo.materializations?.every(m => /^\d{13}$/.test(m.timestamp)),
    ).toBe(true);
  });
});
