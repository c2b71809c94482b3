import { Prng } from '../dataset/prng';
import { Dataset, DatasetRun } from '../dataset/types';
import { buildHistory } from '../generate/history';
import { stepKeyFor } from '../store/keys';
import { benefitClaims } from './benefitClaims';
import { compileAssets, compileLocation } from './compile';
import { DemoLocationSpec } from './dsl';
import { healthLinkage } from './healthLinkage';
import { roadSafety } from './roadSafety';
import { schoolCensus } from './schoolCensus';
import { taxReceipts } from './taxReceipts';

/** When the demo was written; the server moves it to "today" at start. */
export const DEMO_REFERENCE_TIME = Date.UTC(2026, 0, 15, 7, 30, 0);
const DEMO_SEED = 20260115;
const HISTORY_DAYS = 5;

const LOCATIONS: DemoLocationSpec[] = [
  benefitClaims,
  roadSafety,
  schoolCensus,
  taxReceipts,
  healthLinkage,
];

function liveRuns(prng: Prng, now: number): DatasetRun[] {
  const started: DatasetRun = {
    runId: prng.uuid(),
    jobName: '__ASSET_JOB',
    location: 'tax_receipts_analytics',
    status: 'STARTED',
    creationTime: now - 600,
    startTime: now - 560,
    tags: { 'dagster/backfill': 'receipts-restatement-2025' },
    assetSelection: [['tax', 'gold', 'vat_gap_estimates']],
    stepStats: [
      {
        stepKey: stepKeyFor(['tax', 'gold', 'vat_gap_estimates']),
        status: 'IN_PROGRESS',
        startTime: now - 555,
      },
    ],
  };
  const queued: DatasetRun = {
    runId: prng.uuid(),
    jobName: '__ASSET_JOB',
    location: 'road_safety',
    status: 'QUEUED',
    creationTime: now - 45,
    tags: { 'backstage/requested-by': 'user:default/priya.natarajan' },
    assetSelection: [['road_safety', 'gold', 'collision_hotspots']],
    stepStats: [],
  };
  return [started, queued];
}

/**
 * Builds the demo estate of the fictional Department for Public Data. Pure
 * and seeded: it always returns the same dataset.
 */
export function buildDemoDataset(): Dataset {
  const prng = new Prng(DEMO_SEED);
  const specs = new Map(
    LOCATIONS.flatMap(l =>
      l.assets.map(a => [`${l.prefix}/${a.layer}/${a.name}`, a]),
    ),
  );
  const assets = LOCATIONS.flatMap(compileAssets);
  const history = buildHistory(assets, {
    referenceTime: DEMO_REFERENCE_TIME,
    days: HISTORY_DAYS,
    prng,
    failRunRate: 0.03,
    neverMaterialized: a => !!specs.get(a.key.join('/'))?.neverMaterialized,
    checkPasses: (asset, checkName, daysAgo) => {
      const check = specs
        .get(asset.key.join('/'))
        ?.checks?.find(c => c.name === checkName);
      return daysAgo >= (check?.failingDays ?? 0);
    },
  });
  const now = DEMO_REFERENCE_TIME / 1000;
  return {
    dagsterVersion: '1.12.13',
    referenceTime: DEMO_REFERENCE_TIME,
    codeLocations: LOCATIONS.map(l => compileLocation(l, now - 2 * 3600)),
    assets,
    jobs: history.jobs,
    runs: [...history.runs, ...liveRuns(prng, now)],
    materializations: history.materializations,
  };
}
