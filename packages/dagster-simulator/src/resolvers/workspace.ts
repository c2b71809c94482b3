import { createHash } from 'node:crypto';
import { DatasetCodeLocation } from '../dataset/types';
import { SimContext, assetKey, messageError, pythonError } from './context';
import { assetNodeView } from './assetNode';

/** Version reported when the dataset names none. */
export const DEFAULT_DAGSTER_VERSION = '1.12.13';

function repositoryId(location: string, repository: string) {
  return createHash('sha1').update(`${location}:${repository}`).digest('hex');
}

/** `RepositoryOrigin` of a repository. */
export function repositoryOrigin(location: string, repository: string) {
  return {
    id: repositoryId(location, repository),
    repositoryLocationName: location,
    repositoryName: repository,
    repositoryLocationMetadata: [],
  };
}

/** `Repository` view. */
export function repositoryView(
  ctx: SimContext,
  location: string,
  name: string,
) {
  const { store } = ctx;
  const self: Record<string, unknown> = {
    __typename: 'Repository',
    id: repositoryId(location, name),
    name,
    location: () => locationView(ctx, store.location(location)!),
    origin: repositoryOrigin(location, name),
    displayMetadata: [],
    jobs: () =>
      store.jobsIn(location, name).map(job => ({
        id: `${repositoryId(location, name)}:${job.name}`,
        name: job.name,
        description: job.description ?? null,
        isJob: true,
        isAssetJob: true,
        repository: self,
        hasLaunchExecutionPermission: !store.readOnly,
      })),
    assetNodes: () =>
      store.assetsIn(location, name).map(a => assetNodeView(ctx, a)),
    assetGroups: () => {
      const groups = new Map<string, string[][]>();
      for (const a of store.assetsIn(location, name)) {
        groups.set(a.def.group, [
          ...(groups.get(a.def.group) ?? []),
          a.def.key,
        ]);
      }
      return [...groups].map(([groupName, keys]) => ({
        id: `${location}-${name}-${groupName}`,
        groupName,
        assetKeys: keys.map(k => assetKey(k)),
      }));
    },
  };
  return self;
}

/** `RepositoryLocation` view of a loaded location. */
export function locationView(ctx: SimContext, location: DatasetCodeLocation) {
  return {
    __typename: 'RepositoryLocation',
    id: location.name,
    name: location.name,
    isReloadSupported: true,
    environmentPath: null,
    serverId: repositoryId(location.name, 'server').slice(0, 12),
    dagsterLibraryVersions: Object.entries(
      location.libraryVersions ?? {
        dagster: ctx.store.dataset.dagsterVersion ?? DEFAULT_DAGSTER_VERSION,
      },
    ).map(([name, version]) => ({ name, version })),
    repositories: () =>
      ctx.store
        .repositoriesOf(location.name)
        .map(r => repositoryView(ctx, location.name, r)),
  };
}

function locationEntryView(ctx: SimContext, location: DatasetCodeLocation) {
  const error = ctx.store.locationError(location.name);
  const updated =
    location.updatedTimestamp ?? (ctx.store.dataset.referenceTime ?? 0) / 1000;
  return {
    __typename: 'WorkspaceLocationEntry',
    id: location.name,
    name: location.name,
    loadStatus: 'LOADED',
    displayMetadata: [],
    updatedTimestamp: updated,
    versionKey: String(updated),
    locationOrLoadError:
      error !== undefined
        ? pythonError(
            error,
            location.loadErrorStack ?? [],
            'DagsterUserCodeLoadError',
          )
        : locationView(ctx, location),
  };
}

function repositoryNotFound(selector: {
  repositoryName: string;
  repositoryLocationName: string;
}) {
  return messageError(
    'RepositoryNotFoundError',
    `Could not find a repository named "${selector.repositoryName}" in location "${selector.repositoryLocationName}".`,
    selector,
  );
}

type RepositorySelector = {
  repositoryName: string;
  repositoryLocationName: string;
};

/** Query fields about code locations and repositories. */
export const workspaceQueries = {
  version: (_: unknown, ctx: SimContext) =>
    ctx.store.dataset.dagsterVersion ?? DEFAULT_DAGSTER_VERSION,
  workspaceOrError: (_: unknown, ctx: SimContext) => ({
    __typename: 'Workspace',
    id: 'Workspace',
    locationEntries: ctx.store.locations().map(l => locationEntryView(ctx, l)),
  }),
  workspaceLocationEntryOrError: (
    { name }: { name: string },
    ctx: SimContext,
  ) => {
    const location = ctx.store.location(name);
    return location ? locationEntryView(ctx, location) : null;
  },
  repositoriesOrError: (
    { repositorySelector }: { repositorySelector?: RepositorySelector },
    ctx: SimContext,
  ) => {
    const { store } = ctx;
    if (repositorySelector) {
      const { repositoryLocationName: l, repositoryName: r } =
        repositorySelector;
      if (!store.hasRepository(l, r))
        return repositoryNotFound(repositorySelector);
      return {
        __typename: 'RepositoryConnection',
        nodes: [repositoryView(ctx, l, r)],
      };
    }
    const nodes = store
      .locations()
      .filter(l => store.isLoaded(l.name))
      .flatMap(l =>
        store.repositoriesOf(l.name).map(r => repositoryView(ctx, l.name, r)),
      );
    return { __typename: 'RepositoryConnection', nodes };
  },
  repositoryOrError: (
    { repositorySelector }: { repositorySelector: RepositorySelector },
    ctx: SimContext,
  ) => {
    const { repositoryLocationName: l, repositoryName: r } = repositorySelector;
    return ctx.store.hasRepository(l, r)
      ? repositoryView(ctx, l, r)
      : repositoryNotFound(repositorySelector);
  },
};
