import { Prng } from '../dataset/prng';
import { Dataset, DatasetAsset, DatasetCheck } from '../dataset/types';
import { buildHistory } from './history';
import {
  DOMAINS,
  ENTITIES,
  KINDS,
  PII_COLUMNS,
  PLAIN_COLUMNS,
  SUFFIXES,
} from './vocabulary';

/** Options of {@link generateWorkspace}. @public */
export interface GenerateWorkspaceOptions {
  /** Number of code locations. */
  locations: number;
  /** Assets in each location (give this or `totalAssets`). */
  assetsPerLocation?: number;
  /** Assets in all, spread evenly over the locations. */
  totalAssets?: number;
  /** Same seed, same dataset. Defaults to 1. */
  seed?: number;
  /** How many of the last locations fail to load (default 0). */
  failingLocations?: number;
  /** Share of gold assets with an upstream in another location (default 0.1). */
  crossLocationRate?: number;
  /** Days of run history (default 2; 0 writes none). */
  historyDays?: number;
  /** "Now" of the dataset in epoch ms (default 2026-01-15T06:00Z). */
  referenceTime?: number;
}

type Layer = 'bronze' | 'silver' | 'gold';
const LAYERS: Layer[] = ['bronze', 'silver', 'gold'];
const HUB_WEIGHT = 15;

interface LocationPlan {
  name: string;
  domain: string;
  byLayer: Record<Layer, DatasetAsset[]>;
  /** Silver indices, hubs repeated, so a uniform pick favours hubs. */
  silverPool: number[];
}

function layerSizes(n: number): Record<Layer, number> {
  const bronze = Math.max(1, Math.round(n * 0.4));
  const silver = Math.max(n >= 2 ? 1 : 0, Math.round(n * 0.35));
  return { bronze, silver, gold: Math.max(0, n - bronze - silver) };
}

function upstreamCount(prng: Prng): number {
  const r = prng.next();
  if (r < 0.5) return 1;
  if (r < 0.85) return 2;
  if (r < 0.96) return 3;
  return prng.int(4, 5);
}

function describe(
  layer: Layer,
  entity: string,
  domain: string,
  location: string,
): string {
  const what = entity.replace(/_/g, ' ');
  switch (layer) {
    case 'bronze':
      return `Raw ${what} records for the ${domain} service, landed from the ${location} source system without change.`;
    case 'silver':
      return `Cleaned and de-duplicated ${what}, conformed to the departmental standards for ${domain}.`;
    default:
      return `Aggregated ${what} indicators for ${domain} reporting and published dashboards.`;
  }
}

function planAssets(
  prng: Prng,
  plan: LocationPlan,
  count: number,
  index: number,
) {
  const sizes = layerSizes(count);
  const used = new Set<string>();
  for (const layer of LAYERS) {
    for (let i = 0; i < sizes[layer]; i++) {
      const entity = prng.pick(ENTITIES);
      let name = `${entity}_${prng.pick(SUFFIXES[layer])}`;
      if (used.has(name)) name = `${name}_${i}`;
      used.add(name);
      const columns = [
        ...PLAIN_COLUMNS.slice(0, prng.int(3, 7)),
        ...(layer !== 'gold' && prng.chance(0.3)
          ? [prng.pick(PII_COLUMNS)]
          : []),
      ];
      const roll = prng.next();
      let owners = [`team:${plan.domain}-data-${index % 7}`];
      if (roll < 0.08) owners = [];
      else if (roll < 0.18)
        owners = [`analyst${prng.int(1, 40)}@public-data.example.gov.uk`];
      const hasPii = columns.some(c => c.tags?.pii === 'true');
      const checks: DatasetCheck[] =
        layer !== 'bronze' && prng.chance(0.3)
          ? [
              {
                name: 'row_count_not_zero',
                description: 'Table must not be empty.',
                blocking: layer === 'silver',
              },
            ]
          : [];
      plan.byLayer[layer].push({
        key: [plan.name, layer, name],
        location: plan.name,
        group: `${plan.domain}_${layer}`,
        description: describe(layer, entity, plan.domain, plan.name),
        owners,
        kinds: prng.pick(KINDS[layer]),
        tags: hasPii
          ? { classification: 'OFFICIAL-SENSITIVE', layer }
          : { classification: 'OFFICIAL', layer },
        columns,
        partitions:
          layer === 'bronze' && prng.chance(0.2)
            ? {
                type: 'TIME_WINDOW',
                start: '2024-01-01',
                cronSchedule: '0 0 * * *',
              }
            : undefined,
        checks,
      });
    }
  }
  plan.byLayer.silver.forEach((_, i) => {
    const hub = i < Math.max(1, Math.ceil(plan.byLayer.silver.length * 0.05));
    for (let w = 0; w < (hub ? HUB_WEIGHT : 1); w++) plan.silverPool.push(i);
  });
}

function pickDeps(count: number, pick: () => DatasetAsset | undefined) {
  const deps = new Map<string, string[]>();
  for (let tries = 0; deps.size < count && tries < count * 4; tries++) {
    const up = pick();
    if (up) deps.set(up.key.join('/'), up.key);
  }
  return [...deps.values()];
}

function wire(prng: Prng, plans: LocationPlan[], crossRate: number) {
  plans.forEach((plan, l) => {
    const { bronze, silver, gold } = plan.byLayer;
    const fromSilver = (p: LocationPlan) =>
      p.silverPool.length
        ? p.byLayer.silver[prng.pick(p.silverPool)]
        : undefined;
    silver.forEach((asset, i) => {
      // Hubs (the first few) read bronze only; others may also read a hub.
      const hubs = plan.silverPool.filter(s => s < i);
      asset.deps = pickDeps(upstreamCount(prng), () =>
        hubs.length && prng.chance(0.25)
          ? silver[prng.pick(hubs)]
          : prng.pick(bronze),
      );
    });
    gold.forEach(asset => {
      const deps = pickDeps(upstreamCount(prng), () =>
        silver.length ? fromSilver(plan) : prng.pick(bronze),
      );
      if (plans.length > 1 && prng.chance(crossRate)) {
        const other = plans[(l + prng.int(1, plans.length - 1)) % plans.length];
        const up = fromSilver(other);
        if (up) deps[deps.length > 1 ? deps.length - 1 : deps.length] = up.key;
      }
      asset.deps = deps;
    });
  });
}

/**
 * Generates a synthetic estate of any size: bronze, silver and gold layers
 * per code location, mostly one to three upstreams per asset, a few hub
 * assets with many downstreams, and some edges across locations. The same
 * options always give the same dataset.
 *
 * @public
 */
export function generateWorkspace(options: GenerateWorkspaceOptions): Dataset {
  const prng = new Prng(options.seed ?? 1);
  const locations = Math.max(1, Math.floor(options.locations));
  const total =
    options.totalAssets ?? (options.assetsPerLocation ?? 50) * locations;
  const plans: LocationPlan[] = [];
  for (let l = 0; l < locations; l++) {
    const domain = DOMAINS[l % DOMAINS.length];
    const name = `${domain}_${String(l + 1).padStart(3, '0')}`;
    const plan: LocationPlan = {
      name,
      domain,
      byLayer: { bronze: [], silver: [], gold: [] },
      silverPool: [],
    };
    const count =
      Math.floor(total / locations) + (l < total % locations ? 1 : 0);
    planAssets(prng, plan, count, l);
    plans.push(plan);
  }
  wire(prng, plans, options.crossLocationRate ?? 0.1);
  const assets = plans.flatMap(p => [
    ...p.byLayer.bronze,
    ...p.byLayer.silver,
    ...p.byLayer.gold,
  ]);
  const referenceTime = options.referenceTime ?? Date.UTC(2026, 0, 15, 6, 0, 0);
  const failing = new Set(
    plans.slice(locations - (options.failingLocations ?? 0)).map(p => p.name),
  );
  const broken = new Set(
    assets.filter(() => prng.chance(0.15)).map(a => a.key.join('/')),
  );
  const history = buildHistory(assets, {
    referenceTime,
    days: options.historyDays ?? 2,
    prng,
    failRunRate: 0.05,
    checkPasses: (asset, _check, daysAgo) =>
      !(broken.has(asset.key.join('/')) && daysAgo === 0),
  });
  return {
    referenceTime,
    codeLocations: plans.map(p => ({
      name: p.name,
      updatedTimestamp: referenceTime / 1000 - 3600,
      ...(failing.has(p.name)
        ? {
            loadError: `ModuleNotFoundError: No module named '${p.domain}_pipelines.definitions'`,
          }
        : {}),
    })),
    assets,
    ...history,
  };
}
