import type { LayoutInputEdge, LayoutInputNode } from './types';

/** Edges kept for layout, as node indices, with the input edge each came from. */
export interface EdgeList {
  src: number[];
  tgt: number[];
  /** index in the input edges */
  origin: number[];
}

/** Maps node ids to their input index; throws on a duplicate id. */
export function indexNodes(inNodes: LayoutInputNode[]): Map<string, number> {
  const n = inNodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = inNodes[i].id;
    if (index.has(id)) throw new Error(`Duplicate node id '${id}'`);
    index.set(id, i);
  }
  return index;
}

/** Drops self-loops, duplicates and dangling edges; the first of duplicates is kept. */
export function cleanEdges(
  inEdges: LayoutInputEdge[],
  index: Map<string, number>,
  n: number,
): EdgeList {
  const src: number[] = [];
  const tgt: number[] = [];
  const origin: number[] = [];
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
  return { src, tgt, origin };
}
