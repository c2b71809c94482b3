const W_REAL_REAL = 1;
const W_REAL_VIRTUAL = 2;
const W_VIRTUAL_VIRTUAL = 8;

/**
 * A component as a proper layered graph: edges spanning several ranks pass
 * through one virtual node per intermediate rank, so every edge joins
 * adjacent ranks. Local ids: real nodes 0 .. k - 1, then virtual nodes.
 */
export interface ProperGraph {
  /** real nodes */
  k: number;
  /** real and virtual nodes */
  K: number;
  /** proper edges */
  P: number;
  /** rank of every node (real then virtual) */
  rank: Int32Array;
  /** virtual ids of edge e are k + chainStart[e] .. k + chainStart[e + 1] - 1 */
  chainStart: Int32Array;
  /** up (rank - 1) neighbours of v: upAdj[upStart[v] .. upStart[v + 1]), weights upW */
  upStart: Int32Array;
  upAdj: Int32Array;
  upW: Float64Array;
  /** down (rank + 1) neighbours, likewise */
  dnStart: Int32Array;
  dnAdj: Int32Array;
  dnW: Float64Array;
  /** largest up or down degree, at least 1 */
  maxDeg: number;
}

/** Splits the component's edges es[e] -> et[e] at every rank they span. */
export function buildProperGraph(
  k: number,
  m: number,
  es: Int32Array,
  et: Int32Array,
  realRank: Int32Array,
): ProperGraph {
  const chainStart = new Int32Array(m + 1);
  for (let e = 0; e < m; e++) {
    chainStart[e + 1] = chainStart[e] + (realRank[et[e]] - realRank[es[e]] - 1);
  }
  const nv = chainStart[m];
  const K = k + nv;
  const rank = new Int32Array(K);
  rank.set(realRank);
  const P = m + nv;
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
  return {
    k,
    K,
    P,
    rank,
    chainStart,
    upStart,
    upAdj,
    upW,
    dnStart,
    dnAdj,
    dnW,
    maxDeg,
  };
}
