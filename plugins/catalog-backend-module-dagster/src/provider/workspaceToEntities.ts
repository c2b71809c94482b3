import { Entity } from '@backstage/catalog-model';
import { DAGSTER_ASSET_KEY_ANNOTATION } from '@internal/backstage-plugin-dagster-common';
import type { DagsterAsset } from '@internal/backstage-plugin-dagster-node';
import { resolveOwner } from '../entities/owners';
import {
  assetToEntity,
  EntityContext,
  NameCache,
  projectToEntity,
} from '../entities/toEntities';

/** What the provider reads from Dagster in one refresh. */
export interface WorkspaceSnapshot {
  locations: { name: string; error?: Error; assets: DagsterAsset[] }[];
}

export interface EntitiesResult {
  entities: Entity[];
  byLocation: Map<string, Entity[]>;
  /** Human-readable problems for the log: failed locations, name collisions. */
  problems: string[];
}

/**
 * Turns a workspace into entities. A location that failed to load keeps its
 * last good entities; a name collision keeps the first asset (by key) and is
 * reported, never merged.
 */
export function workspaceToEntities(
  workspace: WorkspaceSnapshot,
  lastGood: Map<string, Entity[]>,
  ctx: EntityContext,
): EntitiesResult {
  const problems: string[] = [];
  const byLocation = new Map<string, Entity[]>();
  const taken = new Map<string, string>();
  const cache = new NameCache();
  let keptAny = false;

  for (const location of [...workspace.locations].sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (location.error) {
      const kept = lastGood.get(location.name) ?? [];
      problems.push(
        // Python tracebacks end in a newline; the log line should not.
        `Code location "${
          location.name
        }" failed to load (${location.error.message.trim()}); keeping its ${
          kept.length
        } last good entities`,
      );
      if (kept.length > 0) {
        byLocation.set(location.name, kept);
        keptAny = true;
      }
      continue;
    }
    const assets = location.assets
      .map(asset => ({ asset, key: asset.key.join('/') }))
      .sort(byKey);
    const owners = assets.map(({ asset }) => resolveOwner(asset, ctx));
    for (const { problem } of owners) if (problem) problems.push(problem);
    const entities = [projectToEntity(location.name, owners, ctx)];
    for (let i = 0; i < assets.length; i++) {
      const { asset, key } = assets[i];
      const entity = assetToEntity(asset, owners[i], ctx, cache);
      const id = `${entity.kind}:${entity.metadata.name}`.toLowerCase();
      const holder = taken.get(id);
      if (holder !== undefined) {
        problems.push(
          `Assets "${holder}" and "${key}" map to the same entity name "${entity.metadata.name}"; "${key}" was left out`,
        );
        continue;
      }
      taken.set(id, key);
      entities.push(entity);
    }
    byLocation.set(location.name, entities);
  }
  const entities = [...byLocation.values()].flat();
  // Only entities kept for failed locations can clash with fresh ones: the
  // fresh ones were checked above.
  const unique = keptAny ? withoutDuplicates(entities, problems) : entities;
  return { entities: unique, byLocation, problems };
}

function withoutDuplicates(entities: Entity[], problems: string[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter(e => {
    const id =
      `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase();
    if (seen.has(id)) {
      problems.push(
        `Entity ${id} (${
          e.metadata.annotations?.[DAGSTER_ASSET_KEY_ANNOTATION] ?? 'project'
        }) appears twice; the later copy was left out`,
      );
      return false;
    }
    seen.add(id);
    return true;
  });
}

function byKey(a: { key: string }, b: { key: string }): number {
  if (a.key === b.key) return 0;
  return a.key < b.key ? -1 : 1;
}
