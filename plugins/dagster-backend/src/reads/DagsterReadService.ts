import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  DagsterAssetReadClient,
  DagsterClientOptions,
  DagsterGraphQLClient,
  DagsterInstanceConfig,
  DagsterLineageNode,
} from '@internal/backstage-plugin-dagster-node';
import { readAssetChecks, readProjectChecks } from './checks';
import { addressesOf, DagsterBadGatewayError, toRouteError } from './errors';
import { keyString, walkLineage } from './lineage';
import { mapLimit } from './mapLimit';
import {
  AssetChecksReport,
  CheckStatus,
  DagsterTarget,
  LineageDirection,
  LineageGraph,
  ProjectChecksReport,
} from './model';
import {
  plainAssetEntityName,
  printable,
} from '@internal/backstage-plugin-dagster-common';
import { rollUpChecks } from './status';
import { TtlCache } from './TtlCache';

/** Options of {@link DagsterReadService.create}. */
export interface DagsterReadServiceOptions {
  instances: DagsterInstanceConfig[];
  logger: LoggerService;
  /** Passed to every client: timeouts, attempts, backoff. */
  clientOptions?: Partial<Omit<DagsterClientOptions, 'instance' | 'logger'>>;
  /** How long an answer is reused; default 30 s, 0 turns caching off. */
  cacheTtlMs?: number;
  /** Most answers kept; default 500. */
  cacheMaxEntries?: number;
  /** Most nodes of one lineage graph; default 2,000. */
  maxNodes?: number;
  /** Executions per check in `history`; default 20. */
  historyLimit?: number;
  /** Per-asset check requests in flight; default 4. */
  concurrency?: number;
  /** Most nodes whose checks are looked up for a lineage graph; default 200. */
  maxCheckedNodes?: number;
  /** Builds the client of an instance; tests may hand in a fake. */
  clientFactory?: (instance: DagsterInstanceConfig) => DagsterAssetReadClient;
}

/** What an instance reports about itself: its version, or why it did not. */
export type InstanceHealth =
  | { id: string; reachable: true; version: string }
  | { id: string; reachable: false; problem: string };

/**
 * Lineage, status and checks of Dagster assets and projects, read from the
 * configured instances (one client each) and cached briefly, so a page
 * that asks twice does not ask Dagster twice. Failures come out as
 * Backstage errors (see `toRouteError`).
 */
export class DagsterReadService {
  static create(options: DagsterReadServiceOptions): DagsterReadService {
    const clients = new Map<string, DagsterAssetReadClient>();
    for (const instance of options.instances) {
      clients.set(
        instance.id,
        options.clientFactory?.(instance) ??
          DagsterGraphQLClient.create({
            ...options.clientOptions,
            instance,
            logger: options.logger,
          }),
      );
    }
    const addresses = new Map(
      options.instances.map(i => [i.id, addressesOf(i.graphqlUrl)]),
    );
    return new DagsterReadService(
      clients,
      addresses,
      options.logger,
      new TtlCache<unknown>(
        options.cacheTtlMs ?? 30_000,
        options.cacheMaxEntries ?? 500,
      ),
      {
        maxNodes: options.maxNodes ?? 2_000,
        historyLimit: options.historyLimit ?? 20,
        concurrency: options.concurrency ?? 4,
        maxCheckedNodes: options.maxCheckedNodes ?? 200,
      },
    );
  }

  private constructor(
    private readonly clients: Map<string, DagsterAssetReadClient>,
    /** Each instance's address, kept out of what the routes answer. */
    private readonly addresses: Map<string, string[]>,
    private readonly logger: LoggerService,
    private readonly cache: TtlCache<unknown>,
    private readonly limits: {
      maxNodes: number;
      historyLimit: number;
      concurrency: number;
      maxCheckedNodes: number;
    },
  ) {}

  /** Ids of the configured instances. */
  get instanceIds(): string[] {
    return [...this.clients.keys()];
  }

  /**
   * The Dagster version of every instance, each given `deadlineMs` to answer
   * (a status page must not wait for retries). Problems name no address.
   */
  instanceHealth(deadlineMs = 3_000): Promise<InstanceHealth[]> {
    return Promise.all(
      [...this.clients.entries()].map(async ([id, client]) => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${deadlineMs / 1000} s`)),
            deadlineMs,
          );
        });
        try {
          const { version } = await Promise.race([
            client.probeServerInfo(),
            late,
          ]);
          return { id, reachable: true as const, version };
        } catch (error) {
          const reason =
            error instanceof Error && error.message.startsWith('no answer')
              ? error.message
              : (error as Error)?.name ?? 'error';
          return {
            id,
            reachable: false as const,
            problem: `Dagster is not answering (${reason})`,
          };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }

  lineage(
    target: DagsterTarget,
    options: { depth: number; direction: LineageDirection },
  ): Promise<LineageGraph> {
    return this.cached(
      ['lineage', target, options.depth, options.direction],
      target,
      async client => {
        const roots = await this.rootsOf(client, target);
        const walk = await walkLineage(client, roots, {
          ...options,
          maxNodes: this.limits.maxNodes,
        });
        return {
          instanceId: target.instanceId,
          roots: roots.map(keyString),
          depth: options.depth,
          direction: options.direction,
          nodes: await this.withStatus(client, walk.nodes),
          edges: walk.edges,
          truncated: walk.truncated,
        };
      },
    );
  }

  checks(
    target: DagsterTarget,
  ): Promise<AssetChecksReport | ProjectChecksReport> {
    const options = {
      historyLimit: this.limits.historyLimit,
      concurrency: this.limits.concurrency,
    };
    return this.cached(['checks', target], target, async client =>
      target.kind === 'asset'
        ? readAssetChecks(client, target.assetKey, options)
        : readProjectChecks(
            client,
            target.location,
            await this.rootsOf(client, target),
            options,
          ),
    );
  }

  private cached<T>(
    key: unknown[],
    target: DagsterTarget,
    load: (client: DagsterAssetReadClient) => Promise<T>,
  ): Promise<T> {
    const { instanceId } = target;
    const client = this.clients.get(instanceId);
    if (!client) {
      // Targets are checked against instanceIds first; this is a guard.
      return Promise.reject(
        new NotFoundError(`Dagster instance "${instanceId}" is not configured`),
      );
    }
    return this.cache.getOrLoad(JSON.stringify(key), () =>
      load(client).catch(async error => {
        const routeError = toRouteError(
          instanceId,
          error,
          this.addresses.get(instanceId),
        );
        if (!(routeError instanceof NotFoundError)) {
          // The whole story, address included, for operators; callers get routeError.
          this.logger.warn(
            `Dagster instance "${instanceId}": ${printable(
              (error as Error)?.message ?? error,
              2_000,
            )}`,
          );
        }
        throw routeError instanceof NotFoundError
          ? (await this.whyMissing(client, target)) ?? routeError
          : routeError;
      }),
    ) as Promise<T>;
  }

  /**
   * An asset Dagster does not list may live in a code location that fails to
   * load: then the answer is Dagster's failure (502), not "no such asset".
   */
  private async whyMissing(
    client: DagsterAssetReadClient,
    target: DagsterTarget,
  ): Promise<Error | undefined> {
    if (target.kind !== 'asset' || !target.location) return undefined;
    const locations = await client.listCodeLocations().catch(() => []);
    const failed = locations.find(l => l.name === target.location)?.error;
    if (!failed) return undefined;
    return new DagsterBadGatewayError(
      `Dagster instance "${target.instanceId}": code location "${
        target.location
      }" fails to load, so asset ${target.assetKey.join(
        '/',
      )} cannot be read (${failed.message.trim()})`,
    );
  }

  /** The asset itself, or every asset of a project's code location. */
  private async rootsOf(
    client: DagsterAssetReadClient,
    target: DagsterTarget,
  ): Promise<string[][]> {
    if (target.kind === 'asset') return [target.assetKey];
    const locations = await client.listCodeLocations();
    const location = locations.find(l => l.name === target.location);
    if (!location) {
      throw new NotFoundError(
        `Dagster instance "${target.instanceId}" has no code location "${target.location}"`,
      );
    }
    if (location.error) throw location.error;
    const keys = await mapLimit(location.repositories, 2, repository =>
      client.listAssetKeys({
        location: location.name,
        repository: repository.name,
      }),
    );
    return keys.flat();
  }

  private async withStatus(
    client: DagsterAssetReadClient,
    nodes: DagsterLineageNode[],
  ): Promise<LineageGraph['nodes']> {
    const latest = new Map(
      (await client.getLatestInfo(nodes.map(n => n.key))).map(info => [
        keyString(info.key),
        info,
      ]),
    );
    const checked = nodes
      .filter(n => n.hasAssetChecks)
      .slice(0, this.limits.maxCheckedNodes);
    const checkStatus = new Map<string, CheckStatus | 'none'>();
    await mapLimit(checked, this.limits.concurrency, async node => {
      checkStatus.set(
        keyString(node.key),
        rollUpChecks(await client.getAssetChecks(node.key)),
      );
    });
    return nodes.map(node => {
      const key = keyString(node.key);
      const info = latest.get(key);
      const entityName = plainAssetEntityName(node.key);
      return {
        key,
        ...(entityName ? { entityName } : {}),
        location: node.location,
        group: node.group,
        status: {
          ...(info?.lastMaterializedAt
            ? { lastMaterializedAt: info.lastMaterializedAt }
            : {}),
          ...(info?.lastRunStatus ? { lastRunStatus: info.lastRunStatus } : {}),
          running: (info?.inProgressRunIds.length ?? 0) > 0,
          checks: node.hasAssetChecks
            ? checkStatus.get(key) ?? 'unknown'
            : 'none',
        },
      };
    });
  }
}
