import Chip from '@material-ui/core/Chip';
import { makeStyles, Theme } from '@material-ui/core/styles';
import CheckCircle from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HelpOutline from '@material-ui/icons/HelpOutline';
import RemoveCircleOutline from '@material-ui/icons/RemoveCircleOutline';
import Warning from '@material-ui/icons/Warning';
import type { CheckStatus } from '../../api';

/** Words for a check status, so the status never rests on colour alone. */
export const CHECK_STATUS_LABELS: Record<CheckStatus | 'none', string> = {
  passing: 'Passing',
  failing: 'Failing',
  warning: 'Warning',
  unknown: 'Unknown',
  none: 'No checks',
};

/** The theme colour that stands for a check status. */
export function checkStatusColour(
  theme: Theme,
  status: CheckStatus | 'none',
): string {
  switch (status) {
    case 'passing':
      return theme.palette.success.main;
    case 'failing':
      return theme.palette.error.main;
    case 'warning':
      return theme.palette.warning.main;
    default:
      return theme.palette.grey[500];
  }
}

const ICONS = {
  passing: CheckCircle,
  failing: ErrorIcon,
  warning: Warning,
  unknown: HelpOutline,
  none: RemoveCircleOutline,
};

const useStyles = makeStyles<Theme, { status: CheckStatus | 'none' }>(
  theme => ({
    chip: ({ status }) => ({
      borderColor: checkStatusColour(theme, status),
      color: theme.palette.text.primary,
    }),
    icon: ({ status }) => ({ color: checkStatusColour(theme, status) }),
  }),
);

/** A check status as an outlined chip: coloured icon plus its name. */
export function CheckStatusChip(props: { status: CheckStatus | 'none' }) {
  const classes = useStyles({ status: props.status });
  const Icon = ICONS[props.status];
  return (
    <Chip
      variant="outlined"
      size="small"
      className={classes.chip}
      icon={<Icon className={classes.icon} />}
      label={CHECK_STATUS_LABELS[props.status]}
    />
  );
}
