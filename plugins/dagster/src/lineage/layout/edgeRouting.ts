import type { AcyclicEdges } from './cycles';
import type { Axes } from './rankAxis';
import type { StackedLayout } from './stacking';
import type {
  LayoutEdge,
  LayoutInputEdge,
  LayoutInputNode,
  LayoutPoint,
} from './types';

/**
 * Edge polylines: from the source border, through the edge's virtual nodes,
 * to the target border. Edges reversed to break a cycle get their points
 * reversed back, so every edge keeps its input direction.
 */
export function routeEdges(
  inEdges: LayoutInputEdge[],
  origin: number[],
  acyclic: AcyclicEdges,
  inNodes: LayoutInputNode[],
  placed: StackedLayout,
  axes: Axes,
): LayoutEdge[] {
  const { reversed, da, db } = acyclic;
  const { nodeRank, nodeCross, edgeVirtStart, edgeVirtCount } = placed;
  const { virtCross, virtRank } = placed;
  const { rankCenter, rankSizeOf, point } = axes;
  const m = da.length;
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
  return edges;
}
