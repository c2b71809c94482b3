import { Entity } from '@backstage/catalog-model';
import { DAGSTER_ASSET_KEY_ANNOTATION } from '@internal/backstage-plugin-dagster-common';
import type { DagsterAsset } from '@internal/backstage-plugin-dagster-node';
import { assetToEntity, EntityContext, projectToEntity } from '../entities/toEntities';

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

  for (const location of [...workspace.locations].sort((a, b) => a.name.localeCompare(b.name))) {
    if (location.error) {
      const kept = lastGood.get(location.name) ?? [];
      problems.push(
        `Code location "${location.name}" failed to load (${location.error.message}); keeping its ${kept.length} last good entities`,
      );
      if (kept.length > 0) byLocation.set(location.name, kept);
      continue;
    }
    const entities = [projectToEntity(location.name, location.assets, ctx)];
    const assets = [...location.assets].sort((a, b) => a.key.join('/').localeCompare(b.key.join('/')));
    for (const asset of assets) {
      const entity = assetToEntity(asset, ctx);
      const id = `${entity.kind}:${entity.metadata.name}`.toLowerCase();
      const key = asset.key.join('/');
      const holder = taken.get(id);
      if (holder !== undefined) {
        problems.push(`Assets "${holder}" and "${key}" map to the same entity name "${entity.metadata.name}"; "${key}" was left out`);
        continue;
      }
      taken.set(id, key);
      entities.push(entity);
    }
    byLocation.set(location.name, entities);
  }
  // Entities kept for failed locations still claim their names.
  const entities = [...byLocation.values()].flat();
  const seen = new Set<string>();
  const unique = entities.filter(e => {
    const id = `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLowerCase();
    if (seen.has(id)) {
      problems.push(`Entity ${id} (${e.metadata.annotations?.[DAGSTER_ASSET_KEY_ANNOTATION] ?? 'project'}) appears twice; the later copy was left out`);
      return false;
    }
    seen.add(id);
    return true;
  });
  return { entities: unique, byLocation, problems };
}
