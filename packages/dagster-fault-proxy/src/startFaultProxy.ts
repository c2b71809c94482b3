import http, { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { answerWithFault } from './answers';
import { Faults, NO_FAULTS, parseFaults, Prng } from './faults';

/** Options of {@link startFaultProxy}. @public */
export interface FaultProxyOptions {
  /** Base URL of the real Dagster webserver, e.g. `http://127.0.0.1:3100`. */
  target: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  host?: string;
  faults?: Partial<Faults>;
}

/** A running proxy. @public */
export interface FaultProxy {
  /** Base URL of the proxy; Dagster's paths work under it. */
  url: string;
  /** `<url>/graphql`. */
  graphqlUrl: string;
  setFaults(faults: Partial<Faults>): void;
  faults(): Faults;
  /** Requests received for Dagster (faulted ones included; the admin path not). */
  requestCount(): number;
  stop(): Promise<void>;
}

const ADMIN_PATH = '/__faults';

/**
 * Starts an HTTP proxy in front of a real Dagster webserver that passes every
 * request through unchanged unless a fault says otherwise.
 *
 * @public
 */
export async function startFaultProxy(
  options: FaultProxyOptions,
): Promise<FaultProxy> {
  const target = new URL(options.target);
  let faults: Faults = { ...NO_FAULTS, ...options.faults };
  let prng = new Prng(faults.errorSeed);
  let count = 0;
  const held = new Set<NodeJS.Timeout>();
  const setFaults = (update: Partial<Faults>) => {
    faults = { ...faults, ...update };
    if (update.errorSeed !== undefined || update.errorRate !== undefined) {
      prng = new Prng(faults.errorSeed);
    }
  };

  const server = http.createServer((req, res) => {
    if (req.url?.startsWith(ADMIN_PATH)) {
      admin(req, res, () => faults, setFaults);
      return;
    }
    count += 1;
    if (faults.down) {
      req.socket.destroy();
      return;
    }
    const pass = () => {
      if (!answerWithFault(res, faults, prng)) forward(req, res, target);
    };
    if (faults.latencyMs > 0) {
      // A client that gives up while the request is held back is not
      // answered later, and stop() does not wait for held requests.
      const timer = setTimeout(() => {
        held.delete(timer);
        pass();
      }, faults.latencyMs);
      held.add(timer);
      res.once('close', () => {
        clearTimeout(timer);
        held.delete(timer);
      });
    } else pass();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () =>
      resolve(),
    );
  });
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    setFaults,
    faults: () => ({ ...faults }),
    requestCount: () => count,
    stop: () =>
      new Promise<void>(resolve => {
        held.forEach(timer => clearTimeout(timer));
        held.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forward(req: IncomingMessage, res: ServerResponse, target: URL) {
  const upstream = http.request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
    },
    answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('Dagster is unreachable');
  });
  req.pipe(upstream);
}

function admin(
  req: IncomingMessage,
  res: ServerResponse,
  current: () => Faults,
  setFaults: (f: Partial<Faults>) => void,
) {
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.method === 'GET') {
    json(200, current());
    return;
  }
  if (req.method === 'DELETE') {
    setFaults({ ...NO_FAULTS });
    json(200, current());
    return;
  }
  if (req.method !== 'POST') {
    json(405, { error: 'use GET, POST or DELETE' });
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', chunk => {
    body += chunk;
  });
  req.on('end', () => {
    let parsed: Partial<Faults> | string;
    try {
      parsed = parseFaults(JSON.parse(body || '{}'));
    } catch {
      parsed = 'body must be JSON';
    }
    if (typeof parsed === 'string') {
      json(400, { error: parsed });
      return;
    }
    setFaults(parsed);
    json(200, current());
  });
}
