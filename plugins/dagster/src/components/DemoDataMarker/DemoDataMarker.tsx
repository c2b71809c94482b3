import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import InfoOutlined from '@material-ui/icons/InfoOutlined';

/**
 * Tells the reader that what they see comes from the local simulators, not a
 * real Dagster. Render it whenever the backend's status says `demo: true`, so
 * nobody mistakes simulated runs, costs or checks for production facts.
 *
 * @public
 */
export function DemoDataMarker() {
  return (
    <Box
      role="note"
      aria-label="Demo data"
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      mb={2}
    >
      <Box mr={1}>
        <Chip
          icon={<InfoOutlined />}
          label="Demo data"
          variant="outlined"
          size="small"
        />
      </Box>
      <Typography variant="body2" color="textPrimary">
        This data comes from local simulators, not from a live Dagster instance.
      </Typography>
    </Box>
  );
}
