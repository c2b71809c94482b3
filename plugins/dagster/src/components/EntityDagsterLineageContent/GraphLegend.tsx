import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { ASSET_HEALTH_LABELS, AssetHealth, healthColour } from './lineageModel';

const ORDER: AssetHealth[] = [
  'healthy',
  'running',
  'warning',
  'failing',
  'never',
];

/** What the node colours mean; nodes repeat the words, so colour is never alone. */
export function GraphLegend() {
  const theme = useTheme();
  return (
    <Box
      component="ul"
      aria-label="Legend"
      display="flex"
      flexWrap="wrap"
      p={0}
      m={0}
    >
      {ORDER.map(health => (
        <Box
          component="li"
          key={health}
          display="flex"
          alignItems="center"
          mr={2}
          style={{ listStyle: 'none' }}
        >
          <svg width={12} height={12} aria-hidden="true">
            <rect
              width={12}
              height={12}
              rx={2}
              fill={healthColour(theme, health)}
            />
          </svg>
          <Box ml={0.5}>
            <Typography variant="caption">
              {ASSET_HEALTH_LABELS[health]}
            </Typography>
          </Box>
        </Box>
      ))}
      <Box component="li" style={{ listStyle: 'none' }}>
        <Typography variant="caption">★ this entity's asset</Typography>
      </Box>
    </Box>
  );
}
