/** Connected components, with nodes and edges grouped by component. */
export interface Components {
  /** number of nodes of each component */
  compSize: number[];
  /** nodes of component c are compNodes[nodeStart[c] .. nodeStart[c + 1]) */
  nodeStart: Int32Array;
  compNodes: Int32Array;
  /** index of every node within its component */
  local: Int32Array;
  /** edges of component c are compEdges[edgeStart[c] .. edgeStart[c + 1]) */
  edgeStart: Int32Array;
  compEdges: Int32Array;
  /** largest components first, ties by first node */
  compOrder: number[];
}

/** Union-find over the edges da[e] -> db[e] of n nodes. */
export function findComponents(
  n: number,
  da: Int32Array,
  db: Int32Array,
): Components {
  const m = da.length;
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (start: number): number => {
    let r = start;
    while (parent[r] !== r) r = parent[r];
    let x = start;
    while (parent[x] !== r) {
      const nx = parent[x];
      parent[x] = r;
      x = nx;
    }
    return r;
  };
  for (let e = 0; e < m; e++) {
    const a = find(da[e]);
    const b = find(db[e]);
    if (a !== b) {
      if (a < b) parent[b] = a;
      else parent[a] = b;
    }
  }
  const compOf = new Int32Array(n);
  const compSize: number[] = [];
  const rootComp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const r = find(v);
    if (rootComp[r] < 0) {
      rootComp[r] = compSize.length;
      compSize.push(0);
    }
    compOf[v] = rootComp[r];
    compSize[rootComp[r]]++;
  }
  const C = compSize.length;
  // nodes and edges grouped by component (stable), local indices
  const nodeStart = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) nodeStart[c + 1] = nodeStart[c] + compSize[c];
  const compNodes = new Int32Array(n);
  const local = new Int32Array(n);
  {
    const fill = nodeStart.slice(0, C);
    for (let v = 0; v < n; v++) {
      const at = fill[compOf[v]]++;
      compNodes[at] = v;
      local[v] = at - nodeStart[compOf[v]];
    }
  }
  const edgeStart = new Int32Array(C + 1);
  for (let e = 0; e < m; e++) edgeStart[compOf[da[e]] + 1]++;
  for (let c = 0; c < C; c++) edgeStart[c + 1] += edgeStart[c];
  const compEdges = new Int32Array(m);
  {
    const fill = edgeStart.slice(0, C);
    for (let e = 0; e < m; e++) compEdges[fill[compOf[da[e]]]++] = e;
  }
  const compOrder = Array.from({ length: C }, (_, c) => c).sort(
    (a, b) => compSize[b] - compSize[a] || a - b,
  );
  return {
    compSize,
    nodeStart,
    compNodes,
    local,
    edgeStart,
    compEdges,
    compOrder,
  };
}
