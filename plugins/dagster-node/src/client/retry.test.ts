import { backoffDelayMs, parseRetryAfterMs } from './retry';
import { chunk, mapBounded } from './batch';

describe('backoffDelayMs', () => {
  it('draws a full-jitter delay below a doubling, capped ceiling', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4].map(a => backoffDelayMs(a, 100, 1_000, top))).toEqual([
      99, 199, 399, 799,
    ]);
    expect(backoffDelayMs(10, 100, 1_000, top)).toBe(999);
    expect(backoffDelayMs(3, 100, 1_000, () => 0)).toBe(0);
  });
});

describe('parseRetryAfterMs', () => {
  const now = () => Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds and HTTP dates, capped and never negative', () => {
    expect(parseRetryAfterMs('2', 30_000)).toBe(2_000);
    expect(parseRetryAfterMs('3600', 30_000)).toBe(30_000);
    expect(
      parseRetryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', 30_000, now),
    ).toBe(5_000);
    expect(
      parseRetryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', 30_000, now),
    ).toBe(0);
  });

  it.each([null, '', 'soon'])('ignores %j', header => {
    expect(parseRetryAfterMs(header, 30_000)).toBeUndefined();
  });
});

describe('chunk', () => {
  it('splits into chunks of at most the size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('mapBounded', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const result = await mapBounded([5, 1, 4, 2, 3], 2, async n => {
      peak = Math.max(peak, ++running);
      await new Promise(r => setTimeout(r, n * 3));
      running--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  it('stops starting new calls after a failure', async () => {
    const started: number[] = [];
    const run = mapBounded([1, 2, 3, 4], 1, async n => {
      started.push(n);
      if (n === 2) throw new Error('boom');
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });
});
