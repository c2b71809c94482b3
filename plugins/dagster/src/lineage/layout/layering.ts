/** CSR adjacency of the (acyclic) component. */
interface Adjacency {
  outDeg: Int32Array;
  inDeg: Int32Array;
  outStart: Int32Array;
  inStart: Int32Array;
  outAdj: Int32Array;
  inAdj: Int32Array;
}

/** Ranks of the real nodes of a component, the smallest being 0. */
export interface Ranks {
  rank: Int32Array;
  maxRank: number;
}

function buildAdjacency(
  k: number,
  m: number,
  es: Int32Array,
  et: Int32Array,
): Adjacency {
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
  const oFill = outStart.slice(0, k);
  const iFill = inStart.slice(0, k);
  for (let e = 0; e < m; e++) {
    outAdj[oFill[es[e]]++] = et[e];
    inAdj[iFill[et[e]]++] = es[e];
  }
  return { outDeg, inDeg, outStart, inStart, outAdj, inAdj };
}

function topologicalOrder(k: number, adj: Adjacency): Int32Array {
  const { inDeg, outStart, outAdj } = adj;
  const topo = new Int32Array(k);
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
  return topo;
}

function longestPath(k: number, topo: Int32Array, adj: Adjacency): Int32Array {
  const { inStart, inAdj } = adj;
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
  return realRank;
}

/** network-simplex-lite: move nodes toward the side with more edges */
function balanceRanks(
  k: number,
  topo: Int32Array,
  adj: Adjacency,
  realRank: Int32Array,
) {
  const { outDeg, inDeg, outStart, inStart, outAdj, inAdj } = adj;
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
}

/**
 * Layering of a component's k real nodes and m edges es[e] -> et[e]: longest
 * path over a topological order, then network-simplex-lite.
 */
export function assignRanks(
  k: number,
  m: number,
  es: Int32Array,
  et: Int32Array,
): Ranks {
  const adj = buildAdjacency(k, m, es, et);
  const topo = topologicalOrder(k, adj);
  const realRank = longestPath(k, topo, adj);
  balanceRanks(k, topo, adj, realRank);
  let minRank = 0x7fffffff;
  let maxRank = 0;
  for (let v = 0; v < k; v++) if (realRank[v] < minRank) minRank = realRank[v];
  for (let v = 0; v < k; v++) {
    realRank[v] -= minRank;
    if (realRank[v] > maxRank) maxRank = realRank[v];
  }
  return { rank: realRank, maxRank };
}
