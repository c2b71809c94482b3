import { chunk, chunkInto, mapBounded } from './batch';
import { errorFromUnion } from './unionErrors';
import {
  toAssetCheck,
  toCheckExecution,
  toLatestInfo,
  toLineageNode,
} from './assetReads';
import {
  DagsterAsset,
  DagsterAssetCheck,
  DagsterAssetChecks,
  DagsterAssetLatestInfo,
  DagsterAssetReadClient,
  DagsterCheckExecution,
  DagsterClient,
  DagsterClientOptions,
  DagsterCodeLocation,
  DagsterGetAssetsOptions,
  DagsterLineageNode,
  DagsterReadOptions,
  DagsterRepositoryRef,
  DagsterWorkspace,
} from './model';
import { toCodeLocation, toDagsterAsset } from './normalize';
import { readWorkspace } from './readWorkspace';
import {
  DagsterLaunchAssetRunInput,
  DagsterRun,
  getRun,
  launchAssetRun,
  runsByTag,
} from './runs';
import {
  assetCheckHistoriesQuery,
  ASSET_CHECKS_QUERY,
  ASSETS_CHECKS_QUERY,
  ASSET_GRAPH_QUERY,
  ASSETS_LATEST_INFO_QUERY,
  ASSET_DETAILS_LEGACY_QUERY,
  ASSET_DETAILS_QUERY,
  LIST_CODE_LOCATIONS_QUERY,
  REPOSITORY_ASSET_KEYS_QUERY,
  SERVER_VERSION_QUERY,
} from './operations';
import { GraphQLTransport } from './transport';
import {
  AssetCheckHistoriesData,
  AssetChecksData,
  AssetChecksOrErrorData,
  AssetGraphData,
  AssetKeysVariables,
  AssetsChecksData,
  AssetsLatestInfoData,
  AssetDetailsData,
  AssetDetailsVariables,
  LegacyAssetDetailsData,
  ListCodeLocationsData,
  RepositoryAssetKeysData,
  ServerVersionData,
} from './types';
import {
  DagsterServerInfo,
  interpretServerVersion,
  isCurrentFieldRejection,
} from './version';

const DEFAULTS = {
  timeoutMs: 15_000,
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  batchSize: 500,
  concurrency: 2,
  maxBatches: 4,
};

/**
 * Typed client of one Dagster instance's GraphQL API: retries, bounded
 * batches, typed errors and adaptation to older servers.
 *
 * @public
 */
export class DagsterGraphQLClient
  implements DagsterClient, DagsterAssetReadClient
{
  private serverInfo?: Promise<DagsterServerInfo>;
  /** Set when a server claiming 1.8.12+ still rejected a field of the current detail query. */
  private currentQueryRejected = false;

  /** Builds a client for one configured instance. */
  static create(options: DagsterClientOptions): DagsterGraphQLClient {
    // Looked up per call so a fetch installed later (instrumentation, tests) is used.
    const fetchImpl: typeof fetch =
      options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const transport = new GraphQLTransport({
      instanceId: options.instance.id,
      url: options.instance.graphqlUrl,
      token: options.instance.token,
      headers: options.headers,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts),
      baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      fetch: fetchImpl,
      logger: options.logger,
    });
    return new DagsterGraphQLClient(options, transport);
  }

  private constructor(
    private readonly options: DagsterClientOptions,
    private readonly transport: GraphQLTransport,
  ) {}

  get instanceId(): string {
    return this.options.instance.id;
  }

  get requestCount(): number {
    return this.transport.requestCount;
  }

  /** Asks the server for its version now, never from the handshake cache (status pages). */
  async probeServerInfo(
    options?: DagsterReadOptions,
  ): Promise<DagsterServerInfo> {
    const data = await this.transport.request<ServerVersionData>(
      SERVER_VERSION_QUERY,
      {},
      options,
    );
    return interpretServerVersion(data.version);
  }

  getServerInfo(): Promise<DagsterServerInfo> {
    if (!this.serverInfo) {
      this.serverInfo = this.probeServerInfo();
      // A failed handshake is not cached: the next call asks again.
      this.serverInfo.catch(() => {
        this.serverInfo = undefined;
      });
    }
    return this.serverInfo;
  }

  async listCodeLocations(
    options?: DagsterReadOptions,
  ): Promise<DagsterCodeLocation[]> {
    const data = await this.transport.request<ListCodeLocationsData>(
      LIST_CODE_LOCATIONS_QUERY,
      {},
      options,
    );
    const workspace = data.workspaceOrError;
    if (workspace.__typename !== 'Workspace') {
      throw errorFromUnion(workspace, this.transport.redact);
    }
    return workspace.locationEntries.map(entry =>
      toCodeLocation(entry, this.transport.redact),
    );
  }

  async listAssetKeys(ref: DagsterRepositoryRef): Promise<string[][]> {
    const data = await this.transport.request<RepositoryAssetKeysData>(
      REPOSITORY_ASSET_KEYS_QUERY,
      {
        repositoryLocationName: ref.location,
        repositoryName: ref.repository,
      },
    );
    const result = data.repositoryOrError;
    if (result.__typename !== 'Repository') {
      throw errorFromUnion(result, this.transport.redact);
    }
    return result.assetNodes.map(node => [...node.assetKey.path]);
  }

  async getAssets(
    keys: string[][],
    options: DagsterGetAssetsOptions = {},
  ): Promise<DagsterAsset[]> {
    const unique = [
      ...new Map(keys.map(key => [JSON.stringify(key), key])).values(),
    ];
    if (unique.length === 0) {
      return [];
    }
    const batchSize =
      options.batchSize ?? this.options.batchSize ?? DEFAULTS.batchSize;
    const concurrency =
      options.concurrency ?? this.options.concurrency ?? DEFAULTS.concurrency;
    const batches = chunk(unique, batchSize);
    const results = await mapBounded(batches, concurrency, batch =>
      this.fetchDetails(batch),
    );
    return results.flat();
  }

  async getAssetGraph(
    options?: DagsterReadOptions,
  ): Promise<DagsterLineageNode[]> {
    const data = await this.transport.request<AssetGraphData>(
      ASSET_GRAPH_QUERY,
      {},
      options,
    );
    return data.assetNodes.map(toLineageNode);
  }

  async getLatestInfo(
    keys: string[][],
    options?: DagsterReadOptions,
  ): Promise<DagsterAssetLatestInfo[]> {
    return this.inBatches(keys, async variables => {
      const data = await this.transport.request<AssetsLatestInfoData>(
        ASSETS_LATEST_INFO_QUERY,
        variables,
        options,
      );
      return data.assetsLatestInfo.map(toLatestInfo);
    });
  }

  async getAssetChecks(
    key: string[],
    options?: DagsterReadOptions,
  ): Promise<DagsterAssetCheck[]> {
    const data = await this.transport.request<AssetChecksData>(
      ASSET_CHECKS_QUERY,
      { key: { path: key } },
      options,
    );
    const node = data.assetNodeOrError;
    if (node.__typename !== 'AssetNode') {
      throw errorFromUnion(node, this.transport.redact);
    }
    return this.checksOf(node.assetChecksOrError);
  }

  async getChecksOfAssets(
    keys: string[][],
    options?: DagsterReadOptions,
  ): Promise<DagsterAssetChecks[]> {
    return this.inBatches(keys, async variables => {
      const data = await this.transport.request<AssetsChecksData>(
        ASSETS_CHECKS_QUERY,
        variables,
        options,
      );
      return data.assetNodes.map(node => ({
        key: [...node.assetKey.path],
        checks: this.checksOf(node.assetChecksOrError),
      }));
    });
  }

  async getCheckHistories(
    key: string[],
    checkNames: string[],
    limit: number,
    options?: DagsterReadOptions,
  ): Promise<Map<string, DagsterCheckExecution[]>> {
    const names = [...new Set(checkNames)];
    const histories = new Map<string, DagsterCheckExecution[]>();
    if (names.length === 0) {
      return histories;
    }
    const variables: Record<string, unknown> = { key: { path: key }, limit };
    names.forEach((name, i) => {
      variables[`check${i}`] = name;
    });
    const data = await this.transport.request<AssetCheckHistoriesData>(
      assetCheckHistoriesQuery(names.length),
      variables,
      options,
    );
    names.forEach((name, i) => {
      histories.set(name, (data[`check${i}`] ?? []).map(toCheckExecution));
    });
    return histories;
  }

  /**
   * Launches a run of the given assets (`__ASSET_JOB` with an asset
   * selection) carrying `tags`. Sent once, never retried; a refusal throws
   * `DagsterRunLaunchError` (its `typename` names the LaunchRunResult
   * member), `DagsterPythonError` or `DagsterUnauthorizedError`.
   */
  launchAssetRun(
    input: DagsterLaunchAssetRunInput,
    options?: DagsterReadOptions,
  ): Promise<DagsterRun> {
    return launchAssetRun(this.transport, input, options);
  }

  /** The runs carrying the tag `key` = `value`, newest first. */
  runsByTag(
    key: string,
    value: string,
    options?: DagsterReadOptions,
  ): Promise<DagsterRun[]> {
    return runsByTag(this.transport, key, value, options);
  }

  /** One run; throws `DagsterRunNotFoundError` for an unknown id. */
  getRun(runId: string, options?: DagsterReadOptions): Promise<DagsterRun> {
    return getRun(this.transport, runId, options);
  }

  /** Every code location with its assets; see {@link DagsterClient.readWorkspace}. */
  readWorkspace(): Promise<DagsterWorkspace> {
    return readWorkspace(this);
  }

  private checksOf(result: AssetChecksOrErrorData): DagsterAssetCheck[] {
    if (result.__typename !== 'AssetChecks') {
      throw errorFromUnion(result, this.transport.redact);
    }
    return result.checks.map(toAssetCheck);
  }

  /** Runs `fetchBatch` over the unique keys in at most `maxBatches` batches, in order. */
  private async inBatches<R>(
    keys: string[][],
    fetchBatch: (variables: AssetKeysVariables) => Promise<R[]>,
  ): Promise<R[]> {
    const unique = [
      ...new Map(keys.map(key => [JSON.stringify(key), key])).values(),
    ];
    const batches = chunkInto(
      unique,
      this.options.batchSize ?? DEFAULTS.batchSize,
      this.options.maxBatches ?? DEFAULTS.maxBatches,
    );
    const results = await mapBounded(
      batches,
      this.options.concurrency ?? DEFAULTS.concurrency,
      batch => fetchBatch({ keys: batch.map(path => ({ path })) }),
    );
    return results.flat();
  }

  private async fetchDetails(keys: string[][]): Promise<DagsterAsset[]> {
    const variables: AssetDetailsVariables = {
      keys: keys.map(path => ({ path })),
    };
    const info = await this.getServerInfo();
    if (
      info.supportsKinds &&
      info.supportsColumnTags &&
      !this.currentQueryRejected
    ) {
      try {
        const data = await this.transport.request<AssetDetailsData>(
          ASSET_DETAILS_QUERY,
          variables,
        );
        return data.assetNodes.map(toDagsterAsset);
      } catch (error) {
        if (!isCurrentFieldRejection(error)) {
          throw error;
        }
        // A development build or a mislabelled server without `kinds` or
        // column tags: remember it and fall back for the rest of this
        // client's life.
        this.currentQueryRejected = true;
        const rejected = error.messages.join(' ');
        this.options.logger?.warn(
          `Dagster instance "${this.instanceId}" (version ${info.version}) rejected the current asset query (${rejected}); using the legacy asset query`,
        );
      }
    }
    const data = await this.transport.request<LegacyAssetDetailsData>(
      ASSET_DETAILS_LEGACY_QUERY,
      variables,
    );
    return data.assetNodes.map(toDagsterAsset);
  }
}
