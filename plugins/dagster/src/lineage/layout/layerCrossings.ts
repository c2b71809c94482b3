import type { LayerOrder } from './layerOrder';
import { sortRange } from './sortRange';
import type { ProperGraph } from './virtualNodes';

/**
 * What the ordering steps share: the current order (mutated in place), the
 * proper graph's up and down neighbours, and scratch buffers sized once.
 */
export interface OrderingState {
  L: number;
  layerStart: Int32Array;
  order: Int32Array;
  pos: Int32Array;
  upStart: Int32Array;
  upAdj: Int32Array;
  dnStart: Int32Array;
  dnAdj: Int32Array;
  /** maxDeg each */
  scratchA: Int32Array;
  scratchB: Int32Array;
  /** accumulator (Fenwick) tree over a rank's positions */
  fenwick: Int32Array;
}

export function createOrderingState(
  g: ProperGraph,
  layers: LayerOrder,
): OrderingState {
  return {
    L: layers.L,
    layerStart: layers.layerStart,
    order: layers.order,
    pos: layers.pos,
    upStart: g.upStart,
    upAdj: g.upAdj,
    dnStart: g.dnStart,
    dnAdj: g.dnAdj,
    scratchA: new Int32Array(g.maxDeg),
    scratchB: new Int32Array(g.maxDeg),
    fenwick: new Int32Array(layers.maxLayer + 1),
  };
}

/** Crossings between ranks r and r + 1, in O(E log V) with the accumulator tree. */
export function countLayerPair(st: OrderingState, r: number): number {
  const { layerStart, order, pos, dnStart, dnAdj, scratchA, fenwick } = st;
  const lo = layerStart[r + 1];
  const size = layerStart[r + 2] - lo;
  fenwick.fill(0, 0, size + 1);
  let inserted = 0;
  let cross = 0;
  for (let i = layerStart[r]; i < lo; i++) {
    const u = order[i];
    const s = dnStart[u];
    const e = dnStart[u + 1];
    const d = e - s;
    for (let p = 0; p < d; p++) scratchA[p] = pos[dnAdj[s + p]];
    sortRange(scratchA, 0, d);
    // count all previously inserted edges with a larger end position first,
    // then insert (edges of the same node never cross each other)
    for (let p = 0; p < d; p++) {
      let idx = scratchA[p] + 1;
      let le = 0;
      while (idx > 0) {
        le += fenwick[idx];
        idx -= idx & -idx;
      }
      cross += inserted - le;
    }
    for (let p = 0; p < d; p++) {
      let idx = scratchA[p] + 1;
      while (idx <= size) {
        fenwick[idx]++;
        idx += idx & -idx;
      }
    }
    inserted += d;
  }
  return cross;
}

export function countAll(st: OrderingState): number {
  let c = 0;
  for (let r = 0; r + 1 < st.L; r++) c += countLayerPair(st, r);
  return c;
}

/**
 * Crossings between edges of u and v toward one side (start/adj: up or down
 * neighbours), u left of v (cuv) and v left of u (cvu); returns cvu - cuv.
 */
export function pairDelta(
  st: OrderingState,
  u: number,
  v: number,
  start: Int32Array,
  adj: Int32Array,
): number {
  const { pos, scratchA, scratchB } = st;
  const su = start[u];
  const du = start[u + 1] - su;
  const sv = start[v];
  const dv = start[v + 1] - sv;
  if (du === 0 || dv === 0) return 0;
  if (du === 1 && dv === 1) {
    const a = pos[adj[su]];
    const b = pos[adj[sv]];
    if (a === b) return 0;
    return a < b ? 1 : -1;
  }
  for (let p = 0; p < du; p++) scratchA[p] = pos[adj[su + p]];
  for (let p = 0; p < dv; p++) scratchB[p] = pos[adj[sv + p]];
  sortRange(scratchA, 0, du);
  sortRange(scratchB, 0, dv);
  // cuv = #(a > b), cvu = #(a < b)
  let cuv = 0;
  let cvu = 0;
  let jLess = 0;
  let jLe = 0;
  for (let i = 0; i < du; i++) {
    const a = scratchA[i];
    while (jLess < dv && scratchB[jLess] < a) jLess++;
    while (jLe < dv && scratchB[jLe] <= a) jLe++;
    cuv += jLess;
    cvu += dv - jLe;
  }
  return cvu - cuv;
}
