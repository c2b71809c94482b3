import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { DagsterBackendClient } from '@internal/backstage-plugin-dagster-common';
import type { DagsterApi } from './DagsterApi';

/**
 * {@link DagsterApi} over HTTP: the contract's client with the browser's
 * discovery and fetch (fetchApi, not the global fetch, so the user's
 * Backstage token is attached).
 *
 * @public
 */
export class DagsterClient extends DagsterBackendClient implements DagsterApi {
  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    super({
      baseUrl: () => options.discoveryApi.getBaseUrl('dagster'),
      fetch: (url, init) => options.fetchApi.fetch(url, init),
    });
  }
}
