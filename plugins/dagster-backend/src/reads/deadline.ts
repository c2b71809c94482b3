import { DagsterDeadlineError } from '@internal/backstage-plugin-dagster-node';

/**
 * Runs `work` with a signal that aborts after `deadlineMs`, and settles by
 * then whatever `work` does: the Dagster client stops its requests, retries
 * and backoff waits on the signal, and a read that ignores it is not waited
 * for either.
 */
export function answerWithin<T>(
  deadlineMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DagsterDeadlineError(
        `no answer within ${deadlineMs} ms`,
      );
      controller.abort(error);
      reject(error);
    }, deadlineMs);
  });
  return Promise.race([work(controller.signal), late]).finally(() =>
    clearTimeout(timer),
  );
}
