import {
  DatasetAsset,
  DatasetCodeLocation,
  DatasetMetadataValue,
} from '../dataset/types';
import { DemoAssetSpec, DemoLocationSpec } from './dsl';

function keyOf(location: DemoLocationSpec, ref: string): string[] {
  const parts = ref.split('/');
  return parts.length === 2 ? [location.prefix, ...parts] : parts;
}

function groupOf(location: DemoLocationSpec, spec: DemoAssetSpec) {
  return spec.layer === 'reference'
    ? 'reference'
    : `${location.prefix}_${spec.layer}`;
}

function storageMetadata(
  location: DemoLocationSpec,
  spec: DemoAssetSpec,
  kinds: string[],
): Record<string, DatasetMetadataValue> {
  const schema = `${location.prefix}_${spec.layer}`;
  if (kinds.includes('snowflake')) {
    return {
      'dagster/table_name': `PUBLIC_DATA.${schema}.${spec.name}`.toUpperCase(),
    };
  }
  if (kinds.includes('postgres'))
    return { 'dagster/table_name': `${schema}.${spec.name}` };
  if (kinds.includes('s3')) {
    return {
      'dagster/uri': {
        type: 'url' as const,
        url: `s3://dpd-${location.prefix.replace(/_/g, '-')}-${spec.layer}/${
          spec.name
        }/`,
      },
    };
  }
  return {};
}

/** Turns a compact location spec into dataset assets. */
export function compileAssets(location: DemoLocationSpec): DatasetAsset[] {
  return location.assets.map(spec => {
    const kinds = spec.kinds ?? location.kinds[spec.layer];
    const isDbt = kinds.includes('dbt');
    const file = isDbt
      ? `${location.name}/dbt/models/${spec.layer}/${spec.name}.sql`
      : `${location.name}/${location.name}/assets/${spec.layer}.py`;
    const asset: DatasetAsset = {
      key: [location.prefix, spec.layer, spec.name],
      location: location.name,
      group: groupOf(location, spec),
      description: spec.description,
      owners: spec.owners ?? location.owners,
      kinds,
      tags: { layer: spec.layer, ...spec.tags },
      deps: (spec.deps ?? []).map(d => keyOf(location, d)),
      metadata: storageMetadata(location, spec, kinds),
      codeReference: {
        filePath: file,
        lineNumber: isDbt ? 1 : 10 + location.assets.indexOf(spec) * 12,
      },
    };
    if (spec.columns) asset.columns = spec.columns;
    if (spec.lineage) asset.columnLineage = spec.lineage;
    if (spec.partitions) asset.partitions = spec.partitions;
    if (spec.freshness) asset.freshness = spec.freshness;
    if (spec.automation) asset.automationCondition = spec.automation;
    if (spec.checks) {
      asset.checks = spec.checks.map(
        ({ failingDays: _failing, ...check }) => check,
      );
    }
    return asset;
  });
}

/** The code location entry of a spec. */
export function compileLocation(
  location: DemoLocationSpec,
  updatedTimestamp: number,
): DatasetCodeLocation {
  return {
    name: location.name,
    updatedTimestamp,
    libraryVersions: {
      dagster: '1.12.13',
      'dagster-dbt': '0.28.13',
      'dagster-snowflake': '0.28.13',
    },
    ...(location.loadError
      ? {
          loadError: location.loadError,
          loadErrorStack: location.loadErrorStack ?? [],
        }
      : {}),
  };
}
