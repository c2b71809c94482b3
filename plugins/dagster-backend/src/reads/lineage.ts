import {
  DagsterAssetNotFoundError,
  DagsterAssetReadClient,
  DagsterLineageNode,
} from '@internal/backstage-plugin-dagster-node';
import { LineageDirection } from './model';

/** The walk's result before statuses are added. */
export interface LineageWalk {
  nodes: DagsterLineageNode[];
  edges: { from: string; to: string }[];
  truncated: boolean;
}

type Way = 'up' | 'down' | 'both';

const START: Record<LineageDirection, Way> = {
  upstream: 'up',
  downstream: 'down',
  both: 'both',
};

export const keyString = (key: string[]) => key.join('/');

/**
 * Breadth-first walk from `roots`, fetching each level's nodes in one
 * batched request. Assets reached upstream keep going upstream and those
 * reached downstream keep going downstream, so `both` is the union of the
 * two walks, not every relative of every relative. Stops adding nodes at
 * `maxNodes` and says so with `truncated`.
 */
export async function walkLineage(
  client: DagsterAssetReadClient,
  roots: string[][],
  options: { depth: number; direction: LineageDirection; maxNodes: number },
): Promise<LineageWalk> {
  const start = START[options.direction];
  const found = new Map<string, DagsterLineageNode>();
  const ways = new Map<string, Set<Way>>();
  let truncated = false;
  let frontier = new Map<string, { key: string[]; way: Way }>();
  for (const key of roots.slice(0, options.maxNodes)) {
    frontier.set(keyString(key), { key, way: start });
  }
  truncated = roots.length > options.maxNodes;

  for (let level = 0; frontier.size > 0; level++) {
    const unfetched = [...frontier.entries()]
      .filter(([id]) => !found.has(id))
      .map(([, entry]) => entry.key);
    for (const node of await client.getLineageNodes(unfetched)) {
      found.set(keyString(node.key), node);
    }
    if (level === 0 && roots.length > 0 && found.size === 0) {
      throw new DagsterAssetNotFoundError(
        `Dagster has no asset ${roots.map(keyString).join(', ')}`,
      );
    }
    const next = new Map<string, { key: string[]; way: Way }>();
    for (const [id, { way }] of frontier) {
      const node = found.get(id);
      const seen = ways.get(id) ?? new Set<Way>();
      ways.set(id, seen);
      if (!node || seen.has(way) || level >= options.depth) {
        seen.add(way);
        continue;
      }
      seen.add(way);
      const neighbours: { key: string[]; way: Way }[] = [];
      if (way !== 'down') {
        neighbours.push(
          ...node.upstream.map(key => ({ key, way: 'up' as Way })),
        );
      }
      if (way !== 'up') {
        neighbours.push(
          ...node.downstream.map(key => ({ key, way: 'down' as Way })),
        );
      }
      for (const neighbour of neighbours) {
        const nid = keyString(neighbour.key);
        if (ways.get(nid)?.has(neighbour.way) || next.has(nid)) continue;
        if (
          !found.has(nid) &&
          found.size + countNew(next, found) >= options.maxNodes
        ) {
          truncated = true;
          continue;
        }
        next.set(nid, neighbour);
      }
    }
    frontier = next;
  }

  const nodes = [...found.values()];
  return { nodes, edges: edgesBetween(nodes), truncated };
}

function countNew(
  next: Map<string, unknown>,
  found: Map<string, unknown>,
): number {
  let n = 0;
  for (const id of next.keys()) if (!found.has(id)) n++;
  return n;
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
