import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LineageGraph } from '../../api';
import { GraphLegend } from './GraphLegend';
import { GraphNode } from './GraphNode';
import { GraphToolbar } from './GraphToolbar';
import { nearestInDirection } from './graphNavigation';
import { boxOfPoints, edgeId, intersects, pathBetween } from './lineageModel';
import { useLineageLayout } from './useLineageLayout';
import { useViewport } from './useViewport';

const HEIGHT = 520;
const MARGIN = 40;

/** The lineage as a pannable, zoomable SVG graph with keyboard navigation. */
export function LineageGraphView(props: {
  graph: LineageGraph;
  onOpen: (key: string) => void;
}) {
  const theme = useTheme();
  const { graph } = props;
  const { layout, place, error } = useLineageLayout(graph);
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const pendingFocus = useRef<string>();
  const [width, setWidth] = useState(800);
  const size = useMemo(() => ({ width, height: HEIGHT }), [width]);
  const viewport = useViewport(svgRef, size, !!layout && !error);
  const [selected, setSelected] = useState<string>();
  const [pathMode, setPathMode] = useState(false);
  const [picks, setPicks] = useState<string[]>([]);

  useEffect(() => {
    setWidth(containerRef.current?.clientWidth || 800);
  }, [layout]);
  const { fit } = viewport;
  useEffect(() => {
    if (layout) fit(layout);
  }, [layout, fit]);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id && nodeRefs.current.has(id)) {
      pendingFocus.current = undefined;
      nodeRefs.current.get(id)!.focus();
    }
  });

  const nodesByKey = useMemo(
    () => new Map(graph.nodes.map(n => [n.key, n])),
    [graph],
  );
  const boxes = useMemo(
    () => new Map((layout?.nodes ?? []).map(n => [n.id, n])),
    [layout],
  );
  const path = useMemo(
    () =>
      layout && picks.length === 2
        ? pathBetween(layout.edges, picks[0], picks[1])
        : undefined,
    [layout, picks],
  );

  if (error) {
    return (
      <ResponseErrorPanel title="Could not lay out the lineage" error={error} />
    );
  }
  if (!layout) {
    return <Progress aria-label="Laying out the lineage graph" />;
  }

  const roots = new Set(graph.roots);
  const select = (key: string, how: 'pick' | 'move' = 'pick') => {
    setSelected(key);
    const box = boxes.get(key);
    if (box) viewport.centreOn(box);
    // Moving with arrow keys recentres, which may cull the old node: keep focus.
    if (how === 'move') pendingFocus.current = key;
    else if (pathMode) {
      setPicks(current => (current.length >= 2 ? [key] : [...current, key]));
    }
  };
  const { minX, minY, maxX, maxY } = viewport.visible;
  const view = {
    minX: minX - MARGIN,
    minY: minY - MARGIN,
    maxX: maxX + MARGIN,
    maxY: maxY + MARGIN,
  };
  const shownNodes = layout.nodes.filter(n =>
    intersects(view, {
      minX: n.x - n.width / 2,
      minY: n.y - n.height / 2,
      maxX: n.x + n.width / 2,
      maxY: n.y + n.height / 2,
    }),
  );
  const shownEdges = layout.edges.filter(
    e => e.points.length > 0 && intersects(view, boxOfPoints(e.points)),
  );
  const { x, y, k } = viewport.transform;

  return (
    <div ref={containerRef}>
      <GraphToolbar
        onZoomIn={() => viewport.zoomBy(1.25)}
        onZoomOut={() => viewport.zoomBy(0.8)}
        onFit={() => fit(layout)}
        selected={selected ? nodesByKey.get(selected) : undefined}
        onOpen={props.onOpen}
        pathMode={pathMode}
        onPathMode={on => {
          setPathMode(on);
          setPicks([]);
        }}
        picks={picks}
        pathFound={path ? path.size : undefined}
        truncated={graph.truncated}
        shown={shownNodes.length}
        total={layout.nodes.length}
      />
      <Box border={1} borderColor="divider" borderRadius={4}>
        <svg
          ref={svgRef}
          width="100%"
          height={HEIGHT}
          aria-label={`Lineage graph of ${graph.roots.join(', ')}`}
          data-layout={place}
          style={{
            cursor: viewport.dragging ? 'grabbing' : 'grab',
            display: 'block',
          }}
          {...viewport.panHandlers}
        >
          <defs>
            <marker
              id="dagster-lineage-arrow"
              viewBox="0 0 10 10"
              refX={10}
              refY={5}
              markerWidth={8}
              markerHeight={8}
              orient="auto"
            >
              <path
                d="M0,0 L10,5 L0,10 z"
                fill={theme.palette.text.secondary}
              />
            </marker>
          </defs>
          <g transform={`translate(${x}, ${y}) scale(${k})`}>
            {shownEdges.map(edge => {
              const onPath = path?.has(edgeId(edge.source, edge.target));
              return (
                <polyline
                  key={edgeId(edge.source, edge.target)}
                  data-on-path={onPath ? 'true' : undefined}
                  points={edge.points.map(p => `${p.x},${p.y}`).join(' ')}
                  fill="none"
                  stroke={
                    onPath
                      ? theme.palette.primary.main
                      : theme.palette.text.secondary
                  }
                  strokeWidth={onPath ? 4 : 1.5}
                  markerEnd="url(#dagster-lineage-arrow)"
                />
              );
            })}
            {shownNodes.map(box => {
              const node = nodesByKey.get(box.id);
              if (!node) return null;
              return (
                <GraphNode
                  key={box.id}
                  ref={el => {
                    if (el) nodeRefs.current.set(box.id, el);
                    else nodeRefs.current.delete(box.id);
                  }}
                  node={node}
                  box={box}
                  root={roots.has(box.id)}
                  selected={selected === box.id}
                  picked={picks.includes(box.id)}
                  onSelect={() => select(box.id)}
                  onOpen={() => props.onOpen(box.id)}
                  onArrow={direction => {
                    const next = nearestInDirection(
                      layout.nodes,
                      box,
                      direction,
                    );
                    if (next) select(next.id, 'move');
                  }}
                />
              );
            })}
          </g>
        </svg>
      </Box>
      <Box mt={1}>
        <GraphLegend />
      </Box>
    </div>
  );
}
