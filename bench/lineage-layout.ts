/**
 * Lineage layout benchmark: our layered layout vs @dagrejs/dagre, configured
 * as Dagster's UI configures it for asset graphs, on the same synthetic
 * lineage graphs (500, 2,000 and 10,000 assets). Runs alternate
 * between the two engines; medians are reported. Crossings of both results
 * are counted with the same function (countCrossings). Prints ratios, never
 * asserts:
 *   - time ratio ours/dagre (target <= 0.2 at 2,000 nodes);
 *   - crossings ratio ours/dagre (target <= 1.2).
 *
 * Run: node --expose-gc --require @backstage/cli/config/nodeTransform.cjs bench/lineage-layout.ts
 * Env: SIZES=500,2000 RUNS=5 DAGRE_MAX_MS=60000
 */
import dagre from '@dagrejs/dagre';
import { layoutGraph } from '../plugins/dagster/src/lineage/layout/layoutGraph';
import { countCrossings } from '../plugins/dagster/src/lineage/layout/crossings';
import { syntheticLineage } from './lineage/syntheticGraph';
import type { LayoutInput } from '../plugins/dagster/src/lineage/layout/layoutGraph';

const SIZES = (process.env.SIZES ?? '500,2000,10000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 7);
const DAGRE_MAX_MS = Number(process.env.DAGRE_MAX_MS ?? 60_000);
/** Our layout's spacing, as the Lineage tab uses it. */
const NODE_SEP = 50;
const RANK_SEP = 50;

/**
 * dagre as Dagster's own UI configures it for asset graphs, so the ratio is
 * against what Dagster users see, not against dagre's slower defaults.
 */
const DAGSTER_UI_DAGRE = {
  rankdir: 'LR',
  ranker: 'tight-tree',
  ranksep: 60,
  edgesep: 90,
  nodesep: -10,
} as const;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function runDagre(input: LayoutInput) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ ...DAGSTER_UI_DAGRE });
  g.setDefaultEdgeLabel(() => ({}));
  for (const nd of input.nodes) {
    g.setNode(nd.id, { width: nd.width, height: nd.height });
  }
  for (const e of input.edges) g.setEdge(e.source, e.target);
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: graph.width ?? 0,
    height: graph.height ?? 0,
    nodes: g.nodes().map((id: string) => {
      const nd = g.node(id);
      return { id, x: nd.x, y: nd.y };
    }),
    edges: g.edges().map((e: { v: string; w: string }) => ({
      source: e.v,
      target: e.w,
      points: g.edge(e).points ?? [],
    })),
  };
}

function runOurs(input: LayoutInput) {
  return layoutGraph(input, {
    direction: 'LR',
    nodeSep: NODE_SEP,
    rankSep: RANK_SEP,
  });
}

function time<T>(fn: () => T): [number, T] {
  gc();
  const t0 = process.hrtime.bigint();
  const r = fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, r];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

let lastDagre: { n: number; ms: number } | undefined;
for (const n of SIZES) {
  const input = syntheticLineage(n, 42 + n);
  const runs = n >= 10_000 ? Math.min(RUNS, 3) : RUNS;
  // dagre grows roughly quadratically here: predict from the previous size
  const predicted = lastDagre ? lastDagre.ms * (n / lastDagre.n) ** 2 : 0;
  const dagreRuns =
    predicted > 5 * DAGRE_MAX_MS
      ? 0
      : predicted > DAGRE_MAX_MS / runs
      ? 1
      : runs;
  const ours: number[] = [];
  const theirs: number[] = [];
  let oursResult = runOurs(input); // warm-up
  let dagreResult: ReturnType<typeof runDagre> | undefined;
  for (let i = 0; i < runs; i++) {
    const [to, ro] = time(() => runOurs(input));
    ours.push(to);
    oursResult = ro;
    if (i < dagreRuns && !(i > 0 && theirs[0] > DAGRE_MAX_MS / runs)) {
      const [td, rd] = time(() => runDagre(input));
      theirs.push(td);
      dagreResult = rd;
    }
  }
  const oursMs = median(ours);
  const oursX = countCrossings(oursResult, 'LR');
  const lines = [
    `nodes=${n} edges=${input.edges.length} runs ours=${ours.length} dagre=${theirs.length}`,
  ];
  if (!dagreResult) {
    lines.push(
      `  dagre SKIPPED: predicted ~${(predicted / 1000).toFixed(
        0,
      )} s from the ${lastDagre?.n}-node run (limit ${
        (5 * DAGRE_MAX_MS) / 1000
      } s)`,
      `  ms        ours=${fmt(oursMs)}`,
      `  crossings ours=${oursX}`,
      `  size      ours=${fmt(oursResult.width)}x${fmt(oursResult.height)}`,
      `  time ratio ours/dagre      = n/a (dagre skipped)`,
      `  crossings ratio ours/dagre = n/a (dagre skipped)`,
    );
  } else {
    const dagreMs = median(theirs);
    lastDagre = { n, ms: dagreMs };
    const dagreX = countCrossings(dagreResult, 'LR');
    lines.push(
      `  ms        ours=${fmt(oursMs)} dagre=${fmt(dagreMs)}`,
      `  crossings ours=${oursX} dagre=${dagreX}`,
      `  size      ours=${fmt(oursResult.width)}x${fmt(
        oursResult.height,
      )} dagre=${fmt(dagreResult.width)}x${fmt(dagreResult.height)}`,
      `  time ratio ours/dagre      = ${(oursMs / dagreMs).toFixed(3)}${
        n === 2000 ? '   (target <= 0.2)' : ''
      }`,
      `  crossings ratio ours/dagre = ${
        dagreX === 0
          ? oursX === 0
            ? '1.000'
            : 'inf'
          : (oursX / dagreX).toFixed(3)
      }   (target <= 1.2)`,
    );
  }
  // eslint-disable-next-line no-console
  console.log(lines.join('\n'));
}
