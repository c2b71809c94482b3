import { rebaseDataset } from './rebase';
import { Dataset } from './types';

const DAY = 86_400_000;
const REF = Date.UTC(2026, 0, 15, 7, 30);

const dataset: Dataset = {
  referenceTime: REF,
  codeLocations: [{ name: 'a', updatedTimestamp: REF / 1000 }],
  assets: [
    {
      key: ['x'],
      location: 'a',
      group: 'g',
      checks: [
        {
          name: 'c',
          executions: [
            {
              runId: 'r',
              timestamp: REF / 1000 - 60,
              status: 'SUCCEEDED',
              partition: '2026-01-14',
            },
          ],
        },
      ],
    },
  ],
  runs: [
    {
      runId: 'r',
      jobName: 'j',
      location: 'a',
      status: 'SUCCESS',
      creationTime: REF / 1000 - 600,
      tags: { 'dagster/partition': '2026-01-14' },
    },
  ],
  materializations: [
    {
      assetKey: ['x'],
      runId: 'r',
      timestamp: String(REF - 120_000),
      partition: '2026-01-14',
    },
  ],
};

describe('rebaseDataset', () => {
  it('moves every time by whole days so the reference time falls in the last day', () => {
    const now = REF + 10 * DAY + 3 * 3600_000;
    const moved = rebaseDataset(dataset, now);
    expect(moved.referenceTime).toBe(REF + 10 * DAY);
    expect(now - moved.referenceTime!).toBeLessThan(DAY);
    expect(moved.runs![0].creationTime).toBe(REF / 1000 - 600 + 10 * 86_400);
    expect(moved.materializations![0].timestamp).toBe(
      String(REF - 120_000 + 10 * DAY),
    );
    expect(moved.assets[0].checks![0].executions![0].timestamp).toBe(
      REF / 1000 - 60 + 10 * 86_400,
    );
  });

  it('moves daily partition keys with the times', () => {
    const moved = rebaseDataset(dataset, REF + 10 * DAY);
    expect(moved.materializations![0].partition).toBe('2026-01-24');
    expect(moved.runs![0].tags!['dagster/partition']).toBe('2026-01-24');
    expect(moved.assets[0].checks![0].executions![0].partition).toBe(
      '2026-01-24',
    );
  });

  it('leaves a dataset without reference time alone', () => {
    const plain = { ...dataset, referenceTime: undefined };
    expect(rebaseDataset(plain, REF + 5 * DAY)).toBe(plain);
  });
});
