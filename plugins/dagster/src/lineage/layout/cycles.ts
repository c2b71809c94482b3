/** Edges oriented so that the graph is acyclic. */
export interface AcyclicEdges {
  /** 1 for an edge reversed to break a cycle */
  reversed: Uint8Array;
  /** edge e runs from da[e] to db[e] (after reversal) */
  da: Int32Array;
  db: Int32Array;
}

/** Marks DFS back edges, starting from sources first. */
function findBackEdges(n: number, src: number[], tgt: number[]): Uint8Array {
  const m = src.length;
  const reversed = new Uint8Array(m);
  const outStart = new Int32Array(n + 1);
  const indeg = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    outStart[src[e] + 1]++;
    indeg[tgt[e]]++;
  }
  for (let v = 0; v < n; v++) outStart[v + 1] += outStart[v];
  const outEdge = new Int32Array(m);
  const fill = outStart.slice(0, n);
  for (let e = 0; e < m; e++) outEdge[fill[src[e]]++] = e;
  const state = new Uint8Array(n);
  const iter = new Int32Array(n);
  const stack = new Int32Array(n);
  const dfs = (root: number) => {
    let sp = 0;
    stack[sp++] = root;
    state[root] = 1;
    iter[root] = outStart[root];
    while (sp > 0) {
      const u = stack[sp - 1];
      if (iter[u] < outStart[u + 1]) {
        const e = outEdge[iter[u]++];
        const v = tgt[e];
        if (state[v] === 1) reversed[e] = 1;
        else if (state[v] === 0) {
          state[v] = 1;
          iter[v] = outStart[v];
          stack[sp++] = v;
        }
      } else {
        state[u] = 2;
        sp--;
      }
    }
  };
  for (let v = 0; v < n; v++) if (indeg[v] === 0 && state[v] === 0) dfs(v);
  for (let v = 0; v < n; v++) if (state[v] === 0) dfs(v);
  return reversed;
}

/**
 * Cycle breaking: DFS back edges are reversed internally; callers report them
 * as `reversed` and emit them in their original direction.
 */
export function breakCycles(
  n: number,
  src: number[],
  tgt: number[],
): AcyclicEdges {
  const m = src.length;
  const reversed = findBackEdges(n, src, tgt);
  const da = new Int32Array(m);
  const db = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    if (reversed[e]) {
      da[e] = tgt[e];
      db[e] = src[e];
    } else {
      da[e] = src[e];
      db[e] = tgt[e];
    }
  }
  return { reversed, da, db };
}
