import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_VIEW_URL,
  Entity,
} from '@backstage/catalog-model';
import {
  DAGSTER_ASSET_ENTITY_TYPE,
  DAGSTER_ASSET_KEY_ANNOTATION,
  DAGSTER_CODE_LOCATION_ANNOTATION,
  DAGSTER_INSTANCE_ANNOTATION,
  personalDataColumns,
  plainAssetEntityName,
} from '@internal/backstage-plugin-dagster-common';
import type { DagsterAsset } from '@internal/backstage-plugin-dagster-node';
import { assetEntityName, projectEntityName, toTag } from './entityName';
import { OwnerContext, ResolvedOwner } from './owners';

/** Labels the provider sets, for catalog filters and policies. */
export const OWNERLESS_LABEL = 'dagster.io/ownerless';
export const PERSONAL_DATA_LABEL = 'dagster.io/personal-data';
export const PERSONAL_DATA_COLUMNS_ANNOTATION =
  'dagster.io/personal-data-columns';
export const UNKNOWN_OWNERS_ANNOTATION = 'dagster.io/unknown-owners';

/**
 * Remembers names and tags already worked out in one refresh: keys recur as
 * upstream edges and kinds and groups recur across assets.
 */
export class NameCache {
  private readonly names = new Map<string, string>();
  private readonly tags = new Map<string, string | undefined>();

  assetName(key: string[]): string {
    // Plain keys are cheaper to name again than to look up.
    const plain = plainAssetEntityName(key);
    if (plain) return plain;
    const id = key.join('\u0000');
    let name = this.names.get(id);
    if (name === undefined) {
      name = assetEntityName(key);
      this.names.set(id, name);
    }
    return name;
  }

  tag(value: string): string | undefined {
    if (!this.tags.has(value)) this.tags.set(value, toTag(value));
    return this.tags.get(value);
  }
}

export interface EntityContext extends OwnerContext {
  webUrl: string;
  /** `url:` location ref naming this provider's source, for the managed-by annotations. */
  locationRef: string;
}

function commonAnnotations(
  ctx: EntityContext,
  location: string,
): Record<string, string> {
  return {
    [ANNOTATION_LOCATION]: ctx.locationRef,
    [ANNOTATION_ORIGIN_LOCATION]: ctx.locationRef,
    [DAGSTER_INSTANCE_ANNOTATION]: ctx.instanceId,
    [DAGSTER_CODE_LOCATION_ANNOTATION]: location,
  };
}

/**
 * A code location as a project: a System that its assets are part of. Its
 * owner is the owner most of its assets have.
 */
export function projectToEntity(
  location: string,
  owners: ResolvedOwner[],
  ctx: EntityContext,
): Entity {
  const counts = new Map<string, number>();
  for (const { owner, ownerless } of owners) {
    if (!ownerless) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  const owner = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0]?.[0];
  const viewUrl = `${ctx.webUrl}/locations/${encodeURIComponent(
    location,
  )}/assets`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: projectEntityName(location),
      namespace: ctx.namespace,
      title: location,
      description: `Dagster project (code location ${location}) with ${owners.length} assets`,
      annotations: {
        ...commonAnnotations(ctx, location),
        [ANNOTATION_VIEW_URL]: viewUrl,
      },
      links: [openInDagster(viewUrl)],
      ...(owner ? {} : { labels: { [OWNERLESS_LABEL]: 'true' } }),
      tags: ['dagster'],
    },
    spec: { owner: owner ?? ctx.fallbackOwner },
  };
}

/** The entity's link to the same thing in the Dagster UI (the About card's links). */
function openInDagster(url: string) {
  return { url, title: 'Open in Dagster', icon: 'dashboard' };
}

/** A Dagster asset as a Resource of type dagster-asset. */
export function assetToEntity(
  asset: DagsterAsset,
  resolved: ResolvedOwner,
  ctx: EntityContext,
  cache: NameCache,
): Entity {
  const { owner, ownerless, unknown } = resolved;
  const personal = personalDataColumns(asset.columns).map(c => c.name);
  const labels: Record<string, string> = {};
  if (ownerless) labels[OWNERLESS_LABEL] = 'true';
  if (personal.length > 0) labels[PERSONAL_DATA_LABEL] = 'true';
  const viewUrl = `${ctx.webUrl}/assets/${asset.key
    .map(encodeURIComponent)
    .join('/')}`;
  const annotations: Record<string, string> = {
    ...commonAnnotations(ctx, asset.location),
    [DAGSTER_ASSET_KEY_ANNOTATION]: asset.key.join('/'),
    [ANNOTATION_VIEW_URL]: viewUrl,
  };
  if (personal.length > 0)
    annotations[PERSONAL_DATA_COLUMNS_ANNOTATION] = personal.join(',');
  if (unknown.length > 0)
    annotations[UNKNOWN_OWNERS_ANNOTATION] = unknown.join(',');
  const tags = [
    ...new Set(
      [
        ...asset.kinds,
        ...(asset.group ? [asset.group] : []),
        ...(personal.length ? ['personal-data'] : []),
      ]
        .map(value => cache.tag(value))
        .filter((t): t is string => Boolean(t)),
    ),
  ];
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: cache.assetName(asset.key),
      namespace: ctx.namespace,
      title: asset.key.join(' / '),
      ...(asset.description ? { description: asset.description } : {}),
      annotations,
      labels,
      tags,
      links: [openInDagster(viewUrl)],
    },
    spec: {
      type: DAGSTER_ASSET_ENTITY_TYPE,
      owner,
      system: `system:${ctx.namespace}/${projectEntityName(asset.location)}`,
      dependsOn: asset.upstream.map(
        key => `resource:${ctx.namespace}/${cache.assetName(key)}`,
      ),
    },
  };
}
