import {
  DagsterAssetNotFoundError,
  DagsterLineageNode,
} from '@internal/backstage-plugin-dagster-node';
import { LineageDirection } from './model';

/** The walk's result before statuses are added. */
export interface LineageWalk {
  nodes: DagsterLineageNode[];
  edges: { from: string; to: string }[];
  truncated: boolean;
}

/** Every asset of an instance, by key string, as read in one request. */
export type AssetGraph = ReadonlyMap<string, DagsterLineageNode>;

/** The most nodes of one lineage graph: as many as the graph view renders. */
export const MAX_LINEAGE_NODES = 10_000;

type Way = 'up' | 'down' | 'both';

const START: Record<LineageDirection, Way> = {
  upstream: 'up',
  downstream: 'down',
  both: 'both',
};

export const keyString = (key: string[]) => key.join('/');

/** Indexes the nodes of an instance by key; a key Dagster repeats is kept once. */
export function assetGraphOf(nodes: DagsterLineageNode[]): AssetGraph {
  return new Map(nodes.map(node => [keyString(node.key), node]));
}

/**
 * Breadth-first walk from `roots` over the instance's graph, already in
 * memory, so the depth costs no requests. Assets reached upstream keep going
 * upstream and those reached downstream keep going downstream, so `both` is
 * the union of the two walks, not every relative of every relative. Keys
 * the graph lacks are left out. Stops adding nodes at `maxNodes` and says so
 * with `truncated`.
 */
export function walkLineage(
  graph: AssetGraph,
  roots: string[][],
  options: { depth: number; direction: LineageDirection; maxNodes?: number },
): LineageWalk {
  const maxNodes = options.maxNodes ?? MAX_LINEAGE_NODES;
  const known = roots.filter(key => graph.has(keyString(key)));
  if (roots.length > 0 && known.length === 0) {
    throw new DagsterAssetNotFoundError(
      `Dagster has no asset ${roots.map(keyString).join(', ')}`,
    );
  }
  const found = new Map<string, DagsterLineageNode>();
  const ways = new Map<string, Set<Way>>();
  let truncated = known.length > maxNodes;
  let frontier = new Map<string, Way>();
  for (const key of known.slice(0, maxNodes)) {
    const id = keyString(key);
    frontier.set(id, START[options.direction]);
    found.set(id, graph.get(id)!);
  }

  for (let level = 0; level < options.depth && frontier.size > 0; level++) {
    const next = new Map<string, Way>();
    for (const [id, way] of frontier) {
      const seen = ways.get(id) ?? new Set<Way>();
      ways.set(id, seen);
      if (seen.has(way)) continue;
      seen.add(way);
      const node = found.get(id)!;
      const neighbours: [string[], Way][] = [];
      if (way !== 'down')
        node.upstream.forEach(k => neighbours.push([k, 'up']));
      if (way !== 'up')
        node.downstream.forEach(k => neighbours.push([k, 'down']));
      for (const [key, nextWay] of neighbours) {
        const nid = keyString(key);
        const neighbour = graph.get(nid);
        if (!neighbour || ways.get(nid)?.has(nextWay) || next.has(nid)) {
          continue;
        }
        if (!found.has(nid)) {
          if (found.size >= maxNodes) {
            truncated = true;
            continue;
          }
          found.set(nid, neighbour);
        }
        next.set(nid, nextWay);
      }
    }
    frontier = next;
  }

  const nodes = [...found.values()];
  return { nodes, edges: edgesBetween(nodes), truncated };
}

/** Every dependency between two nodes of the graph, once, across locations too. */
function edgesBetween(nodes: DagsterLineageNode[]) {
  const ids = new Set(nodes.map(n => keyString(n.key)));
  const edges = new Map<string, { from: string; to: string }>();
  const add = (from: string, to: string) => {
    if (ids.has(from) && ids.has(to))
      edges.set(`${from}\u0000${to}`, { from, to });
  };
  for (const node of nodes) {
    const id = keyString(node.key);
    node.upstream.forEach(up => add(keyString(up), id));
    node.downstream.forEach(down => add(id, keyString(down)));
  }
  return [...edges.values()];
}
