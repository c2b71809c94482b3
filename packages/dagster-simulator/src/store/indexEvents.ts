import { Dataset } from '../dataset/types';
import { DEFAULT_REPOSITORY, stepKeyFor } from './keys';
import { toTags } from './records';
import type { SimulatorStore } from './store';

/** Loads the dataset's runs, materialisations and check history into the store. */
export function indexDatasetEvents(store: SimulatorStore, dataset: Dataset) {
  for (const run of dataset.runs ?? []) {
    if (store.run(run.runId)) {
      throw new Error(`Dataset defines run ${run.runId} twice`);
    }
    store.addRun({
      runId: run.runId,
      jobName: run.jobName,
      location: run.location,
      repository: run.repository ?? DEFAULT_REPOSITORY,
      status: run.status,
      creationTime: run.creationTime,
      startTime: run.startTime ?? null,
      endTime: run.endTime ?? null,
      updateTime: run.endTime ?? run.startTime ?? run.creationTime,
      tags: toTags(run.tags),
      assetSelection: run.assetSelection ?? null,
      assetCheckSelection: null,
      stepStats: (run.stepStats ?? []).map(s => ({
        stepKey: s.stepKey,
        status: s.status,
        startTime: s.startTime ?? null,
        endTime: s.endTime ?? null,
      })),
    });
  }
  for (const m of dataset.materializations ?? []) {
    store.addMaterialization({
      storageId: store.nextStorageId(),
      assetKey: m.assetKey,
      runId: m.runId,
      timestampMs: Number(m.timestamp),
      partition: m.partition ?? null,
      stepKey: m.stepKey ?? stepKeyFor(m.assetKey),
      metadata: m.metadata ?? {},
      tags: toTags(m.tags),
    });
  }
  for (const asset of dataset.assets) {
    for (const check of asset.checks ?? []) {
      for (const e of check.executions ?? []) {
        store.addCheckExecution({
          storageId: store.nextStorageId(),
          assetKey: asset.key,
          checkName: check.name,
          runId: e.runId,
          timestamp: e.timestamp,
          status: e.status,
          severity: e.severity ?? check.severity ?? 'ERROR',
          success: e.success ?? e.status === 'SUCCEEDED',
          description: e.description ?? null,
          partition: e.partition ?? null,
          stepKey: stepKeyFor(asset.key),
          metadata: e.metadata ?? {},
        });
      }
    }
  }
}
