import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import type { LineageDirection } from '../../api';

export type LineageView = 'graph' | 'list';

export interface LineageControlsProps {
  depth: number;
  direction: LineageDirection;
  view: LineageView;
  onDepth: (depth: number) => void;
  onDirection: (direction: LineageDirection) => void;
  onView: (view: LineageView) => void;
}

const useStyles = makeStyles(theme => ({
  // The default grey label is below AA contrast on the page background.
  label: { color: theme.palette.text.primary },
}));

/** Depth, direction and graph-or-list controls of the Lineage tab. */
export function LineageControls(props: LineageControlsProps) {
  const classes = useStyles();
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
      <Box mr={3} minWidth={100}>
        {/* A native select: its label and shown value match what assistive technology reads. */}
        <TextField
          select
          size="small"
          id="dagster-lineage-depth"
          label="Depth"
          value={props.depth}
          SelectProps={{ native: true }}
          InputLabelProps={{ className: classes.label }}
          onChange={event => props.onDepth(Number(event.target.value))}
        >
          {[1, 2, 3, 4, 5].map(depth => (
            <option key={depth} value={depth}>
              {depth}
            </option>
          ))}
        </TextField>
      </Box>
      <Box mr={3}>
        <ToggleButtonGroup
          size="small"
          exclusive
          aria-label="Direction"
          value={props.direction}
          onChange={(_, value) => value && props.onDirection(value)}
        >
          <ToggleButton value="upstream">Upstream</ToggleButton>
          <ToggleButton value="downstream">Downstream</ToggleButton>
          <ToggleButton value="both">Both</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <ToggleButtonGroup
        size="small"
        exclusive
        aria-label="View"
        value={props.view}
        onChange={(_, value) => value && props.onView(value)}
      >
        <ToggleButton value="graph">Graph</ToggleButton>
        <ToggleButton value="list">List</ToggleButton>
      </ToggleButtonGroup>
    </Box>
  );
}
