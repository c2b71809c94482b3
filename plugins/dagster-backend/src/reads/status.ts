import type {
  DagsterAssetCheck,
  DagsterCheckExecution,
} from '@internal/backstage-plugin-dagster-node';
import { CheckCounts, CheckStatus } from './model';

/** The status one execution stands for; a failed WARN check is a warning. */
export function executionStatus(
  execution: DagsterCheckExecution | undefined,
): CheckStatus {
  switch (execution?.status) {
    case 'SUCCEEDED':
      return 'passing';
    case 'FAILED':
      return execution.evaluation?.severity === 'WARN' ? 'warning' : 'failing';
    case 'EXECUTION_FAILED':
      return 'failing';
    default:
      // Never ran, still running or skipped: nothing to judge yet.
      return 'unknown';
  }
}

const SEVERITY_ORDER: CheckStatus[] = [
  'failing',
  'warning',
  'unknown',
  'passing',
];

/** The worst of several statuses; `none` when there is nothing to roll up. */
export function worstStatus(statuses: CheckStatus[]): CheckStatus | 'none' {
  if (statuses.length === 0) return 'none';
  return SEVERITY_ORDER.find(s => statuses.includes(s)) ?? 'unknown';
}

export function rollUpChecks(
  checks: DagsterAssetCheck[],
): CheckStatus | 'none' {
  return worstStatus(checks.map(c => executionStatus(c.latestExecution)));
}

export function emptyCounts(): CheckCounts {
  return { passing: 0, failing: 0, warning: 0, unknown: 0 };
}

const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'EXECUTION_FAILED']);

/** Succeeded over finished executions, rounded to 3 places; null when none finished. */
export function passRate(executions: { status: string }[]): number | null {
  const finished = executions.filter(e => FINISHED.has(e.status));
  if (finished.length === 0) return null;
  const succeeded = finished.filter(e => e.status === 'SUCCEEDED').length;
  return Math.round((succeeded / finished.length) * 1000) / 1000;
}
