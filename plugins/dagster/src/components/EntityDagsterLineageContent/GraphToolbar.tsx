import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import Add from '@material-ui/icons/Add';
import Remove from '@material-ui/icons/Remove';
import ZoomOutMap from '@material-ui/icons/ZoomOutMap';
import type { LineageNode } from '../../api';

export interface GraphToolbarProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  selected?: LineageNode;
  onOpen: (key: string) => void;
  pathMode: boolean;
  onPathMode: (on: boolean) => void;
  picks: string[];
  /** Edges on the path between the two picks; undefined when there is none. */
  pathFound?: number;
  truncated: boolean;
  shown: number;
  total: number;
}

function pathMessage(props: GraphToolbarProps): string {
  if (props.picks.length === 0) return 'Pick the first asset of the path.';
  if (props.picks.length === 1) {
    return `From ${props.picks[0]}: pick the second asset.`;
  }
  const [from, to] = props.picks;
  return props.pathFound === undefined
    ? `No path between ${from} and ${to}.`
    : `Path from ${from} to ${to}: ${props.pathFound} edges highlighted.`;
}

/** Zoom, fit, open and highlight-path controls above the lineage graph. */
export function GraphToolbar(props: GraphToolbarProps) {
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" mb={1}>
      <IconButton aria-label="Zoom in" size="small" onClick={props.onZoomIn}>
        <Add />
      </IconButton>
      <IconButton aria-label="Zoom out" size="small" onClick={props.onZoomOut}>
        <Remove />
      </IconButton>
      <Button size="small" startIcon={<ZoomOutMap />} onClick={props.onFit}>
        Fit
      </Button>
      <Box ml={1}>
        <Button
          size="small"
          variant="outlined"
          disabled={!props.selected?.entityName}
          onClick={() => props.selected && props.onOpen(props.selected.key)}
        >
          {props.selected ? `Open ${props.selected.key}` : 'Open'}
        </Button>
      </Box>
      <Box ml={2}>
        <FormControlLabel
          control={
            <Switch
              checked={props.pathMode}
              onChange={(_, on) => props.onPathMode(on)}
              color="primary"
            />
          }
          label="Highlight path"
        />
      </Box>
      <Box ml={1} role="status" aria-live="polite">
        <Typography variant="body2" color="textPrimary">
          {props.pathMode ? pathMessage(props) : ''}
          {` Showing ${props.shown} of ${props.total} assets in view.`}
          {props.truncated ? ' The lineage was cut at the node limit.' : ''}
        </Typography>
      </Box>
    </Box>
  );
}
