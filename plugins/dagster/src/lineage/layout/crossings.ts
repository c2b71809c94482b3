/*
 * Layout-independent edge crossing count, used to compare layouts produced by
 * different engines (ours and dagre) with exactly the same method.
 *
 * Each edge is turned into a polyline: source centre, the interior points of
 * `points` (the first and last points are taken to be attachment points on
 * the node borders and replaced by the node centres), target centre. All
 * distinct coordinates along the rank axis of these points form the "levels".
 * Every polyline segment is split at each level it spans (linear
 * interpolation), so that all segments join consecutive levels; crossings are
 * then counted per pair of consecutive levels as strict inversions (segments
 * sharing an endpoint do not cross), in O(S log S) with a Fenwick tree.
 * Because splitting is exact, this equals the number of proper geometric
 * crossings between the straight-line polylines.
 */

/** @public */
export interface CrossingsLayout {
  nodes: { id: string; x: number; y: number }[];
  edges: {
    source: string;
    target: string;
    points?: { x: number; y: number }[];
  }[];
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** @public */
export function countCrossings(
  layout: CrossingsLayout,
  direction: 'LR' | 'TB' = 'LR',
): number {
  const lr = direction === 'LR';
  const centre = new Map<string, { a: number; c: number }>();
  for (const nd of layout.nodes) {
    centre.set(nd.id, lr ? { a: nd.x, c: nd.y } : { a: nd.y, c: nd.x });
  }
  const paths: { a: number; c: number }[][] = [];
  const levelSet = new Set<number>();
  for (const e of layout.edges) {
    if (e.source === e.target) continue;
    const s = centre.get(e.source);
    const t = centre.get(e.target);
    if (!s || !t) continue;
    const path = [s];
    const pts = e.points ?? [];
    for (let i = 1; i < pts.length - 1; i++) {
      const p = pts[i];
      path.push(lr ? { a: p.x, c: p.y } : { a: p.y, c: p.x });
    }
    path.push(t);
    const rounded = path.map(p => ({ a: round(p.a), c: p.c }));
    for (const p of rounded) levelSet.add(p.a);
    paths.push(rounded);
  }
  const levels = [...levelSet].sort((x, y) => x - y);
  const levelIndex = new Map<number, number>();
  levels.forEach((l, i) => levelIndex.set(l, i));

  // segments between level i and i + 1: [cross at i, cross at i + 1]
  const segs: number[][] = levels.map(() => []);
  for (const path of paths) {
    for (let i = 0; i + 1 < path.length; i++) {
      let p = path[i];
      let q = path[i + 1];
      let li = levelIndex.get(p.a)!;
      let lj = levelIndex.get(q.a)!;
      if (li === lj) continue; // parallel to the levels: ignored
      if (li > lj) {
        [p, q] = [q, p];
        [li, lj] = [lj, li];
      }
      let prevC = p.c;
      for (let l = li + 1; l <= lj; l++) {
        const c =
          l === lj
            ? q.c
            : p.c + ((q.c - p.c) * (levels[l] - p.a)) / (q.a - p.a);
        segs[l - 1].push(prevC, c);
        prevC = c;
      }
    }
  }

  let total = 0;
  for (const list of segs) {
    const s = list.length / 2;
    if (s < 2) continue;
    const idx = Array.from({ length: s }, (_, i) => i);
    idx.sort(
      (x, y) => list[2 * x] - list[2 * y] || list[2 * x + 1] - list[2 * y + 1],
    );
    // compress end coordinates
    const ends = Array.from(new Set(idx.map(i => list[2 * i + 1]))).sort(
      (x, y) => x - y,
    );
    const endRank = new Map<number, number>();
    ends.forEach((v, i) => endRank.set(v, i + 1));
    const tree = new Int32Array(ends.length + 1);
    let inserted = 0;
    let g = 0;
    while (g < s) {
      // group segments with identical start: they share an endpoint
      let h = g;
      const start = list[2 * idx[g]];
      while (h < s && list[2 * idx[h]] === start) h++;
      for (let j = g; j < h; j++) {
        let r = endRank.get(list[2 * idx[j] + 1])!;
        let le = 0;
        while (r > 0) {
          le += tree[r];
          r -= r & -r;
        }
        total += inserted - le;
      }
      for (let j = g; j < h; j++) {
        let r = endRank.get(list[2 * idx[j] + 1])!;
        while (r < tree.length) {
          tree[r]++;
          r += r & -r;
        }
        inserted++;
      }
      g = h;
    }
  }
  return total;
}
