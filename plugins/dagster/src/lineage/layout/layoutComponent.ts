import { assignCoordinates } from './coordinates';
import { reduceCrossings } from './crossingReduction';
import { assignRanks } from './layering';
import { initialOrder } from './layerOrder';
import { buildProperGraph } from './virtualNodes';

export interface ComponentLayout {
  /** rank of every local node (real then virtual) */
  rank: Int32Array;
  /** cross-axis centre of every local node (real then virtual) */
  coord: Float64Array;
  /** virtual ids of edge e are k + chainStart[e] .. k + chainStart[e + 1] - 1 */
  chainStart: Int32Array;
  extent: number;
  maxRank: number;
}

/**
 * Lays out one connected component of k real nodes (cross-axis sizes
 * crossSize) and m acyclic edges es[e] -> et[e], in local indices.
 */
export function layoutComponent(
  k: number,
  m: number,
  es: Int32Array,
  et: Int32Array,
  crossSize: Float64Array,
  nodeSep: number,
  edgeSep: number,
  maxSweeps: number,
): ComponentLayout {
  const { rank: realRank, maxRank } = assignRanks(k, m, es, et);
  const g = buildProperGraph(k, m, es, et, realRank);
  const layers = initialOrder(g, maxRank + 1);
  reduceCrossings(g, layers, maxSweeps);
  const { coord, extent } = assignCoordinates(
    g,
    layers,
    crossSize,
    nodeSep,
    edgeSep,
  );
  return { rank: g.rank, coord, chainStart: g.chainStart, extent, maxRank };
}
