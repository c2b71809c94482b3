import type { LayoutInputNode, LayoutPoint } from './types';

/** Positions along the rank axis, and the mapping to x/y for the direction. */
export interface Axes {
  /** centre of every rank */
  rankCenter: Float64Array;
  /** a node's size along the rank axis */
  rankSizeOf: (nd: LayoutInputNode) => number;
  /** (rank-axis, cross-axis) position to x/y */
  point: (along: number, cross: number) => LayoutPoint;
}

/**
 * Ranks are as thick as their thickest node and rankSep apart; returns the
 * centre of every rank and the total extent.
 */
export function rankCenters(
  inNodes: LayoutInputNode[],
  nodeRank: Int32Array,
  maxRank: number,
  rankSizeOf: (nd: LayoutInputNode) => number,
  rankSep: number,
): { rankCenter: Float64Array; rankExtent: number } {
  const n = inNodes.length;
  const R = maxRank + 1;
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
  return { rankCenter, rankExtent: n > 0 ? along - rankSep : 0 };
}
