import { ASSET_JOB, dagsterKeyString, keyId } from '../store/keys';
import { AssetRecord } from '../store/records';
import { SimContext, assetKey, assetNotFound } from './context';
import { assetNodeView } from './assetNode';
import {
  MaterializationArgs,
  materializationView,
  materializationsOf,
} from './events';
import { assetHealth } from './health';
import { runView } from './runs';

type KeyInput = { path: string[] };
type GroupSelector = {
  groupName: string;
  repositoryName: string;
  repositoryLocationName: string;
};
type PipelineSelector = {
  pipelineName: string;
  repositoryName: string;
  repositoryLocationName: string;
  assetSelection?: KeyInput[] | null;
};

/** `Asset` view: the event side of an asset key (it may lack a definition). */
export function assetView(ctx: SimContext, path: readonly string[]) {
  const record = ctx.store.asset(path);
  return {
    __typename: 'Asset',
    id: dagsterKeyString(path),
    key: assetKey(path),
    assetMaterializations: (args: MaterializationArgs) =>
      materializationsOf(ctx, path, args),
    definition: () => (record ? assetNodeView(ctx, record) : null),
    assetHealth: () => assetHealth(ctx, path, record),
    latestMaterializationTimestamp: () =>
      ctx.store.materializations(path)[0]?.timestampMs ?? null,
    hasDefinitionOrRecord: true,
  };
}

function knownAsset(ctx: SimContext, path: readonly string[]) {
  return !!ctx.store.asset(path) || ctx.store.materializations(path).length > 0;
}

function inJob(
  ctx: SimContext,
  records: AssetRecord[],
  pipeline: PipelineSelector,
) {
  const {
    pipelineName,
    repositoryLocationName: l,
    repositoryName: r,
  } = pipeline;
  const job = ctx.store.jobsIn(l, r).find(j => j.name === pipelineName);
  if (!job || !ctx.store.hasRepository(l, r)) return [];
  let ids = new Set(job.assets.map(k => keyId(k)));
  if (pipeline.assetSelection && pipelineName === ASSET_JOB) {
    ids = new Set(pipeline.assetSelection.map(k => keyId(k.path)));
  }
  return records.filter(a => ids.has(a.id));
}

/** Query fields about asset definitions and asset events. */
export const assetQueries = {
  assetNodes: (
    args: {
      group?: GroupSelector;
      pipeline?: PipelineSelector;
      assetKeys?: KeyInput[];
    },
    ctx: SimContext,
  ) => {
    let records = ctx.store.servedAssets();
    if (args.group) {
      const g = args.group;
      records = records.filter(
        a =>
          a.def.group === g.groupName &&
          a.def.location === g.repositoryLocationName &&
          a.repository === g.repositoryName,
      );
    }
    if (args.pipeline) records = inJob(ctx, records, args.pipeline);
    if (args.assetKeys) {
      const wanted = new Set(args.assetKeys.map(k => keyId(k.path)));
      records = records.filter(a => wanted.has(a.id));
    }
    return records.map(a => assetNodeView(ctx, a));
  },
  assetNodeOrError: (
    { assetKey: key }: { assetKey: KeyInput },
    ctx: SimContext,
  ) => {
    const record = ctx.store.asset(key.path);
    return record ? assetNodeView(ctx, record) : assetNotFound(key.path);
  },
  assetOrError: ({ assetKey: key }: { assetKey: KeyInput }, ctx: SimContext) =>
    knownAsset(ctx, key.path)
      ? assetView(ctx, key.path)
      : assetNotFound(key.path),
  assetsOrError: (
    args: {
      prefix?: string[];
      assetKeys?: KeyInput[];
      cursor?: string;
      limit?: number;
    },
    ctx: SimContext,
  ) => {
    let keys = ctx.store.servedAssets().map(a => a.def.key);
    if (args.assetKeys)
      keys = args.assetKeys.map(k => k.path).filter(p => knownAsset(ctx, p));
    if (args.prefix) {
      const prefix = args.prefix;
      keys = keys.filter(k => prefix.every((p, i) => k[i] === p));
    }
    keys.sort((a, b) => (keyId(a) < keyId(b) ? -1 : 1));
    if (args.cursor) keys = keys.filter(k => keyId(k) > args.cursor!);
    const page =
      typeof args.limit === 'number' ? keys.slice(0, args.limit) : keys;
    const more = page.length < keys.length;
    return {
      __typename: 'AssetConnection',
      nodes: page.map(k => assetView(ctx, k)),
      cursor: more && page.length > 0 ? keyId(page[page.length - 1]) : null,
    };
  },
  assetsLatestInfo: (
    { assetKeys }: { assetKeys: KeyInput[] },
    ctx: SimContext,
  ) =>
    assetKeys
      .filter(k => knownAsset(ctx, k.path))
      .map(({ path }) => {
        const runs = ctx.store.runsForAsset(path);
        const latest = ctx.store.materializations(path)[0];
        return {
          id: dagsterKeyString(path),
          assetKey: assetKey(path),
          latestMaterialization: latest
            ? materializationView(ctx, latest)
            : null,
          unstartedRunIds: runs
            .filter(r => r.status === 'QUEUED' || r.status === 'NOT_STARTED')
            .map(r => r.runId),
          inProgressRunIds: runs
            .filter(r =>
              ['STARTING', 'STARTED', 'CANCELING'].includes(r.status),
            )
            .map(r => r.runId),
          latestRun: runs[0] ? runView(ctx, runs[0]) : null,
        };
      }),
};
