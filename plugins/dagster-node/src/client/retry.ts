/**
 * Exponential backoff with full jitter: a random wait between zero and
 * `base * 2^(attempt-1)`, capped. Full jitter spreads the retries of many
 * clients (one per Backstage replica) instead of synchronising them.
 */
export function backoffDelayMs(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Reads `Retry-After` (seconds or an HTTP date) in milliseconds, capped so a
 * confused or hostile server cannot park a sync for hours. Returns
 * undefined when the header is absent or unreadable.
 */
export function parseRetryAfterMs(
  header: string | null,
  maxDelayMs: number,
  now: () => number = Date.now,
): number | undefined {
  if (header === null || header.trim() === '') {
    return undefined;
  }
  const value = header.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) {
    ms = Number(value) * 1000;
  } else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) {
      return undefined;
    }
    ms = at - now();
  }
  return Math.min(maxDelayMs, Math.max(0, Math.ceil(ms)));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let timer: NodeJS.Timeout | undefined = undefined;
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
