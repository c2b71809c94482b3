import type { ProperGraph } from './virtualNodes';

/**
 * Nodes of rank r, left to right, are order[layerStart[r] .. layerStart[r + 1]);
 * pos[v] is v's index within its rank. The ordering phase mutates order and pos.
 */
export interface LayerOrder {
  /** number of ranks */
  L: number;
  layerStart: Int32Array;
  order: Int32Array;
  pos: Int32Array;
  /** size of the largest rank */
  maxLayer: number;
}

/** Groups nodes by rank in DFS order (real roots by rank, then index). */
export function initialOrder(g: ProperGraph, L: number): LayerOrder {
  const { k, K, P, rank, dnStart, dnAdj } = g;
  const layerStart = new Int32Array(L + 1);
  for (let v = 0; v < K; v++) layerStart[rank[v] + 1]++;
  let maxLayer = 0;
  for (let r = 0; r < L; r++) {
    if (layerStart[r + 1] > maxLayer) maxLayer = layerStart[r + 1];
    layerStart[r + 1] += layerStart[r];
  }
  const order = new Int32Array(K);
  const pos = new Int32Array(K);
  const fill = layerStart.slice(0, L);
  const seen = new Uint8Array(K);
  const stack = new Int32Array(K + P + 1);
  // start nodes: real nodes by rank, then index
  const starts = new Int32Array(k);
  const rs = new Int32Array(L + 1);
  for (let v = 0; v < k; v++) rs[rank[v] + 1]++;
  for (let r = 0; r < L; r++) rs[r + 1] += rs[r];
  for (let v = 0; v < k; v++) starts[rs[rank[v]]++] = v;
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
  return { L, layerStart, order, pos, maxLayer };
}
