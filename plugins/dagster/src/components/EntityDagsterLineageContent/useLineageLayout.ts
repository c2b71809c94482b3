import { useEffect, useState } from 'react';
import type { LineageGraph } from '../../api';
import { layoutGraph, LayoutResult } from '../../lineage/layout/layoutGraph';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 48;

/**
 * Lays the graph out after the current render, so the page can show the
 * controls and a progress bar first. A worker would take the work off the
 * main thread, but `new Worker(new URL(..., import.meta.url))` is not
 * supported by this package's Jest setup, so the layout runs deferred instead.
 */
export function useLineageLayout(graph: LineageGraph) {
  const [layout, setLayout] = useState<LayoutResult>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    setLayout(undefined);
    setError(undefined);
    const timer = setTimeout(() => {
      try {
        setLayout(
          layoutGraph({
            nodes: graph.nodes.map(n => ({
              id: n.key,
              width: NODE_WIDTH,
              height: NODE_HEIGHT,
            })),
            edges: graph.edges.map(e => ({ source: e.from, target: e.to })),
          }),
        );
      } catch (e) {
        setError(e as Error);
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [graph]);
  return { layout, error };
}
