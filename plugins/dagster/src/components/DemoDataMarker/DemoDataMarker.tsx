import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import InfoOutlined from '@material-ui/icons/InfoOutlined';

/**
 * Tells the reader that what they see is demo data: a real Dagster running the
 * fictional demo estate, not the department's pipelines. Render it whenever the
 * backend's status says `demo: true`, so nobody mistakes demo runs, costs or
 * checks for production facts.
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
        This is demo data: a real Dagster running a fictional demo estate, not
        production pipelines.
      </Typography>
    </Box>
  );
}
