import { chunk, mapBounded } from './batch';
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
  DagsterAssetLatestInfo,
  DagsterAssetReadClient,
  DagsterCheckExecution,
  DagsterClient,
  DagsterClientOptions,
  DagsterCodeLocation,
  DagsterGetAssetsOptions,
  DagsterLineageNode,
  DagsterRepositoryRef,
  DagsterWorkspace,
} from './model';
import { toCodeLocation, toDagsterAsset } from './normalize';
import { readWorkspace } from './readWorkspace';
import {
  ASSET_CHECK_HISTORY_QUERY,
  ASSET_CHECKS_QUERY,
  ASSET_LINEAGE_QUERY,
  ASSETS_LATEST_INFO_QUERY,
  ASSET_DETAILS_LEGACY_QUERY,
  ASSET_DETAILS_QUERY,
  LIST_CODE_LOCATIONS_QUERY,
  REPOSITORY_ASSET_KEYS_QUERY,
  SERVER_VERSION_QUERY,
} from './operations';
import { GraphQLTransport } from './transport';
import {
  AssetCheckHistoryData,
  AssetChecksData,
  AssetKeysVariables,
  AssetLineageData,
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
  async probeServerInfo(): Promise<DagsterServerInfo> {
    const data = await this.transport.request<ServerVersionData>(
      SERVER_VERSION_QUERY,
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

  async listCodeLocations(): Promise<DagsterCodeLocation[]> {
    const data = await this.transport.request<ListCodeLocationsData>(
      LIST_CODE_LOCATIONS_QUERY,
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

  async getLineageNodes(keys: string[][]): Promise<DagsterLineageNode[]> {
    return this.inBatches(keys, async variables => {
      const data = await this.transport.request<AssetLineageData>(
        ASSET_LINEAGE_QUERY,
        variables,
      );
      return data.assetNodes.map(toLineageNode);
    });
  }

  async getLatestInfo(keys: string[][]): Promise<DagsterAssetLatestInfo[]> {
    return this.inBatches(keys, async variables => {
      const data = await this.transport.request<AssetsLatestInfoData>(
        ASSETS_LATEST_INFO_QUERY,
        variables,
      );
      return data.assetsLatestInfo.map(toLatestInfo);
    });
  }

  async getAssetChecks(key: string[]): Promise<DagsterAssetCheck[]> {
    const data = await this.transport.request<AssetChecksData>(
      ASSET_CHECKS_QUERY,
      { key: { path: key } },
    );
    const node = data.assetNodeOrError;
    if (node.__typename !== 'AssetNode') {
      throw errorFromUnion(node, this.transport.redact);
    }
    const checks = node.assetChecksOrError;
    if (checks.__typename !== 'AssetChecks') {
      throw errorFromUnion(checks, this.transport.redact);
    }
    return checks.checks.map(toAssetCheck);
  }

  async getCheckExecutions(
    key: string[],
    checkName: string,
    limit: number,
  ): Promise<DagsterCheckExecution[]> {
    const data = await this.transport.request<AssetCheckHistoryData>(
      ASSET_CHECK_HISTORY_QUERY,
      { key: { path: key }, check: checkName, limit },
    );
    return data.assetCheckExecutions.map(toCheckExecution);
  }

  /** Every code location with its assets; see {@link DagsterClient.readWorkspace}. */
  readWorkspace(): Promise<DagsterWorkspace> {
    return readWorkspace(this);
  }

  /** Runs `fetchBatch` over the unique keys in bounded batches, in order. */
  private async inBatches<R>(
    keys: string[][],
    fetchBatch: (variables: AssetKeysVariables) => Promise<R[]>,
  ): Promise<R[]> {
    const unique = [
      ...new Map(keys.map(key => [JSON.stringify(key), key])).values(),
    ];
    const batches = chunk(unique, this.options.batchSize ?? DEFAULTS.batchSize);
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
