/** Splits items into consecutive chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`batch size must be a positive integer, got ${size}`);
  }
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

/**
 * Splits items into at most `maxBatches` chunks of `size` or, when that
 * would take more chunks, of the size that fits them into `maxBatches`: the
 * number of requests stays fixed however many items there are.
 */
export function chunkInto<T>(
  items: readonly T[],
  size: number,
  maxBatches: number,
): T[][] {
  if (!Number.isInteger(maxBatches) || maxBatches < 1) {
    throw new RangeError(
      `batch count must be a positive integer, got ${maxBatches}`,
    );
  }
  return chunk(items, Math.max(size, Math.ceil(items.length / maxBatches)));
}

/**
 * Maps with at most `limit` calls in flight and keeps the input order, so a
 * large workspace never turns into a burst of parallel requests against a
 * single Dagster webserver. The first failure rejects the whole map; calls
 * already running finish but no new ones start.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
