/*
 * Layered (Sugiyama-style) DAG layout for asset lineage graphs.
 *
 * Pure TypeScript, no DOM and no dependencies, so that it can run in a web
 * worker. Pipeline, per connected component (components.ts, stacking.ts):
 *   1. cycle breaking (DFS back edges are reversed internally, reported as
 *      `reversed` and emitted in their original direction; cycles.ts);
 *   2. layering by longest path, then a cheap "network-simplex-lite" pass that
 *      moves nodes toward the side where they have more edges (pulls sources
 *      next to their consumers, sinks next to their producers; layering.ts);
 *   3. virtual nodes for edges spanning several ranks (virtualNodes.ts);
 *   4. crossing reduction: DFS initial order, alternating barycenter sweeps
 *      with adjacent-node transposition, keeping the best order seen (crossings
 *      counted with an accumulator tree in O(E log V); layerOrder.ts,
 *      crossingReduction.ts, layerCrossings.ts);
 *   5. coordinate assignment: each rank is packed, then block coordinate
 *      descent on sum w_e * (x_u - x_v)^2 where each rank's sub-problem
 *      (ordered, with minimum separations) is solved exactly by pool-adjacent-
 *      violators isotonic regression (coordinates.ts);
 *   6. components are stacked side by side along the cross axis (stacking.ts).
 *
 * Node coordinates are centres (like dagre). Edge points start on the source
 * border, pass through the virtual nodes and end on the target border
 * (rankAxis.ts, edgeRouting.ts).
 */
import { findComponents } from './components';
import { breakCycles } from './cycles';
import { routeEdges } from './edgeRouting';
import { cleanEdges, indexNodes } from './inputGraph';
import { Axes, rankCenters } from './rankAxis';
import { stackComponents } from './stacking';
import type {
  LayoutInput,
  LayoutInputNode,
  LayoutNode,
  LayoutOptions,
  LayoutPoint,
  LayoutResult,
} from './types';

export type {
  LayoutEdge,
  LayoutInput,
  LayoutInputEdge,
  LayoutInputNode,
  LayoutNode,
  LayoutOptions,
  LayoutPoint,
  LayoutResult,
} from './types';

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
  const index = indexNodes(inNodes);
  const { src, tgt, origin } = cleanEdges(input.edges, index, n);
  const acyclic = breakCycles(n, src, tgt);
  const comps = findComponents(n, acyclic.da, acyclic.db);

  const crossOf = (nd: LayoutInputNode) => (lr ? nd.height : nd.width);
  const rankSizeOf = (nd: LayoutInputNode) => (lr ? nd.width : nd.height);
  const placed = stackComponents(
    inNodes,
    comps,
    acyclic.da,
    acyclic.db,
    crossOf,
    nodeSep,
    edgeSep,
    sweeps,
  );
  const { nodeRank, nodeCross, crossExtent } = placed;
  const { rankCenter, rankExtent } = rankCenters(
    inNodes,
    nodeRank,
    placed.maxRank,
    rankSizeOf,
    rankSep,
  );
  const axes: Axes = {
    rankCenter,
    rankSizeOf,
    point: (a: number, c: number): LayoutPoint =>
      lr ? { x: a, y: c } : { x: c, y: a },
  };

  const nodes: LayoutNode[] = new Array(n);
  for (let v = 0; v < n; v++) {
    const nd = inNodes[v];
    const p = axes.point(rankCenter[nodeRank[v]], nodeCross[v]);
    nodes[v] = {
      id: nd.id,
      x: p.x,
      y: p.y,
      width: nd.width,
      height: nd.height,
      rank: nodeRank[v],
    };
  }
  const edges = routeEdges(input.edges, origin, acyclic, inNodes, placed, axes);
  return {
    nodes,
    edges,
    width: lr ? rankExtent : crossExtent,
    height: lr ? crossExtent : rankExtent,
  };
}
