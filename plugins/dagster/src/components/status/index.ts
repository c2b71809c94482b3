export {
  CHECK_STATUS_LABELS,
  CheckStatusChip,
  checkStatusColour,
} from './checkStatus';
export { formatPassRate, relativeTime } from './format';
export { DagsterEntityFrame } from './DagsterEntityFrame';
