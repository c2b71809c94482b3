import { executionStatus, passRate, worstStatus } from './status';
import { TtlCache } from './TtlCache';

describe('check statuses', () => {
  const run = (status: string, severity?: 'WARN' | 'ERROR') => ({
    id: 'x',
    runId: 'r',
    status,
    timestamp: '2026-01-01T00:00:00.000Z',
    ...(severity
      ? {
          evaluation: {
            severity,
            success: status === 'SUCCEEDED',
            description: null,
          },
        }
      : {}),
  });

  it('treats a failed WARN check as a warning and an unexecuted one as unknown', () => {
    expect(executionStatus(run('FAILED', 'WARN'))).toBe('warning');
    expect(executionStatus(run('FAILED', 'ERROR'))).toBe('failing');
    expect(executionStatus(run('EXECUTION_FAILED'))).toBe('failing');
    expect(executionStatus(run('SUCCEEDED', 'ERROR'))).toBe('passing');
    expect(executionStatus(run('IN_PROGRESS'))).toBe('unknown');
    expect(executionStatus(undefined)).toBe('unknown');
  });

  it('rolls up to the worst status', () => {
    expect(worstStatus([])).toBe('none');
    expect(worstStatus(['passing', 'warning', 'unknown'])).toBe('warning');
    expect(worstStatus(['passing', 'unknown'])).toBe('unknown');
    expect(worstStatus(['warning', 'failing'])).toBe('failing');
  });

  it('counts only finished executions in the pass rate', () => {
    expect(
      passRate([
        { status: 'SUCCEEDED' },
        { status: 'FAILED' },
        { status: 'IN_PROGRESS' },
        { status: 'SKIPPED' },
      ]),
    ).toBe(0.5);
    expect(
      passRate([
        { status: 'SUCCEEDED' },
        { status: 'SUCCEEDED' },
        { status: 'EXECUTION_FAILED' },
      ]),
    ).toBe(0.667);
    expect(passRate([{ status: 'IN_PROGRESS' }])).toBeNull();
  });
});

describe('TtlCache', () => {
  it('reuses an answer until it expires and never keeps a failure', async () => {
    let now = 0;
    const cache = new TtlCache<number>(1_000, 10, () => now);
    const load = jest.fn(async () => 1);
    await cache.getOrLoad('a', load);
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(1);
    now = 1_000;
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(2);

    const failing = jest.fn(async () => {
      throw new Error('down');
    });
    await expect(cache.getOrLoad('b', failing)).rejects.toThrow('down');
    await expect(cache.getOrLoad('b', failing)).rejects.toThrow('down');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('keeps at most maxEntries answers, dropping the oldest', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    for (const key of ['a', 'b', 'c'])
      await cache.getOrLoad(key, async () => key);
    expect(cache.size).toBe(2);
    const load = jest.fn(async () => 'again');
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
