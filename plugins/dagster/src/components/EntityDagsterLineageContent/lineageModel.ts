import type { Theme } from '@material-ui/core/styles';
import type { LineageGraph, LineageNode } from '../../api';

/** How an asset in the lineage is doing, in the words shown to the reader. */
export type AssetHealth =
  | 'failing'
  | 'warning'
  | 'running'
  | 'healthy'
  | 'never';

export const ASSET_HEALTH_LABELS: Record<AssetHealth, string> = {
  failing: 'Failing',
  warning: 'Warning',
  running: 'Running',
  healthy: 'Materialised',
  never: 'Not materialised',
};

const FAILED_RUNS = new Set(['FAILURE', 'CANCELED', 'CANCELLED']);

export function assetHealth(node: LineageNode): AssetHealth {
  const { status } = node;
  if (status.checks === 'failing') return 'failing';
  if (status.lastRunStatus && FAILED_RUNS.has(status.lastRunStatus)) {
    return 'failing';
  }
  if (status.running) return 'running';
  if (status.checks === 'warning') return 'warning';
  return status.lastMaterializedAt ? 'healthy' : 'never';
}

export function healthColour(theme: Theme, health: AssetHealth): string {
  switch (health) {
    case 'failing':
      return theme.palette.error.main;
    case 'warning':
      return theme.palette.warning.main;
    case 'running':
      return theme.palette.info.main;
    case 'healthy':
      return theme.palette.success.main;
    default:
      return theme.palette.grey[500];
  }
}

export type LineageSide = 'upstream' | 'this' | 'downstream';

function reachable(starts: string[], next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const n of next.get(key) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

function adjacency(pairs: [string, string][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    const list = map.get(a);
    if (list) list.push(b);
    else map.set(a, [b]);
  }
  return map;
}

/** Which side of the entity's own assets each node is on. */
export function sidesOf(graph: LineageGraph): Map<string, LineageSide> {
  const down = adjacency(graph.edges.map(e => [e.from, e.to]));
  const up = adjacency(graph.edges.map(e => [e.to, e.from]));
  const upstream = reachable(graph.roots, up);
  const downstream = reachable(graph.roots, down);
  const roots = new Set(graph.roots);
  const sides = new Map<string, LineageSide>();
  for (const node of graph.nodes) {
    if (roots.has(node.key)) sides.set(node.key, 'this');
    else if (upstream.has(node.key)) sides.set(node.key, 'upstream');
    else if (downstream.has(node.key)) sides.set(node.key, 'downstream');
  }
  return sides;
}

export const edgeId = (source: string, target: string) =>
  `${source}\u0000${target}`;

/**
 * The edges of a shortest path between two assets: along the data flow
 * either way when there is one, else ignoring direction.
 */
export function pathBetween(
  edges: { source: string; target: string }[],
  from: string,
  to: string,
): Set<string> | undefined {
  const search = (pairs: [string, string, string][], a: string, b: string) => {
    const next = new Map<string, [string, string][]>();
    for (const [u, v, id] of pairs) {
      next.set(u, [...(next.get(u) ?? []), [v, id]]);
    }
    const via = new Map<string, [string, string]>();
    const queue = [a];
    const seen = new Set([a]);
    while (queue.length > 0) {
      const key = queue.shift()!;
      if (key === b) break;
      for (const [n, id] of next.get(key) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          via.set(n, [key, id]);
          queue.push(n);
        }
      }
    }
    if (!seen.has(b)) return undefined;
    const path = new Set<string>();
    for (let key = b; key !== a; key = via.get(key)![0]) {
      path.add(via.get(key)![1]);
    }
    return path;
  };
  if (from === to) return new Set();
  const forward = edges.map(
    e =>
      [e.source, e.target, edgeId(e.source, e.target)] as [
        string,
        string,
        string,
      ],
  );
  const backward = forward.map(
    ([u, v, id]) => [v, u, id] as [string, string, string],
  );
  return (
    search(forward, from, to) ??
    search(forward, to, from) ??
    search([...forward, ...backward], from, to)
  );
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function intersects(a: Box, b: Box): boolean {
  return (
    a.minX <= b.maxX && a.maxX >= b.minX && a.minY <= b.maxY && a.maxY >= b.minY
  );
}

export function boxOfPoints(points: { x: number; y: number }[]): Box {
  const xs = points.map(p => p.x);
  const ys = points.map(p => p.y);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}
