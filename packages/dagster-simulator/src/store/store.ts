import { Dataset, DatasetCodeLocation, DatasetJob } from '../dataset/types';
import { Prng } from '../dataset/prng';
import { Faults } from '../server/faults';
import { ASSET_JOB, DEFAULT_REPOSITORY, keyId, stepKeyFor } from './keys';
import {
  AssetRecord,
  CheckExecutionRecord,
  MaterializationRecord,
  RunRecord,
} from './records';
import { indexDatasetEvents } from './indexEvents';
import { advanceRun } from './lifecycle';

/** Options the store needs from the server. */
export interface StoreOptions {
  runStepMs: number;
  faults: () => Faults;
}

/**
 * In-memory state behind the simulator: the dataset's definitions plus the
 * event history (runs, materialisations, check executions) that grows as
 * runs are launched.
 */
export class SimulatorStore {
  readonly dataset: Dataset;
  readonly runStepMs: number;
  private readonly faults: () => Faults;
  private readonly locationsByName = new Map<string, DatasetCodeLocation>();
  private readonly assetsById = new Map<string, AssetRecord>();
  private readonly runsById = new Map<string, RunRecord>();
  private readonly runsByAsset = new Map<string, RunRecord[]>();
  private readonly assetIdByStepKey = new Map<string, string>();
  private readonly jobNamesByAsset = new Map<string, string[]>();
  private readonly materializationsByAsset = new Map<
    string,
    MaterializationRecord[]
  >();
  private readonly executionsByCheck = new Map<
    string,
    CheckExecutionRecord[]
  >();
  private readonly ids = new Prng(0x5eed);
  private storageId = 0;

  constructor(dataset: Dataset, options: StoreOptions) {
    this.dataset = dataset;
    this.runStepMs = options.runStepMs;
    this.faults = options.faults;
    for (const location of dataset.codeLocations) {
      this.locationsByName.set(location.name, location);
    }
    for (const def of dataset.assets) {
      const id = keyId(def.key);
      if (this.assetsById.has(id)) {
        throw new Error(`Dataset defines asset ${def.key.join('/')} twice`);
      }
      this.assetsById.set(id, {
        def,
        id,
        repository: def.repository ?? DEFAULT_REPOSITORY,
        downstream: [],
        checks: def.checks ?? [],
      });
      this.assetIdByStepKey.set(stepKeyFor(def.key), id);
    }
    for (const record of this.assetsById.values()) {
      for (const dep of record.def.deps ?? []) {
        this.assetsById.get(keyId(dep))?.downstream.push(record.id);
      }
    }
    for (const job of dataset.jobs ?? []) {
      for (const key of job.assets) {
        const record = this.assetsById.get(keyId(key));
        const sameRepo =
          record?.def.location === job.location &&
          record.repository === (job.repository ?? DEFAULT_REPOSITORY);
        if (!record || !sameRepo) continue;
        this.jobNamesByAsset.set(record.id, [
          ...(this.jobNamesByAsset.get(record.id) ?? []),
          job.name,
        ]);
      }
    }
    indexDatasetEvents(this, dataset);
  }

  get readOnly(): boolean {
    return this.faults().readOnly;
  }

  /** Every code location, loaded or not. */
  locations(): DatasetCodeLocation[] {
    return [...this.locationsByName.values()];
  }

  location(name: string): DatasetCodeLocation | undefined {
    return this.locationsByName.get(name);
  }

  /** The load error of a location (from the dataset or a fault), if any. */
  locationError(name: string): string | undefined {
    return this.faults().locationErrors[name] ?? this.location(name)?.loadError;
  }

  isLoaded(name: string): boolean {
    return !!this.location(name) && this.locationError(name) === undefined;
  }

  repositoriesOf(location: string): string[] {
    return this.location(location)?.repositories ?? [DEFAULT_REPOSITORY];
  }

  hasRepository(location: string, repository: string): boolean {
    return (
      this.isLoaded(location) &&
      this.repositoriesOf(location).includes(repository)
    );
  }

  /** Assets whose code location is loaded. */
  servedAssets(): AssetRecord[] {
    return [...this.assetsById.values()].filter(a =>
      this.isLoaded(a.def.location),
    );
  }

  /** One served asset by key path. */
  asset(path: readonly string[]): AssetRecord | undefined {
    const record = this.assetsById.get(keyId(path));
    return record && this.isLoaded(record.def.location) ? record : undefined;
  }

  assetsIn(location: string, repository: string): AssetRecord[] {
    return this.servedAssets().filter(
      a => a.def.location === location && a.repository === repository,
    );
  }

  /** Served assets downstream of one asset. */
  downstreamOf(record: AssetRecord): AssetRecord[] {
    return record.downstream
      .map(id => this.assetsById.get(id)!)
      .filter(a => this.isLoaded(a.def.location));
  }

  /** Jobs of a repository: the implicit asset job first, then named jobs. */
  jobsIn(location: string, repository: string): DatasetJob[] {
    const named = (this.dataset.jobs ?? []).filter(
      j =>
        j.location === location &&
        (j.repository ?? DEFAULT_REPOSITORY) === repository,
    );
    const implicit: DatasetJob = {
      name: ASSET_JOB,
      location,
      repository,
      assets: this.assetsIn(location, repository)
        .filter(a => a.def.isMaterializable !== false)
        .map(a => a.def.key),
    };
    return [implicit, ...named];
  }

  jobNamesFor(record: AssetRecord): string[] {
    const named = this.jobNamesByAsset.get(record.id) ?? [];
    return record.def.isMaterializable === false
      ? named
      : [ASSET_JOB, ...named];
  }

  /** Materialisations of an asset, newest first. */
  materializations(path: readonly string[]): MaterializationRecord[] {
    return this.materializationsByAsset.get(keyId(path)) ?? [];
  }

  /** Executions of one check, newest first. */
  checkExecutions(
    path: readonly string[],
    checkName: string,
  ): CheckExecutionRecord[] {
    return this.executionsByCheck.get(`${keyId(path)}#${checkName}`) ?? [];
  }

  /** All runs, newest first. */
  runs(): RunRecord[] {
    return [...this.runsById.values()].sort(
      (a, b) => b.creationTime - a.creationTime,
    );
  }

  run(runId: string): RunRecord | undefined {
    return this.runsById.get(runId);
  }

  /** Runs that selected (or materialised) an asset, newest first. */
  runsForAsset(path: readonly string[]): RunRecord[] {
    const runs = this.runsByAsset.get(keyId(path)) ?? [];
    return [...runs].sort((a, b) => b.creationTime - a.creationTime);
  }

  nextStorageId(): number {
    this.storageId += 1;
    return this.storageId;
  }

  newRunId(): string {
    return this.ids.uuid();
  }

  addRun(run: RunRecord) {
    this.runsById.set(run.runId, run);
    const ids = run.assetSelection
      ? run.assetSelection.map(k => keyId(k))
      : run.stepStats.map(s => this.assetIdByStepKey.get(s.stepKey));
    for (const id of new Set(ids)) {
      if (!id) continue;
      const list = this.runsByAsset.get(id);
      if (list) list.push(run);
      else this.runsByAsset.set(id, [run]);
    }
  }

  addMaterialization(event: MaterializationRecord) {
    const id = keyId(event.assetKey);
    const list = this.materializationsByAsset.get(id) ?? [];
    list.push(event);
    list.sort(
      (a, b) => b.timestampMs - a.timestampMs || b.storageId - a.storageId,
    );
    this.materializationsByAsset.set(id, list);
  }

  addCheckExecution(execution: CheckExecutionRecord) {
    const id = `${keyId(execution.assetKey)}#${execution.checkName}`;
    const list = this.executionsByCheck.get(id) ?? [];
    list.push(execution);
    list.sort((a, b) => b.timestamp - a.timestamp || b.storageId - a.storageId);
    this.executionsByCheck.set(id, list);
  }

  /** Brings every launched, unfinished run up to `nowMs`. */
  tick(nowMs: number) {
    for (const run of this.runsById.values()) {
      if (run.live && !run.live.done) advanceRun(this, run, nowMs);
    }
  }
}
