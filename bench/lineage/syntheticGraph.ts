/*
 * Deterministic synthetic asset-lineage DAGs for tests and benchmarks.
 *
 * Shape: code locations ("groups", ~250 assets each) with raw -> bronze ->
 * silver -> gold -> report tiers. Most assets have 1-3 parents taken from the
 * previous tier or the same tier (which creates chains, hence depth), a few
 * silver assets are shared dimension "hubs" with large fan-out across groups,
 * a few edges skip tiers (long edges) and a few cross groups.
 */
import type { LayoutInput } from '../../plugins/dagster/src/lineage/layout/layoutGraph';

/** mulberry32 */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['raw', 'bronze', 'silver', 'gold', 'report'] as const;
const TIER_SHARE = [0.12, 0.22, 0.33, 0.23, 0.1];

/** A lineage of n assets; the same seed always gives the same graph. */
export function syntheticLineage(n: number, seed: number): LayoutInput {
  const rand = prng(seed);
  const int = (lo: number, hi: number) =>
    lo + Math.floor(rand() * (hi - lo + 1));
  const groups = Math.max(1, Math.round(n / 250));
  const nodes: LayoutInput['nodes'] = [];
  const edges: LayoutInput['edges'] = [];
  // pools[group][tier] = node indices created so far
  const pools: number[][][] = Array.from({ length: groups }, () =>
    TIERS.map(() => []),
  );
  const hubs: number[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (s: number, t: number) => {
    const key = `${s}>${t}`;
    if (s === t || edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push({ source: nodes[s].id, target: nodes[t].id });
  };
  // pick from a pool near a relative position (pipelines keep locality),
  // occasionally anywhere
  const pickNear = (pool: number[], frac: number) => {
    if (rand() < 0.03) return pool[Math.floor(rand() * pool.length)];
    const spread = (rand() + rand() - 1) * 0.06;
    const f = Math.min(0.999999, Math.max(0, frac + spread));
    return pool[Math.floor(f * pool.length)];
  };

  // tier of the i-th asset within its group follows the shares, in order
  const tierAt = (frac: number) => {
    let acc = 0;
    for (let t = 0; t < TIERS.length; t++) {
      acc += TIER_SHARE[t];
      if (frac < acc) return t;
    }
    return TIERS.length - 1;
  };
  const perGroup = Math.ceil(n / groups);
  for (let i = 0; i < n; i++) {
    const g = i % groups;
    const inGroup = Math.floor(i / groups) / perGroup;
    const tier = tierAt(inGroup);
    let tierStart = 0;
    for (let t = 0; t < tier; t++) tierStart += TIER_SHARE[t];
    const frac = Math.min(1, (inGroup - tierStart) / TIER_SHARE[tier]);
    const name = `${TIERS[tier]}_${g}_${i.toString(36)}${'x'.repeat(
      int(0, 14),
    )}`;
    nodes.push({
      id: name,
      width: 100 + name.length * 6,
      height: int(0, 3) === 0 ? 64 : 44,
    });
    const pool = pools[g];
    if (tier > 0) {
      const r = rand();
      let parents: number;
      if (r < 0.5) parents = 1;
      else if (r < 0.8) parents = 2;
      else if (r < 0.95) parents = 3;
      else parents = int(4, 6);
      for (let p = 0; p < parents; p++) {
        const q = rand();
        let from: number[];
        let gg = g;
        if (q < 0.02 && groups > 1) gg = int(0, groups - 1); // cross group
        const gp = pools[gg];
        if (q > 0.96 && tier > 1) {
          from = gp[int(0, tier - 2)]; // long edge, skipping tiers
        } else if (tier >= 2 && rand() < 0.45) {
          from = gp[tier]; // same tier: chains
        } else {
          from = gp[tier - 1];
        }
        if (from.length === 0) from = pool[tier - 1];
        if (from.length === 0) continue;
        addEdge(
          from === gp[tier]
            ? from[
                from.length - 1 - Math.floor(rand() * Math.min(from.length, 4))
              ]
            : pickNear(from, frac),
          i,
        );
      }
      if (hubs.length > 0 && tier >= 3 && rand() < 0.06) {
        addEdge(hubs[int(0, hubs.length - 1)], i);
      }
    }
    if (tier === 2 && rand() < 0.01) hubs.push(i);
    pool[tier].push(i);
  }
  return { nodes, edges };
}
