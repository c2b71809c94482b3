import { DatasetPartitions } from '../dataset/types';
import { dagsterKeyString, stepKeyFor } from '../store/keys';
import { AssetRecord } from '../store/records';
import { SimContext, assetKey } from './context';
import { MaterializationArgs, materializationsOf } from './events';
import { freshnessStatusInfo } from './health';
import { definitionMetadata } from './metadata';
import { assetCheckOrError, assetChecksOrError } from './checks';
import { repositoryView } from './workspace';

/** `PartitionDefinition` view of the dataset's partition description. */
export function partitionDefinitionView(p: DatasetPartitions | undefined) {
  if (!p) return null;
  const description =
    p.type === 'STATIC'
      ? p.keys.map(k => `'${k}'`).join(', ')
      : `Daily, starting ${p.start} ${p.timezone ?? 'UTC'}.`;
  return {
    description,
    type: p.type,
    name: null,
    fmt: p.type === 'TIME_WINDOW' ? p.fmt ?? '%Y-%m-%d' : null,
    dimensionTypes: [
      {
        name: 'default',
        description,
        type: p.type,
        isPrimaryDimension: false,
        dynamicPartitionsDefinitionName: null,
      },
    ],
  };
}

/** `AssetOwner` union member for an owner string. */
export function ownerView(owner: string) {
  return owner.startsWith('team:')
    ? { __typename: 'TeamAssetOwner', team: owner.slice('team:'.length) }
    : { __typename: 'UserAssetOwner', email: owner };
}

/** Kinds as Dagster serves them: explicit kinds, else the legacy compute kind. */
export function kindsOf(record: AssetRecord): string[] {
  const { kinds, computeKind } = record.def;
  if (kinds && kinds.length > 0) return kinds;
  return computeKind ? [computeKind] : [];
}

/** `AssetNode` view: the definition side of an asset. */
export function assetNodeView(ctx: SimContext, record: AssetRecord): object {
  const { def } = record;
  const { store } = ctx;
  const materializable = def.isMaterializable !== false;
  const readOnly = store.readOnly;
  return {
    __typename: 'AssetNode',
    id: `${def.location}.${record.repository}.${dagsterKeyString(def.key)}`,
    assetKey: assetKey(def.key),
    assetMaterializations: (args: MaterializationArgs) =>
      materializationsOf(ctx, def.key, args),
    computeKind: def.computeKind ?? null,
    dependencyKeys: () => (def.deps ?? []).map(k => assetKey(k)),
    dependedByKeys: () =>
      store.downstreamOf(record).map(a => assetKey(a.def.key)),
    dependencies: () =>
      (def.deps ?? []).flatMap(k => {
        const upstream = store.asset(k);
        return upstream ? [{ asset: assetNodeView(ctx, upstream) }] : [];
      }),
    dependedBy: () =>
      store.downstreamOf(record).map(a => ({ asset: assetNodeView(ctx, a) })),
    description: def.description ?? null,
    freshnessPolicy: null,
    freshnessStatusInfo: () => freshnessStatusInfo(ctx, record),
    internalFreshnessPolicy: def.freshness
      ? {
          __typename: 'TimeWindowFreshnessPolicy',
          failWindowSeconds: def.freshness.failWindowSeconds,
          warnWindowSeconds: def.freshness.warnWindowSeconds ?? null,
        }
      : null,
    automationCondition: def.automationCondition
      ? {
          label: def.automationCondition,
          expandedLabel: [def.automationCondition],
        }
      : null,
    graphName: null,
    groupName: def.group,
    owners: (def.owners ?? []).map(ownerView),
    isExecutable: materializable,
    isObservable: !materializable,
    isMaterializable: materializable,
    isPartitioned: !!def.partitions,
    isAutoCreatedStub: false,
    jobNames: () => store.jobNamesFor(record),
    metadataEntries: () => definitionMetadata(def),
    tags: [
      ...Object.entries(def.tags ?? {}).map(([key, value]) => ({ key, value })),
      ...(def.kinds ?? []).map(k => ({ key: `dagster/kind/${k}`, value: '' })),
    ],
    kinds: kindsOf(record),
    opName: materializable ? stepKeyFor(def.key) : null,
    opNames: materializable ? [stepKeyFor(def.key)] : [],
    partitionDefinition: partitionDefinitionView(def.partitions),
    pools: [],
    repository: () => repositoryView(ctx, def.location, record.repository),
    hasMaterializePermission: !readOnly,
    hasWipePermission: !readOnly,
    hasReportRunlessAssetEventPermission: !readOnly,
    hasAssetChecks: record.checks.length > 0,
    assetCheckOrError: ({ checkName }: { checkName: string }) =>
      assetCheckOrError(ctx, record, checkName),
    assetChecksOrError: (args: { limit?: number | null }) =>
      assetChecksOrError(ctx, record, args.limit),
  };
}
