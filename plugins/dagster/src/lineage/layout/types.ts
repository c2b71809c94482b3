/* Public input, options and result shapes of layoutGraph. */

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
