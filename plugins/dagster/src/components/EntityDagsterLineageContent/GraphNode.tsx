import { useTheme } from '@material-ui/core/styles';
import { forwardRef, KeyboardEvent } from 'react';
import type { LayoutNode } from '../../lineage/layout/layoutGraph';
import type { LineageNode } from '../../api';
import { ASSET_HEALTH_LABELS, assetHealth, healthColour } from './lineageModel';

const MAX_CHARS = 26;
/** The key as shown: whole when it fits, else its last part (the asset's own name). */
const shownKey = (key: string) =>
  key.length > MAX_CHARS ? key.split('/').pop()!.slice(0, MAX_CHARS) : key;

export interface GraphNodeProps {
  node: LineageNode;
  box: LayoutNode;
  root: boolean;
  selected: boolean;
  picked: boolean;
  onSelect: () => void;
  onOpen: () => void;
  onArrow: (direction: 'left' | 'right' | 'up' | 'down') => void;
}

const ARROWS = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
} as const;

/** An asset in the graph: a focusable box with its key and health in words. */
export const GraphNode = forwardRef<SVGGElement, GraphNodeProps>(
  (props, ref) => {
    const theme = useTheme();
    const { node, box } = props;
    const health = assetHealth(node);
    const colour = healthColour(theme, health);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        props.onSelect();
      } else if (event.key in ARROWS) {
        event.preventDefault();
        props.onArrow(ARROWS[event.key as keyof typeof ARROWS]);
      }
    };
    return (
      <g
        ref={ref}
        role="button"
        tabIndex={0}
        // Named by the text on screen (WCAG 2.5.3 label in name); the list view gives full keys.
        aria-label={`${shownKey(node.key)} ${ASSET_HEALTH_LABELS[health]}`}
        aria-pressed={props.selected}
        data-key={node.key}
        transform={`translate(${box.x - box.width / 2}, ${
          box.y - box.height / 2
        })`}
        onClick={event => {
          event.stopPropagation();
          props.onSelect();
        }}
        onDoubleClick={props.onOpen}
        onMouseDown={event => event.stopPropagation()}
        onKeyDown={onKeyDown}
        style={{ cursor: 'pointer', outline: 'none' }}
      >
        <rect
          width={box.width}
          height={box.height}
          rx={6}
          fill={theme.palette.background.paper}
          stroke={
            props.selected || props.picked ? theme.palette.primary.main : colour
          }
          // The asset the tab is about has a double-weight border.
          strokeWidth={props.selected || props.picked || props.root ? 4 : 2}
          strokeDasharray={props.root ? undefined : '0'}
        />
        <rect width={8} height={box.height} rx={3} fill={colour} />
        {/* One text element, so the visible text reads "key status" as the name does. */}
        <text fill={theme.palette.text.primary}>
          <tspan x={16} y={20} fontSize={13}>
            {shownKey(node.key)}
          </tspan>{' '}
          <tspan x={16} y={38} fontSize={11}>
            {ASSET_HEALTH_LABELS[health]}
          </tspan>
        </text>
      </g>
    );
  },
);
