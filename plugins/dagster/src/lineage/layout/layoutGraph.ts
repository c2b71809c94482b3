/*
 * Layered (Sugiyama-style) DAG layout for asset lineage graphs.
 *
 * Pure TypeScript, no DOM and no dependencies, so that it can run in a web
 * worker. Pipeline, per connected component:
 *   1. cycle breaking (DFS back edges are reversed internally, reported as
 *      `reversed` and emitted in their original direction);
 *   2. layering by longest path, then a cheap "network-simplex-lite" pass that
 *      moves nodes toward the side where they have more edges (pulls sources
 *      next to their consumers, sinks next to their producers);
 *   3. virtual nodes for edges spanning several ranks;
 *   4. crossing reduction: DFS initial order, alternating barycenter sweeps
 *      with adjacent-node transposition, keeping the best order seen (crossings
 *      counted with an accumulator tree in O(E log V));
 *   5. coordinate assignment: each rank is packed, then block coordinate
 *      descent on sum w_e * (x_u - x_v)^2 where each rank's sub-problem
 *      (ordered, with minimum separations) is solved exactly by pool-adjacent-
 *      violators isotonic regression;
 *   6. components are stacked side by side along the cross axis.
 *
 * Node coordinates are centres (like dagre). Edge points start on the source
 * border, pass through the virtual nodes and end on the target border.
 */

/** @public */
export interface LayoutInputNode {
  id: string;
  width: number;
  height: number;
}

/** @public */
export interface LayoutInputEdge {
  source: string;
  target: string;
}

/** @public */
export interface LayoutInput {
  nodes: LayoutInputNode[];
  edges: LayoutInputEdge[];
}

/** @public */
export interface LayoutOptions {
  /** LR: ranks go left to right (default); TB: top to bottom. */
  direction?: 'LR' | 'TB';
  /** Gap between neighbouring nodes within a rank (default 50). */
  nodeSep?: number;
  /** Gap between ranks (default 50). */
  rankSep?: number;
  /** Gap between edges routed through the same rank (default 10). */
  edgeSep?: number;
  /** Maximum number of ordering sweeps (default 12; 0 keeps the DFS order). */
  sweeps?: number;
}

/** @public */
export interface LayoutPoint {
  x: number;
  y: number;
}

/** @public */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rank: number;
}

/** @public */
export interface LayoutEdge {
  source: string;
  target: string;
  points: LayoutPoint[];
  /** True when the edge was reversed to break a cycle (direction kept here). */
  reversed?: boolean;
}

/** @public */
export interface LayoutResult {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

interface ComponentLayout {
  /** rank of every local node (real then virtual) */
  rank: Int32Array;
  /** cross-axis centre of every local node (real then virtual) */
  coord: Float64Array;
  /** virtual ids of edge e are k + chainStart[e] .. k + chainStart[e + 1] - 1 */
  chainStart: Int32Array;
  extent: number;
  maxRank: number;
}

const W_REAL_REAL = 1;
const W_REAL_VIRTUAL = 2;
const W_VIRTUAL_VIRTUAL = 8;
const COORD_PASSES = 24;
const TRANSPOSE_ROUNDS = 4;
const MAX_NO_IMPROVE = 4;
/** median (Gansner et al.) rather than barycenter in the ordering sweeps */
const USE_MEDIAN = true;

/** Sorts arr[from, to) ascending in place. */
function sortRange(arr: Int32Array, from: number, to: number) {
  const len = to - from;
  if (len < 2) return;
  if (len <= 24) {
    for (let i = from + 1; i < to; i++) {
      const x = arr[i];
      let j = i - 1;
      while (j >= from && arr[j] > x) {
        arr[j + 1] = arr[j];
        j--;
      }
      arr[j + 1] = x;
    }
    return;
  }
  arr.subarray(from, to).sort();
}

function layoutComponent(
  k: number,
  m: number,
  es: Int32Array,
  et: Int32Array,
  crossSize: Float64Array,
  nodeSep: number,
  edgeSep: number,
  maxSweeps: number,
): ComponentLayout {
  // ---------- CSR adjacency of the (acyclic) component ----------
  const outDeg = new Int32Array(k);
  const inDeg = new Int32Array(k);
  for (let e = 0; e < m; e++) {
    outDeg[es[e]]++;
    inDeg[et[e]]++;
  }
  const outStart = new Int32Array(k + 1);
  const inStart = new Int32Array(k + 1);
  for (let v = 0; v < k; v++) {
    outStart[v + 1] = outStart[v] + outDeg[v];
    inStart[v + 1] = inStart[v] + inDeg[v];
  }
  const outAdj = new Int32Array(m);
  const inAdj = new Int32Array(m);
  {
    const oFill = outStart.slice(0, k);
    const iFill = inStart.slice(0, k);
    for (let e = 0; e < m; e++) {
      outAdj[oFill[es[e]]++] = et[e];
      inAdj[iFill[et[e]]++] = es[e];
    }
  }

  // ---------- topological order + longest-path layering ----------
  const topo = new Int32Array(k);
  {
    const deg = inDeg.slice();
    let head = 0;
    let tail = 0;
    for (let v = 0; v < k; v++) if (deg[v] === 0) topo[tail++] = v;
    while (head < tail) {
      const u = topo[head++];
      for (let p = outStart[u]; p < outStart[u + 1]; p++) {
        const w = outAdj[p];
        if (--deg[w] === 0) topo[tail++] = w;
      }
    }
  }
  const realRank = new Int32Array(k);
  for (let i = 0; i < k; i++) {
    const v = topo[i];
    let r = 0;
    for (let p = inStart[v]; p < inStart[v + 1]; p++) {
      const q = realRank[inAdj[p]] + 1;
      if (q > r) r = q;
    }
    realRank[v] = r;
  }
  // network-simplex-lite: move nodes toward the side with more edges
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    for (let i = k - 1; i >= 0; i--) {
      const v = topo[i];
      if (outDeg[v] > inDeg[v]) {
        let hi = 0x7fffffff;
        for (let p = outStart[v]; p < outStart[v + 1]; p++) {
          const q = realRank[outAdj[p]] - 1;
          if (q < hi) hi = q;
        }
        if (hi !== realRank[v]) {
          realRank[v] = hi;
          changed = true;
        }
      }
    }
    for (let i = 0; i < k; i++) {
      const v = topo[i];
      if (inDeg[v] > outDeg[v]) {
        let lo = -0x7fffffff;
        for (let p = inStart[v]; p < inStart[v + 1]; p++) {
          const q = realRank[inAdj[p]] + 1;
          if (q > lo) lo = q;
        }
        if (lo !== realRank[v]) {
          realRank[v] = lo;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  let minRank = 0x7fffffff;
  let maxRank = 0;
  for (let v = 0; v < k; v++) if (realRank[v] < minRank) minRank = realRank[v];
  for (let v = 0; v < k; v++) {
    realRank[v] -= minRank;
    if (realRank[v] > maxRank) maxRank = realRank[v];
  }

  // ---------- virtual nodes ----------
  const chainStart = new Int32Array(m + 1);
  for (let e = 0; e < m; e++) {
    chainStart[e + 1] = chainStart[e] + (realRank[et[e]] - realRank[es[e]] - 1);
  }
  const nv = chainStart[m];
  const K = k + nv;
  const rank = new Int32Array(K);
  rank.set(realRank);
  const P = m + nv; // proper edges
  const pa = new Int32Array(P);
  const pb = new Int32Array(P);
  const pw = new Float64Array(P);
  {
    let pi = 0;
    for (let e = 0; e < m; e++) {
      let prev = es[e];
      let r = realRank[prev];
      for (let c = chainStart[e]; c < chainStart[e + 1]; c++) {
        const vid = k + c;
        rank[vid] = ++r;
        pa[pi] = prev;
        pb[pi] = vid;
        pw[pi] = prev >= k ? W_VIRTUAL_VIRTUAL : W_REAL_VIRTUAL;
        pi++;
        prev = vid;
      }
      pa[pi] = prev;
      pb[pi] = et[e];
      pw[pi] = prev >= k ? W_REAL_VIRTUAL : W_REAL_REAL;
      pi++;
    }
  }
  // up (rank - 1) and down (rank + 1) neighbours
  const upStart = new Int32Array(K + 1);
  const dnStart = new Int32Array(K + 1);
  for (let i = 0; i < P; i++) {
    dnStart[pa[i] + 1]++;
    upStart[pb[i] + 1]++;
  }
  let maxDeg = 1;
  for (let v = 0; v < K; v++) {
    if (dnStart[v + 1] > maxDeg) maxDeg = dnStart[v + 1];
    if (upStart[v + 1] > maxDeg) maxDeg = upStart[v + 1];
    dnStart[v + 1] += dnStart[v];
    upStart[v + 1] += upStart[v];
  }
  const dnAdj = new Int32Array(P);
  const upAdj = new Int32Array(P);
  const dnW = new Float64Array(P);
  const upW = new Float64Array(P);
  {
    const dFill = dnStart.slice(0, K);
    const uFill = upStart.slice(0, K);
    for (let i = 0; i < P; i++) {
      const d = dFill[pa[i]]++;
      dnAdj[d] = pb[i];
      dnW[d] = pw[i];
      const u = uFill[pb[i]]++;
      upAdj[u] = pa[i];
      upW[u] = pw[i];
    }
  }

  // ---------- layers + DFS initial order ----------
  const L = maxRank + 1;
  const layerStart = new Int32Array(L + 1);
  for (let v = 0; v < K; v++) layerStart[rank[v] + 1]++;
  let maxLayer = 0;
  for (let r = 0; r < L; r++) {
    if (layerStart[r + 1] > maxLayer) maxLayer = layerStart[r + 1];
    layerStart[r + 1] += layerStart[r];
  }
  const order = new Int32Array(K);
  const pos = new Int32Array(K);
  {
    const fill = layerStart.slice(0, L);
    const seen = new Uint8Array(K);
    const stack = new Int32Array(K + P + 1);
    // start nodes: real nodes by rank, then index
    const starts = new Int32Array(k);
    const rs = new Int32Array(L + 1);
    for (let v = 0; v < k; v++) rs[realRank[v] + 1]++;
    for (let r = 0; r < L; r++) rs[r + 1] += rs[r];
    for (let v = 0; v < k; v++) starts[rs[realRank[v]]++] = v;
    for (let s = 0; s < k; s++) {
      const root = starts[s];
      if (seen[root]) continue;
      let sp = 0;
      stack[sp++] = root;
      while (sp > 0) {
        const u = stack[--sp];
        if (seen[u]) continue;
        seen[u] = 1;
        const at = fill[rank[u]]++;
        order[at] = u;
        pos[u] = at - layerStart[rank[u]];
        for (let p = dnStart[u + 1] - 1; p >= dnStart[u]; p--) {
          const w = dnAdj[p];
          if (!seen[w]) stack[sp++] = w;
        }
      }
    }
  }

  // ---------- crossing counting (accumulator / Fenwick tree) ----------
  const scratchA = new Int32Array(maxDeg);
  const scratchB = new Int32Array(maxDeg);
  const fenwick = new Int32Array(maxLayer + 1);

  const countLayerPair = (r: number): number => {
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
  };
  const countAll = (): number => {
    let c = 0;
    for (let r = 0; r + 1 < L; r++) c += countLayerPair(r);
    return c;
  };

  // crossings between edges of u and v toward one side, u left of v (cuv)
  // and v left of u (cvu); returns cvu - cuv
  const pairDelta = (
    u: number,
    v: number,
    start: Int32Array,
    adj: Int32Array,
  ): number => {
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
  };

  // adjacent-node transposition; only layers next to a change are revisited
  const dirty = new Uint8Array(L + 1);
  const nextDirty = new Uint8Array(L + 1);
  const transpose = (): boolean => {
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
          if (r > 0) delta += pairDelta(u, v, upStart, upAdj);
          if (r + 1 < L) delta += pairDelta(u, v, dnStart, dnAdj);
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
  };

  const bary = new Float64Array(maxLayer);
  const sortable = new Int32Array(maxLayer);
  const tmp = new Int32Array(maxLayer);
  const sortLayer = (
    r: number,
    start: Int32Array,
    adj: Int32Array,
    biasRight: boolean,
  ) => {
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
        bary[j] =
          d % 2 === 1 ? scratchA[h] : (scratchA[h - 1] + scratchA[h]) / 2;
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
  };

  if (L > 1 && K > 2 && maxSweeps > 0) {
    transpose();
    let best = countAll();
    const bestOrder = order.slice();
    let noImprove = 0;
    for (let it = 0; it < maxSweeps && best > 0; it++) {
      const biasRight = (it >> 1) % 2 === 1;
      if (it % 2 === 0) {
        for (let r = 1; r < L; r++) sortLayer(r, upStart, upAdj, biasRight);
      } else {
        for (let r = L - 2; r >= 0; r--)
          sortLayer(r, dnStart, dnAdj, biasRight);
      }
      transpose();
      const c = countAll();
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

  // ---------- coordinate assignment ----------
  const size = new Float64Array(K);
  const half = new Float64Array(K); // half node size + half separation
  for (let v = 0; v < K; v++) {
    if (v < k) {
      size[v] = crossSize[v];
      half[v] = crossSize[v] / 2 + nodeSep / 2;
    } else {
      half[v] = edgeSep / 2;
    }
  }
  const coord = new Float64Array(K);
  for (let r = 0; r < L; r++) {
    let x = 0;
    const s = layerStart[r];
    const e = layerStart[r + 1];
    for (let i = s; i < e; i++) {
      const v = order[i];
      if (i > s) x += half[order[i - 1]] + half[v];
      coord[v] = x;
    }
    const shift = x / 2;
    for (let i = s; i < e; i++) coord[order[i]] -= shift;
  }
  if (L > 1) {
    const offset = new Float64Array(maxLayer);
    const target = new Float64Array(maxLayer);
    const weight = new Float64Array(maxLayer);
    const blkStart = new Int32Array(maxLayer + 1);
    const blkW = new Float64Array(maxLayer);
    const blkS = new Float64Array(maxLayer);
    const placeLayer = (r: number) => {
      const s = layerStart[r];
      const len = layerStart[r + 1] - s;
      let off = 0;
      for (let j = 0; j < len; j++) {
        const v = order[s + j];
        if (j > 0) off += half[order[s + j - 1]] + half[v];
        offset[j] = off;
        let sw = 0;
        let sx = 0;
        for (let p = upStart[v]; p < upStart[v + 1]; p++) {
          sw += upW[p];
          sx += upW[p] * coord[upAdj[p]];
        }
        for (let p = dnStart[v]; p < dnStart[v + 1]; p++) {
          sw += dnW[p];
          sx += dnW[p] * coord[dnAdj[p]];
        }
        if (sw === 0) {
          weight[j] = 1e-3;
          target[j] = coord[v] - off;
        } else {
          weight[j] = sw;
          target[j] = sx / sw - off;
        }
      }
      // pool adjacent violators (weighted isotonic regression)
      let nb = 0;
      for (let j = 0; j < len; j++) {
        blkStart[nb] = j;
        blkW[nb] = weight[j];
        blkS[nb] = weight[j] * target[j];
        nb++;
        while (
          nb > 1 &&
          blkS[nb - 2] / blkW[nb - 2] >= blkS[nb - 1] / blkW[nb - 1]
        ) {
          blkW[nb - 2] += blkW[nb - 1];
          blkS[nb - 2] += blkS[nb - 1];
          nb--;
        }
      }
      blkStart[nb] = len;
      for (let b = 0; b < nb; b++) {
        const val = blkS[b] / blkW[b];
        for (let j = blkStart[b]; j < blkStart[b + 1]; j++) {
          coord[order[s + j]] = val + offset[j];
        }
      }
    };
    for (let pass = 0; pass < COORD_PASSES; pass++) {
      if (pass % 2 === 0) for (let r = 0; r < L; r++) placeLayer(r);
      else for (let r = L - 1; r >= 0; r--) placeLayer(r);
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (let v = 0; v < K; v++) {
    const a = coord[v] - size[v] / 2;
    const b = coord[v] + size[v] / 2;
    if (a < min) min = a;
    if (b > max) max = b;
  }
  for (let v = 0; v < K; v++) coord[v] -= min;
  return { rank, coord, chainStart, extent: max - min, maxRank };
}

/**
 * Computes a layered layout. Self-loops, duplicate edges and edges whose
 * endpoints are unknown are ignored (and not returned).
 *
 * @public
 */
export function layoutGraph(
  input: LayoutInput,
  options: LayoutOptions = {},
): LayoutResult {
  const lr = (options.direction ?? 'LR') === 'LR';
  const nodeSep = options.nodeSep ?? 50;
  const rankSep = options.rankSep ?? 50;
  const edgeSep = options.edgeSep ?? 10;
  const sweeps = Math.max(0, Math.floor(options.sweeps ?? 12));

  const inNodes = input.nodes;
  const n = inNodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = inNodes[i].id;
    if (index.has(id)) throw new Error(`Duplicate node id '${id}'`);
    index.set(id, i);
  }

  // ---------- edges: drop self-loops, duplicates and dangling ----------
  const inEdges = input.edges;
  const src: number[] = [];
  const tgt: number[] = [];
  const origin: number[] = [];
  {
    const seen = new Set<number>();
    for (let i = 0; i < inEdges.length; i++) {
      const s = index.get(inEdges[i].source);
      const t = index.get(inEdges[i].target);
      if (s === undefined || t === undefined || s === t) continue;
      const key = s * n + t;
      if (seen.has(key)) continue;
      seen.add(key);
      src.push(s);
      tgt.push(t);
      origin.push(i);
    }
  }
  const m = src.length;

  // ---------- cycle breaking: DFS back edges, sources first ----------
  const reversed = new Uint8Array(m);
  {
    const outStart = new Int32Array(n + 1);
    const indeg = new Int32Array(n);
    for (let e = 0; e < m; e++) {
      outStart[src[e] + 1]++;
      indeg[tgt[e]]++;
    }
    for (let v = 0; v < n; v++) outStart[v + 1] += outStart[v];
    const outEdge = new Int32Array(m);
    const fill = outStart.slice(0, n);
    for (let e = 0; e < m; e++) outEdge[fill[src[e]]++] = e;
    const state = new Uint8Array(n);
    const iter = new Int32Array(n);
    const stack = new Int32Array(n);
    const dfs = (root: number) => {
      let sp = 0;
      stack[sp++] = root;
      state[root] = 1;
      iter[root] = outStart[root];
      while (sp > 0) {
        const u = stack[sp - 1];
        if (iter[u] < outStart[u + 1]) {
          const e = outEdge[iter[u]++];
          const v = tgt[e];
          if (state[v] === 1) reversed[e] = 1;
          else if (state[v] === 0) {
            state[v] = 1;
            iter[v] = outStart[v];
            stack[sp++] = v;
          }
        } else {
          state[u] = 2;
          sp--;
        }
      }
    };
    for (let v = 0; v < n; v++) if (indeg[v] === 0 && state[v] === 0) dfs(v);
    for (let v = 0; v < n; v++) if (state[v] === 0) dfs(v);
  }
  const da = new Int32Array(m);
  const db = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    if (reversed[e]) {
      da[e] = tgt[e];
      db[e] = src[e];
    } else {
      da[e] = src[e];
      db[e] = tgt[e];
    }
  }

  // ---------- connected components (union-find) ----------
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (start: number): number => {
    let r = start;
    while (parent[r] !== r) r = parent[r];
    let x = start;
    while (parent[x] !== r) {
      const nx = parent[x];
      parent[x] = r;
      x = nx;
    }
    return r;
  };
  for (let e = 0; e < m; e++) {
    const a = find(da[e]);
    const b = find(db[e]);
    if (a !== b) {
      if (a < b) parent[b] = a;
      else parent[a] = b;
    }
  }
  const compOf = new Int32Array(n);
  const compSize: number[] = [];
  const rootComp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const r = find(v);
    if (rootComp[r] < 0) {
      rootComp[r] = compSize.length;
      compSize.push(0);
    }
    compOf[v] = rootComp[r];
    compSize[rootComp[r]]++;
  }
  const C = compSize.length;
  // nodes and edges grouped by component (stable), local indices
  const nodeStart = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) nodeStart[c + 1] = nodeStart[c] + compSize[c];
  const compNodes = new Int32Array(n);
  const local = new Int32Array(n);
  {
    const fill = nodeStart.slice(0, C);
    for (let v = 0; v < n; v++) {
      const at = fill[compOf[v]]++;
      compNodes[at] = v;
      local[v] = at - nodeStart[compOf[v]];
    }
  }
  const edgeStart = new Int32Array(C + 1);
  for (let e = 0; e < m; e++) edgeStart[compOf[da[e]] + 1]++;
  for (let c = 0; c < C; c++) edgeStart[c + 1] += edgeStart[c];
  const compEdges = new Int32Array(m);
  {
    const fill = edgeStart.slice(0, C);
    for (let e = 0; e < m; e++) compEdges[fill[compOf[da[e]]]++] = e;
  }
  // largest components first, ties by first node
  const compOrder = Array.from({ length: C }, (_, c) => c).sort(
    (a, b) => compSize[b] - compSize[a] || a - b,
  );

  // ---------- per component layout ----------
  const crossOf = (nd: LayoutInputNode) => (lr ? nd.height : nd.width);
  const rankSizeOf = (nd: LayoutInputNode) => (lr ? nd.width : nd.height);
  const nodeRank = new Int32Array(n);
  const nodeCross = new Float64Array(n);
  const edgeVirtStart = new Int32Array(m);
  const edgeVirtCount = new Int32Array(m);
  const virtCross: number[] = [];
  const virtRank: number[] = [];
  let globalMaxRank = 0;
  let crossOffset = 0;
  for (const c of compOrder) {
    const k = compSize[c];
    const ns = nodeStart[c];
    const eS = edgeStart[c];
    const mc = edgeStart[c + 1] - eS;
    const cs = new Float64Array(k);
    for (let i = 0; i < k; i++) cs[i] = crossOf(inNodes[compNodes[ns + i]]);
    if (k === 1) {
      const v = compNodes[ns];
      nodeRank[v] = 0;
      nodeCross[v] = crossOffset + cs[0] / 2;
      crossOffset += cs[0] + nodeSep;
      continue;
    }
    const es = new Int32Array(mc);
    const et = new Int32Array(mc);
    for (let j = 0; j < mc; j++) {
      const e = compEdges[eS + j];
      es[j] = local[da[e]];
      et[j] = local[db[e]];
    }
    const res = layoutComponent(k, mc, es, et, cs, nodeSep, edgeSep, sweeps);
    for (let i = 0; i < k; i++) {
      const v = compNodes[ns + i];
      nodeRank[v] = res.rank[i];
      nodeCross[v] = crossOffset + res.coord[i];
    }
    for (let j = 0; j < mc; j++) {
      const e = compEdges[eS + j];
      const a = res.chainStart[j];
      const b = res.chainStart[j + 1];
      edgeVirtStart[e] = virtCross.length;
      edgeVirtCount[e] = b - a;
      for (let q = a; q < b; q++) {
        virtCross.push(crossOffset + res.coord[k + q]);
        virtRank.push(res.rank[k + q]);
      }
    }
    if (res.maxRank > globalMaxRank) globalMaxRank = res.maxRank;
    crossOffset += res.extent + nodeSep;
  }
  const crossExtent = n > 0 ? crossOffset - nodeSep : 0;

  // ---------- rank axis ----------
  const R = globalMaxRank + 1;
  const thick = new Float64Array(R);
  for (let v = 0; v < n; v++) {
    const t = rankSizeOf(inNodes[v]);
    if (t > thick[nodeRank[v]]) thick[nodeRank[v]] = t;
  }
  const rankCenter = new Float64Array(R);
  let along = 0;
  for (let r = 0; r < R; r++) {
    rankCenter[r] = along + thick[r] / 2;
    along += thick[r] + rankSep;
  }
  const rankExtent = n > 0 ? along - rankSep : 0;

  const point = (a: number, c: number): LayoutPoint =>
    lr ? { x: a, y: c } : { x: c, y: a };
  const nodes: LayoutNode[] = new Array(n);
  for (let v = 0; v < n; v++) {
    const nd = inNodes[v];
    const p = point(rankCenter[nodeRank[v]], nodeCross[v]);
    nodes[v] = {
      id: nd.id,
      x: p.x,
      y: p.y,
      width: nd.width,
      height: nd.height,
      rank: nodeRank[v],
    };
  }
  const edges: LayoutEdge[] = new Array(m);
  for (let e = 0; e < m; e++) {
    const a = da[e];
    const b = db[e];
    const pts: LayoutPoint[] = [
      point(rankCenter[nodeRank[a]] + rankSizeOf(inNodes[a]) / 2, nodeCross[a]),
    ];
    const vs = edgeVirtStart[e];
    for (let q = 0; q < edgeVirtCount[e]; q++) {
      pts.push(point(rankCenter[virtRank[vs + q]], virtCross[vs + q]));
    }
    pts.push(
      point(rankCenter[nodeRank[b]] - rankSizeOf(inNodes[b]) / 2, nodeCross[b]),
    );
    const orig = inEdges[origin[e]];
    const edge: LayoutEdge = {
      source: orig.source,
      target: orig.target,
      points: reversed[e] ? pts.reverse() : pts,
    };
    if (reversed[e]) edge.reversed = true;
    edges[e] = edge;
  }
  return {
    nodes,
    edges,
    width: lr ? rankExtent : crossExtent,
    height: lr ? crossExtent : rankExtent,
  };
}
