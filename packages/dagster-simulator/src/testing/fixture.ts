import { Dataset } from '../dataset/types';

/** Epoch seconds of the fixture's history. */
export const T0 = 1_767_225_600; // 2026-01-01T00:00:00Z

/** A small dataset with one healthy and one broken location, for focused tests. */
export function fixtureDataset(): Dataset {
  return {
    dagsterVersion: '1.12.13',
    codeLocations: [
      { name: 'alpha', updatedTimestamp: T0 },
      { name: 'beta', updatedTimestamp: T0 },
      {
        name: 'broken',
        loadError: "ModuleNotFoundError: No module named 'pandas'",
      },
    ],
    assets: [
      {
        key: ['a', 'raw'],
        location: 'alpha',
        group: 'bronze',
        owners: ['team:data-eng', 'sam@example.gov.uk'],
        kinds: ['python', 's3'],
        tags: { classification: 'OFFICIAL-SENSITIVE' },
        columns: [
          {
            name: 'nino',
            type: 'VARCHAR',
            tags: { pii: 'true', pii_category: 'national_insurance_number' },
          },
        ],
        partitions: { type: 'TIME_WINDOW', start: '2025-01-01' },
      },
      {
        key: ['a', 'clean'],
        location: 'alpha',
        group: 'silver',
        deps: [['a', 'raw']],
        checks: [
          {
            name: 'not_empty',
            description: 'Rows must exist',
            blocking: true,
            severity: 'ERROR',
            executions: [
              { runId: 'run-1', timestamp: T0 + 100, status: 'SUCCEEDED' },
              {
                runId: 'run-2',
                timestamp: T0 + 200,
                status: 'FAILED',
                description: 'No rows',
              },
            ],
          },
        ],
      },
      {
        key: ['b', 'report'],
        location: 'beta',
        group: 'gold',
        deps: [['a', 'clean']],
        owners: [],
      },
      {
        key: ['x', 'hidden'],
        location: 'broken',
        group: 'gold',
        deps: [['a', 'clean']],
      },
    ],
    runs: [
      {
        runId: 'run-1',
        jobName: '__ASSET_JOB',
        location: 'alpha',
        status: 'SUCCESS',
        creationTime: T0,
        startTime: T0 + 5,
        endTime: T0 + 90,
        tags: { team: 'data-eng' },
        assetSelection: [['a', 'clean']],
        stepStats: [
          {
            stepKey: 'a__clean',
            status: 'SUCCESS',
            startTime: T0 + 10,
            endTime: T0 + 80,
          },
        ],
      },
      {
        runId: 'run-2',
        jobName: '__ASSET_JOB',
        location: 'alpha',
        status: 'FAILURE',
        creationTime: T0 + 150,
        startTime: T0 + 155,
        endTime: T0 + 190,
        assetSelection: [['a', 'clean']],
        stepStats: [
          {
            stepKey: 'a__clean',
            status: 'FAILURE',
            startTime: T0 + 160,
            endTime: T0 + 185,
          },
        ],
      },
    ],
    materializations: [
      {
        assetKey: ['a', 'clean'],
        runId: 'run-1',
        timestamp: String((T0 + 80) * 1000),
        metadata: { 'dagster/row_count': 1200 },
      },
    ],
  };
}
