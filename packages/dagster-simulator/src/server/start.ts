import http, { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Dataset } from '../dataset/types';
import { Prng } from '../dataset/prng';
import { rebaseDataset } from '../dataset/rebase';
import { SimulatorStore } from '../store/store';
import { DEFAULT_DAGSTER_VERSION } from '../resolvers/workspace';
import { Faults, NO_FAULTS, parseFaults } from './faults';
import { answerWithFault } from './faultResponses';
import { GraphqlRequest, handleGraphql } from './graphqlHandler';
import { readBody, sendJson, sendText, sleep } from './httpUtil';

/** Options of {@link startDagsterSimulator}. @public */
export interface DagsterSimulatorOptions {
  dataset: Dataset;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to 127.0.0.1. */
  host?: string;
  /** Faults active from the start. */
  faults?: Partial<Faults>;
  /** How long each phase of a launched run takes, in ms (default 1000). */
  runStepMs?: number;
  /**
   * Move the dataset's times so that its `referenceTime` falls within the
   * last day (default true). Turn off to serve the dataset's times verbatim.
   */
  rebaseTimestamps?: boolean;
  /** Clock in epoch ms; tests may pass a fake one. Defaults to `Date.now`. */
  now?: () => number;
}

/** A running simulator. @public */
export interface DagsterSimulator {
  /** Base URL, e.g. `http://127.0.0.1:3100`. */
  url: string;
  /** `<url>/graphql`. */
  graphqlUrl: string;
  /** Changes some faults; the others keep their values. */
  setFaults(faults: Partial<Faults>): void;
  /** The faults now in force. */
  faults(): Faults;
  /** Number of requests received on `/graphql` (faulted ones included). */
  requestCount(): number;
  stop(): Promise<void>;
}

/**
 * Starts a local HTTP server that answers Dagster GraphQL (`/graphql`) from
 * a dataset. It is a simulator for demos and tests, not Dagster.
 *
 * @public
 */
export async function startDagsterSimulator(
  options: DagsterSimulatorOptions,
): Promise<DagsterSimulator> {
  const now = options.now ?? Date.now;
  const dataset =
    options.rebaseTimestamps === false
      ? options.dataset
      : rebaseDataset(options.dataset, now());
  let faults: Faults = { ...NO_FAULTS, ...options.faults };
  let prng = new Prng(faults.errorSeed);
  let count = 0;
  const store = new SimulatorStore(dataset, {
    runStepMs: options.runStepMs ?? 1000,
    faults: () => faults,
  });

  const setFaults = (update: Partial<Faults>) => {
    faults = { ...faults, ...update };
    if (update.errorSeed !== undefined || update.errorRate !== undefined) {
      prng = new Prng(faults.errorSeed);
    }
  };

  async function admin(req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'POST') {
      let parsed: Partial<Faults> | string;
      try {
        parsed = parseFaults(JSON.parse((await readBody(req)) || '{}'));
      } catch {
        parsed = 'body must be JSON';
      }
      if (typeof parsed === 'string')
        return sendJson(res, 400, { error: parsed });
      setFaults(parsed);
    } else if (req.method === 'DELETE') {
      faults = { ...NO_FAULTS };
      prng = new Prng(faults.errorSeed);
    } else if (req.method !== 'GET') {
      return sendJson(res, 405, { error: 'use GET, POST or DELETE' });
    }
    return sendJson(res, 200, faults);
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL) {
    let request: GraphqlRequest;
    if (req.method === 'POST') {
      const text = await readBody(req);
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/graphql')) {
        request = { query: text };
      } else {
        try {
          request = JSON.parse(text);
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: 'Request body is not valid JSON.' }],
          });
        }
        if (typeof request !== 'object' || request === null) {
          return sendJson(res, 400, {
            errors: [{ message: 'Request body must be a JSON object.' }],
          });
        }
      }
    } else if (req.method === 'GET') {
      const p = url.searchParams;
      request = {
        query: p.get('query') ?? undefined,
        variables: p.get('variables') ?? undefined,
        operationName: p.get('operationName') ?? undefined,
      };
    } else {
      return sendJson(res, 405, { errors: [{ message: 'Use GET or POST.' }] });
    }
    const nowMs = now();
    store.tick(nowMs);
    const method = req.method === 'GET' ? 'GET' : 'POST';
    const answer = await handleGraphql(request, { store, nowMs }, method);
    return sendJson(res, answer.status, answer.body);
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://simulator');
    if (url.pathname === '/__simulator/faults') return admin(req, res);
    const isGraphql = url.pathname === '/graphql';
    if (isGraphql) count += 1;
    if (faults.down) {
      req.socket.destroy();
      return undefined;
    }
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (answerWithFault(res, faults, prng)) return undefined;
    if (isGraphql) return graphql(req, res, url);
    if (url.pathname === '/server_info') {
      const version = dataset.dagsterVersion ?? DEFAULT_DAGSTER_VERSION;
      return sendJson(res, 200, {
        dagster_webserver_version: version,
        dagster_version: version,
        dagster_graphql_version: version,
      });
    }
    return sendText(res, 404, 'Not Found');
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch(error => {
      if (!res.headersSent)
        sendText(res, 500, `Internal Server Error: ${error}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const bound =
    address.address === '0.0.0.0' || address.address === '::'
      ? '127.0.0.1'
      : address.address;
  const host = bound.includes(':') ? `[${bound}]` : bound;
  const url = `http://${host}:${address.port}`;

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    setFaults,
    faults: () => faults,
    requestCount: () => count,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
