import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  DagsterAssetNotFoundError,
  DagsterAssetReadClient,
  DagsterInstanceConfig,
} from '@internal/backstage-plugin-dagster-node';
import { readAssetChecks, readProjectChecks } from './checks';
import { answerWithin } from './deadline';
import { addressesOf, DagsterBadGatewayError, toRouteError } from './errors';
import {
  AssetGraph,
  assetGraphOf,
  keyString,
  MAX_LINEAGE_NODES,
  walkLineage,
} from './lineage';
import {
  AssetChecksReport,
  DagsterTarget,
  LineageDirection,
  LineageGraph,
  ProjectChecksReport,
} from './model';
import { printable } from '@internal/backstage-plugin-dagster-common';
import { withStatus } from './nodeStatus';
import { TtlCache } from './TtlCache';

/** The configured instances and their clients, as dagster-node's client service gives them. */
export interface DagsterReadClients {
  readonly instances: DagsterInstanceConfig[];
  forInstance(instanceId: string): DagsterAssetReadClient;
}

/** Options of {@link DagsterReadService.create}. */
export interface DagsterReadServiceOptions {
  /** The Dagster client service (`dagsterClientServiceRef`); tests may hand in fakes. */
  dagster: DagsterReadClients;
  logger: LoggerService;
  /**
   * Longest one answer may wait on Dagster, every request, retry and backoff
   * wait included; then it is a 503. Default 10 s.
   */
  deadlineMs?: number;
  /** How long an answer is reused; default 30 s, 0 turns caching off. */
  cacheTtlMs?: number;
  /** Most answers kept; default 500. */
  cacheMaxEntries?: number;
  /** Most nodes of one lineage graph; default 10,000, what the graph view renders. */
  maxNodes?: number;
  /** Executions per check in `history`; default 20. */
  historyLimit?: number;
  /** Most nodes whose checks are looked up for a lineage graph; default 200. */
  maxCheckedNodes?: number;
}

/** What an instance reports about itself: its version, or why it did not. */
export type InstanceHealth =
  | { id: string; reachable: true; version: string }
  | { id: string; reachable: false; problem: string };

/**
 * Lineage, status and checks of Dagster assets and projects, read from the
 * configured instances (one client each) and cached briefly, so a page
 * that asks twice does not ask Dagster twice. Each answer has one deadline
 * and costs a fixed number of requests: the instance's whole asset graph in
 * one, then statuses and checks in a few batches, whatever the depth or the
 * size of the project. Failures come out as Backstage errors (see
 * `toRouteError`).
 */
export class DagsterReadService {
  static create(options: DagsterReadServiceOptions): DagsterReadService {
    const { instances } = options.dagster;
    const clients = new Map(
      instances.map(i => [i.id, options.dagster.forInstance(i.id)]),
    );
    const addresses = new Map(
      instances.map(i => [i.id, addressesOf(i.graphqlUrl)]),
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
        deadlineMs: options.deadlineMs ?? 10_000,
        maxNodes: options.maxNodes ?? MAX_LINEAGE_NODES,
        historyLimit: options.historyLimit ?? 20,
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
      deadlineMs: number;
      maxNodes: number;
      historyLimit: number;
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
      async (client, signal) => {
        const [graph, roots] = await this.graphAndRoots(client, target, signal);
        const walk = walkLineage(graph, roots, {
          ...options,
          maxNodes: this.limits.maxNodes,
        });
        return {
          instanceId: target.instanceId,
          roots: roots.map(keyString),
          depth: options.depth,
          direction: options.direction,
          nodes: await withStatus(client, walk.nodes, {
            maxCheckedNodes: this.limits.maxCheckedNodes,
            signal,
          }),
          edges: walk.edges,
          truncated: walk.truncated,
        };
      },
    );
  }

  checks(
    target: DagsterTarget,
  ): Promise<AssetChecksReport | ProjectChecksReport> {
    return this.cached(['checks', target], target, async (client, signal) => {
      if (target.kind === 'asset') {
        return readAssetChecks(client, target.assetKey, {
          historyLimit: this.limits.historyLimit,
          signal,
        });
      }
      const [graph, roots] = await this.graphAndRoots(client, target, signal);
      return readProjectChecks(
        client,
        target.location,
        roots.map(key => graph.get(keyString(key))!),
        { signal },
      );
    });
  }

  /**
   * One answer: loaded once for concurrent callers, cached briefly, given
   * `deadlineMs` for everything it asks Dagster, and failing as a route
   * error.
   */
  private cached<T>(
    key: unknown[],
    target: DagsterTarget,
    load: (client: DagsterAssetReadClient, signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const { instanceId } = target;
    const client = this.clients.get(instanceId);
    if (!client) {
      // Targets are checked against instanceIds first; this is a guard.
      return Promise.reject(
        new NotFoundError(`Dagster instance "${instanceId}" is not configured`),
      );
    }
    const { deadlineMs } = this.limits;
    const answer = () =>
      answerWithin(deadlineMs, async signal => {
        try {
          return await load(client, signal);
        } catch (error) {
          if (error instanceof DagsterAssetNotFoundError) {
            throw (await this.whyMissing(client, target, signal)) ?? error;
          }
          throw error;
        }
      }).catch(error => {
        const routeError = toRouteError(instanceId, error, {
          hide: this.addresses.get(instanceId),
          deadlineMs,
        });
        if (!(routeError instanceof NotFoundError)) {
          // The whole story, address included, for operators; callers get routeError.
          this.logger.warn(
            `Dagster instance "${instanceId}": ${printable(
              (error as Error)?.message ?? error,
              2_000,
            )}`,
          );
        }
        throw routeError;
      });
    return this.cache.getOrLoad(JSON.stringify(key), answer) as Promise<T>;
  }

  /**
   * An asset Dagster does not list may live in a code location that fails to
   * load: then the answer is Dagster's failure (502), not "no such asset".
   */
  private async whyMissing(
    client: DagsterAssetReadClient,
    target: DagsterTarget,
    signal: AbortSignal,
  ): Promise<Error | undefined> {
    if (target.kind !== 'asset' || !target.location) return undefined;
    const locations = await client
      .listCodeLocations({ signal })
      .catch(() => []);
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

  /**
   * Every asset of the instance, read in one request and cached like an
   * answer, so lineage of any depth and any project's checks share it.
   */
  private graphOf(
    client: DagsterAssetReadClient,
    signal: AbortSignal,
  ): Promise<AssetGraph> {
    return this.cache.getOrLoad(
      JSON.stringify(['graph', client.instanceId]),
      async () => assetGraphOf(await client.getAssetGraph({ signal })),
    ) as Promise<AssetGraph>;
  }

  /**
   * The instance's graph and the target's roots in it: the asset itself, or
   * every asset its project's code location defines (the locations are
   * asked beside the graph, to tell a missing location from a failing one).
   */
  private graphAndRoots(
    client: DagsterAssetReadClient,
    target: DagsterTarget,
    signal: AbortSignal,
  ): Promise<[AssetGraph, string[][]]> {
    const graph = this.graphOf(client, signal);
    return Promise.all([graph, this.rootsOf(client, target, graph, signal)]);
  }

  private async rootsOf(
    client: DagsterAssetReadClient,
    target: DagsterTarget,
    graph: Promise<AssetGraph>,
    signal: AbortSignal,
  ): Promise<string[][]> {
    if (target.kind === 'asset') return [target.assetKey];
    const locations = await client.listCodeLocations({ signal });
    const location = locations.find(l => l.name === target.location);
    if (!location) {
      throw new NotFoundError(
        `Dagster instance "${target.instanceId}" has no code location "${target.location}"`,
      );
    }
    if (location.error) throw location.error;
    return [...(await graph).values()]
      .filter(node => node.location === location.name)
      .map(node => node.key);
  }
}
