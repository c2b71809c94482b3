import { useTheme } from '@material-ui/core/styles';
import type { CheckExecution, CheckStatus } from '../../api';
import { CHECK_STATUS_LABELS, checkStatusColour } from '../status';

const BAR_WIDTH = 6;
const BAR_GAP = 2;
const HEIGHT = 20;

/** The status an execution stands for, by the same rule as the backend. */
export function executionCheckStatus(execution: CheckExecution): CheckStatus {
  switch (execution.status) {
    case 'SUCCEEDED':
      return 'passing';
    case 'FAILED':
      return execution.severity === 'WARN' ? 'warning' : 'failing';
    case 'EXECUTION_FAILED':
      return 'failing';
    default:
      return 'unknown';
  }
}

/** "8 of 10 passed", for screen readers and the chart's tooltip. */
export function describeHistory(history: CheckExecution[]): string {
  if (history.length === 0) return 'No executions yet';
  const passed = history.filter(e => executionCheckStatus(e) === 'passing');
  return `${passed.length} of ${history.length} passed`;
}

/** One bar per execution of a check, oldest on the left, coloured by result. */
export function CheckHistoryChart(props: { history: CheckExecution[] }) {
  const theme = useTheme();
  const executions = [...props.history].sort((a, b) =>
    a.timestamp.localeCompare(b.timestamp),
  );
  const label = describeHistory(executions);
  const width = Math.max(1, executions.length) * (BAR_WIDTH + BAR_GAP);
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
    >
      <title>{label}</title>
      {executions.map((execution, i) => {
        const status = executionCheckStatus(execution);
        // Failures stand taller so the pattern reads without colour too.
        const height = status === 'passing' ? HEIGHT * 0.6 : HEIGHT;
        return (
          <rect
            key={`${execution.runId}-${i}`}
            data-status={status}
            x={i * (BAR_WIDTH + BAR_GAP)}
            y={HEIGHT - height}
            width={BAR_WIDTH}
            height={height}
            fill={checkStatusColour(theme, status)}
          >
            <title>{`${CHECK_STATUS_LABELS[status]}, ${execution.timestamp}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
