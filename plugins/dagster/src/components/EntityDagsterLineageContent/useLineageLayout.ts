import { useEffect, useState } from 'react';
import type { LineageGraph } from '../../api';
import { createLayoutWorker } from '../../lineage/layout/createLayoutWorker';
import {
  layoutGraph,
  LayoutInput,
  LayoutResult,
} from '../../lineage/layout/layoutGraph';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 48;

/** Where the last layout ran: in a worker, or deferred on the page's thread. */
export type LayoutPlace = 'worker' | 'main-thread';

/**
 * Lays the graph out in a Web Worker, so large graphs do not freeze the page.
 * Where no worker can run (tests, a failing worker script) it lays out after
 * the current render instead, so the controls and a progress bar show first.
 */
export function useLineageLayout(graph: LineageGraph) {
  const [layout, setLayout] = useState<LayoutResult>();
  const [place, setPlace] = useState<LayoutPlace>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    setLayout(undefined);
    setError(undefined);
    const input: LayoutInput = {
      nodes: graph.nodes.map(n => ({
        id: n.key,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      })),
      edges: graph.edges.map(e => ({ source: e.from, target: e.to })),
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const inThread = () => {
      timer = setTimeout(() => {
        try {
          setLayout(layoutGraph(input));
          setPlace('main-thread');
        } catch (e) {
          setError(e as Error);
        }
      }, 0);
    };
    let worker: Worker | undefined;
    try {
      worker = createLayoutWorker();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      inThread();
    } else {
      worker.onmessage = (event: MessageEvent<LayoutResult>) => {
        setLayout(event.data);
        setPlace('worker');
      };
      worker.onerror = event => {
        event.preventDefault();
        inThread();
      };
      worker.postMessage({ input });
    }
    return () => {
      worker?.terminate();
      if (timer) clearTimeout(timer);
    };
  }, [graph]);
  return { layout, place, error };
}
