import { generateWorkspace } from './generateWorkspace';
import { checkDataset } from '../dataset/load';
import { startDagsterSimulator } from '../server/start';
import { queryData } from '../testing/http';

const id = (k: string[]) => k.join('/');

describe('generateWorkspace', () => {
  const started = Date.now();
  const big = generateWorkspace({
    locations: 100,
    totalAssets: 10_000,
    seed: 7,
  });
  const elapsed = Date.now() - started;

  it('generates 10,000 assets in 100 locations quickly', () => {
    expect(big.assets).toHaveLength(10_000);
    expect(big.codeLocations).toHaveLength(100);
    expect(new Set(big.assets.map(a => id(a.key))).size).toBe(10_000);
    expect(elapsed).toBeLessThan(3000);
    expect(checkDataset(big)).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateWorkspace({
      locations: 5,
      assetsPerLocation: 40,
      seed: 3,
    });
    const b = generateWorkspace({
      locations: 5,
      assetsPerLocation: 40,
      seed: 3,
    });
    const c = generateWorkspace({
      locations: 5,
      assetsPerLocation: 40,
      seed: 4,
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('layers bronze, silver and gold with bounded fan-in', () => {
    const byLayer = (layer: string) =>
      big.assets.filter(a => a.key[1] === layer);
    expect(byLayer('bronze').every(a => (a.deps ?? []).length === 0)).toBe(
      true,
    );
    const derived = [...byLayer('silver'), ...byLayer('gold')];
    const fanIn = derived.map(a => (a.deps ?? []).length);
    expect(Math.min(...fanIn)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...fanIn)).toBeLessThanOrEqual(5);
    expect(fanIn.filter(n => n <= 3).length / fanIn.length).toBeGreaterThan(
      0.85,
    );
    // Silver reads bronze or silver hubs; gold reads silver (or bronze only when no silver exists).
    expect(
      byLayer('gold').every(a => (a.deps ?? []).every(d => d[1] === 'silver')),
    ).toBe(true);
  });

  it('has hubs with many downstream assets and edges across locations', () => {
    const keys = new Set(big.assets.map(a => id(a.key)));
    const fanOut = new Map<string, number>();
    let crossLocation = 0;
    for (const a of big.assets) {
      for (const d of a.deps ?? []) {
        expect(keys.has(id(d))).toBe(true);
        fanOut.set(id(d), (fanOut.get(id(d)) ?? 0) + 1);
        if (d[0] !== a.key[0]) crossLocation += 1;
      }
    }
    const counts = [...fanOut.values()].sort((x, y) => y - x);
    expect(counts[0]).toBeGreaterThanOrEqual(10);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(3);
    expect(crossLocation).toBeGreaterThan(100);
  });

  it('writes history, owners, PII column tags and failing locations on request', () => {
    const small = generateWorkspace({
      locations: 4,
      assetsPerLocation: 60,
      seed: 11,
      failingLocations: 1,
    });
    expect(small.codeLocations.filter(l => l.loadError)).toHaveLength(1);
    expect(small.runs?.length).toBeGreaterThan(0);
    expect(small.materializations?.length).toBeGreaterThan(0);
    expect(small.assets.some(a => (a.owners ?? []).length === 0)).toBe(true);
    expect(
      small.assets.some(a => a.columns?.some(c => c.tags?.pii === 'true')),
    ).toBe(true);
    expect(
      small.assets.some(a =>
        a.checks?.some(c => c.executions?.some(e => e.status === 'FAILED')),
      ),
    ).toBe(true);
  });

  it('is served by the simulator', async () => {
    const dataset = generateWorkspace({
      locations: 10,
      totalAssets: 1000,
      seed: 5,
      failingLocations: 2,
    });
    const sim = await startDagsterSimulator({ dataset });
    try {
      const data = await queryData(sim.graphqlUrl, '{ assetNodes { id } }');
      expect(data.assetNodes).toHaveLength(800);
    } finally {
      await sim.stop();
    }
  });
});
