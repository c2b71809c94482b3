import type { Components } from './components';
import { layoutComponent } from './layoutComponent';
import type { LayoutInputNode } from './types';

/** Ranks and cross-axis positions of the whole graph, components side by side. */
export interface StackedLayout {
  nodeRank: Int32Array;
  nodeCross: Float64Array;
  /**
   * virtual points of edge e (from its da end): indices
   * edgeVirtStart[e] .. edgeVirtStart[e] + edgeVirtCount[e] - 1 of
   * virtCross and virtRank
   */
  edgeVirtStart: Int32Array;
  edgeVirtCount: Int32Array;
  virtCross: number[];
  virtRank: number[];
  maxRank: number;
  crossExtent: number;
}

/**
 * Lays out every component (largest first) and stacks them along the cross
 * axis, nodeSep apart.
 */
export function stackComponents(
  inNodes: LayoutInputNode[],
  comps: Components,
  da: Int32Array,
  db: Int32Array,
  crossOf: (nd: LayoutInputNode) => number,
  nodeSep: number,
  edgeSep: number,
  sweeps: number,
): StackedLayout {
  const { compSize, nodeStart, compNodes, local, edgeStart, compEdges } = comps;
  const n = inNodes.length;
  const m = da.length;
  const nodeRank = new Int32Array(n);
  const nodeCross = new Float64Array(n);
  const edgeVirtStart = new Int32Array(m);
  const edgeVirtCount = new Int32Array(m);
  const virtCross: number[] = [];
  const virtRank: number[] = [];
  let globalMaxRank = 0;
  let crossOffset = 0;
  for (const c of comps.compOrder) {
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
  return {
    nodeRank,
    nodeCross,
    edgeVirtStart,
    edgeVirtCount,
    virtCross,
    virtRank,
    maxRank: globalMaxRank,
    crossExtent: n > 0 ? crossOffset - nodeSep : 0,
  };
}
