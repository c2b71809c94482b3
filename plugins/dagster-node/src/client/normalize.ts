import { DagsterPythonError } from './errors';
import { errorFromUnion } from './unionErrors';
import {
  DagsterAsset,
  DagsterAssetOwner,
  DagsterCodeLocation,
  DagsterColumn,
} from './model';
import {
  AssetNodeData,
  LocationEntryData,
  LegacyAssetNodeData,
  MetadataEntryData,
  TableColumnData,
} from './types';

const KIND_TAG_PREFIX = 'dagster/kind/';
const COLUMN_SCHEMA_LABEL = 'dagster/column_schema';

/**
 * The kinds of an asset on a server without `AssetNode.kinds`, worked out
 * the way newer servers do it (QUERIES.md §8): the compute kind when there
 * is one, otherwise every `dagster/kind/*` tag without its prefix. Doing
 * the same keeps entities stable when a server is upgraded.
 */
export function deriveKinds(
  node: Pick<LegacyAssetNodeData, 'computeKind' | 'tags'>,
): string[] {
  if (node.computeKind) {
    return [node.computeKind];
  }
  return node.tags
    .filter(
      tag =>
        tag.key.startsWith(KIND_TAG_PREFIX) &&
        tag.key.length > KIND_TAG_PREFIX.length,
    )
    .map(tag => tag.key.slice(KIND_TAG_PREFIX.length));
}

function hasKinds(
  node: LegacyAssetNodeData | AssetNodeData,
): node is AssetNodeData {
  return Array.isArray((node as Partial<AssetNodeData>).kinds);
}

function columnsOf(entries: MetadataEntryData[]): DagsterColumn[] {
  const entry = entries.find(
    e =>
      e.__typename === 'TableSchemaMetadataEntry' &&
      e.label === COLUMN_SCHEMA_LABEL &&
      'schema' in e,
  ) as { schema?: { columns?: TableColumnData[] } } | undefined;
  return (entry?.schema?.columns ?? []).map(column => ({
    name: column.name,
    type: column.type,
    description: column.description ?? null,
    tags: (column.tags ?? []).map(({ key, value }) => ({ key, value })),
  }));
}

function ownersOf(node: LegacyAssetNodeData): DagsterAssetOwner[] {
  const owners: DagsterAssetOwner[] = [];
  for (const owner of node.owners ?? []) {
    if (owner.__typename === 'TeamAssetOwner') {
      owners.push({ type: 'team', team: owner.team });
    } else if (owner.__typename === 'UserAssetOwner') {
      owners.push({ type: 'user', email: owner.email });
    }
    // An owner kind added by a newer server is skipped rather than guessed at.
  }
  return owners;
}

/** Turns an `AssetNode` of either detail query into the stable model. */
export function toDagsterAsset(
  node: AssetNodeData | LegacyAssetNodeData,
): DagsterAsset {
  const asset: DagsterAsset = {
    key: [...node.assetKey.path],
    location: node.repository.location.name,
    repository: node.repository.name,
    group: node.groupName ?? null,
    description: node.description ?? null,
    owners: ownersOf(node),
    kinds: hasKinds(node) ? [...node.kinds] : deriveKinds(node),
    tags: node.tags.map(({ key, value }) => ({ key, value })),
    upstream: node.dependencyKeys.map(k => [...k.path]),
    downstream: node.dependedByKeys.map(k => [...k.path]),
    columns: columnsOf(node.metadataEntries ?? []),
    isPartitioned: node.isPartitioned,
    hasAssetChecks: node.hasAssetChecks,
    jobNames: [...node.jobNames],
  };
  if (node.partitionDefinition) {
    const { type, name, description } = node.partitionDefinition;
    asset.partition = { type, name: name ?? null, description };
  }
  return asset;
}

/** Turns a workspace entry into a code location, keeping a load failure as data. */
export function toCodeLocation(
  entry: LocationEntryData,
  redact: (text: string) => string,
): DagsterCodeLocation {
  const location: DagsterCodeLocation = {
    name: entry.name,
    loadStatus: entry.loadStatus,
    repositories: [],
  };
  const loaded = entry.locationOrLoadError;
  if (loaded?.__typename === 'RepositoryLocation') {
    location.repositories = loaded.repositories.map(r => ({ name: r.name }));
  } else if (loaded) {
    const error = errorFromUnion(loaded, redact);
    // The union has no other error member today; a new one is still a load failure.
    location.error =
      error instanceof DagsterPythonError
        ? error
        : new DagsterPythonError(error.message, error.name);
  }
  return location;
}
