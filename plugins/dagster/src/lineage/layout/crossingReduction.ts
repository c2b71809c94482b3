import type { LayerOrder } from './layerOrder';
import {
  countAll,
  createOrderingState,
  OrderingState,
  pairDelta,
} from './layerCrossings';
import { sortRange } from './sortRange';
import type { ProperGraph } from './virtualNodes';

const TRANSPOSE_ROUNDS = 4;
const MAX_NO_IMPROVE = 4;
/** median (Gansner et al.) rather than barycenter in the ordering sweeps */
const USE_MEDIAN = true;

/** Per-rank buffers of the transposition and the sweeps. */
interface SweepBuffers {
  dirty: Uint8Array;
  nextDirty: Uint8Array;
  bary: Float64Array;
  sortable: Int32Array;
  tmp: Int32Array;
}

/** adjacent-node transposition; only layers next to a change are revisited */
function transpose(st: OrderingState, buf: SweepBuffers): boolean {
  const { L, layerStart, order, pos, upStart, upAdj, dnStart, dnAdj } = st;
  const { dirty, nextDirty } = buf;
  let any = false;
  dirty.fill(1);
  for (let round = 0; round < TRANSPOSE_ROUNDS; round++) {
    let improved = false;
    nextDirty.fill(0);
    for (let r = 0; r < L; r++) {
      if (!dirty[r]) continue;
      const s = layerStart[r];
      const e = layerStart[r + 1];
      let swapped = false;
      for (let i = s; i + 1 < e; i++) {
        const u = order[i];
        const v = order[i + 1];
        let delta = 0;
        if (r > 0) delta += pairDelta(st, u, v, upStart, upAdj);
        if (r + 1 < L) delta += pairDelta(st, u, v, dnStart, dnAdj);
        if (delta < 0) {
          order[i] = v;
          order[i + 1] = u;
          pos[v] = i - s;
          pos[u] = i + 1 - s;
          swapped = true;
        }
      }
      if (swapped) {
        improved = true;
        if (r > 0) nextDirty[r - 1] = 1;
        nextDirty[r] = 1;
        nextDirty[r + 1] = 1;
      }
    }
    if (!improved) break;
    any = true;
    dirty.set(nextDirty);
  }
  return any;
}

/** Reorders rank r by the median (or barycenter) of its neighbours on one side. */
function sortLayer(
  st: OrderingState,
  buf: SweepBuffers,
  r: number,
  start: Int32Array,
  adj: Int32Array,
  biasRight: boolean,
) {
  const { layerStart, order, pos, scratchA } = st;
  const { bary, sortable, tmp } = buf;
  const s = layerStart[r];
  const len = layerStart[r + 1] - s;
  let ns = 0;
  for (let j = 0; j < len; j++) {
    const v = order[s + j];
    const a = start[v];
    const b = start[v + 1];
    if (a === b) {
      bary[j] = -1;
      continue;
    }
    if (USE_MEDIAN) {
      const d = b - a;
      for (let p = 0; p < d; p++) scratchA[p] = pos[adj[a + p]];
      sortRange(scratchA, 0, d);
      const h = d >> 1;
      bary[j] = d % 2 === 1 ? scratchA[h] : (scratchA[h - 1] + scratchA[h]) / 2;
    } else {
      let sum = 0;
      for (let p = a; p < b; p++) sum += pos[adj[p]];
      bary[j] = sum / (b - a);
    }
    sortable[ns++] = j;
  }
  if (ns < 2) return;
  const sub = sortable.subarray(0, ns);
  if (biasRight) sub.sort((x, y) => bary[x] - bary[y] || y - x);
  else sub.sort((x, y) => bary[x] - bary[y] || x - y);
  let q = 0;
  for (let j = 0; j < len; j++) {
    tmp[j] = bary[j] < 0 ? order[s + j] : order[s + sub[q++]];
  }
  for (let j = 0; j < len; j++) {
    const v = tmp[j];
    order[s + j] = v;
    pos[v] = j;
  }
}

/**
 * Crossing reduction: sweeps alternately down and up, sorting each rank by its
 * neighbours' medians, each followed by transposition; keeps the best order
 * seen. Mutates layers.order and layers.pos.
 */
export function reduceCrossings(
  g: ProperGraph,
  layers: LayerOrder,
  maxSweeps: number,
) {
  const { L, layerStart, order, pos, maxLayer } = layers;
  if (!(L > 1 && g.K > 2 && maxSweeps > 0)) return;
  const st = createOrderingState(g, layers);
  const buf: SweepBuffers = {
    dirty: new Uint8Array(L + 1),
    nextDirty: new Uint8Array(L + 1),
    bary: new Float64Array(maxLayer),
    sortable: new Int32Array(maxLayer),
    tmp: new Int32Array(maxLayer),
  };
  transpose(st, buf);
  let best = countAll(st);
  const bestOrder = order.slice();
  let noImprove = 0;
  for (let it = 0; it < maxSweeps && best > 0; it++) {
    const biasRight = (it >> 1) % 2 === 1;
    if (it % 2 === 0) {
      for (let r = 1; r < L; r++)
        sortLayer(st, buf, r, g.upStart, g.upAdj, biasRight);
    } else {
      for (let r = L - 2; r >= 0; r--)
        sortLayer(st, buf, r, g.dnStart, g.dnAdj, biasRight);
    }
    transpose(st, buf);
    const c = countAll(st);
    if (c < best) {
      best = c;
      bestOrder.set(order);
      noImprove = 0;
    } else if (++noImprove >= MAX_NO_IMPROVE) {
      break;
    }
  }
  order.set(bestOrder);
  for (let r = 0; r < L; r++) {
    for (let i = layerStart[r]; i < layerStart[r + 1]; i++) {
      pos[order[i]] = i - layerStart[r];
    }
  }
}
