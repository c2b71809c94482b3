import { execFile } from 'node:child_process';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { promisify } from 'node:util';

const run = promisify(execFile);

/*
 * Helpers for the tests against the real Dagster webserver
 * (@internal/local-dagster): history made by real runs, the version the
 * venv installed, and a recording hop that shows what reached Dagster.
 */

/** Materialises every asset and check a module of an estate defines, `times` times, in-process. */
const MATERIALISE = `
import importlib, sys
import dagster as dg
sys.path.insert(0, ".")
module = importlib.import_module(sys.argv[1])
definitions = [v for v in vars(module).values() if isinstance(v, dg.AssetsDefinition)]
instance = dg.DagsterInstance.get()
for _ in range(int(sys.argv[2])):
    # A failing blocking check fails the run; that is the history we want.
    dg.materialize(definitions, instance=instance, raise_on_error=False)
`;

/**
 * Writes real history into a running Dagster's instance: runs, asset
 * materialisations and check executions, as `dagster asset materialize`
 * would, so the webserver answers them from its own storage.
 */
export async function materialise(options: {
  python: string;
  /** The folder of the estate's code (its module is imported from there). */
  cwd: string;
  /** The instance (`DAGSTER_HOME`) the webserver serves. */
  home: string;
  module: string;
  times: number;
}): Promise<void> {
  await run(
    options.python,
    ['-c', MATERIALISE, options.module, String(options.times)],
    {
      cwd: options.cwd,
      env: {
        ...process.env,
        DAGSTER_HOME: options.home,
        DAGSTER_DISABLE_TELEMETRY: '1',
        PYTHONDONTWRITEBYTECODE: '1',
      },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

/**
 * The GraphQL schema (SDL) a venv's dagster-graphql prints, without
 * blocking the event loop (unlike a synchronous child process).
 */
export async function printSchemaOf(python: string): Promise<string> {
  const { stdout } = await run(
    python,
    [
      '-c',
      'from dagster_graphql.schema import create_schema\nprint(create_schema())',
    ],
    {
      env: { ...process.env, DAGSTER_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout;
}

/** The dagster package version a venv's Python imports, e.g. `1.13.27`. */
export async function installedDagsterVersion(python: string): Promise<string> {
  const { stdout } = await run(
    python,
    ['-c', 'import dagster; print(dagster.__version__)'],
    { env: { ...process.env, DAGSTER_DISABLE_TELEMETRY: '1' } },
  );
  return stdout.trim();
}

/** A request as it reached the hop in front of Dagster. */
export interface ForwardedRequest {
  headers: http.IncomingHttpHeaders;
  operationName?: string;
}

/**
 * A plain HTTP hop in front of Dagster that records what it forwards, so a
 * test can see which headers and operations got through to the webserver.
 */
export async function startRecordingHop(target: string) {
  const upstream = new URL(target);
  const requests: ForwardedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let operationName: string | undefined;
      try {
        operationName = JSON.parse(body.toString('utf8')).operationName;
      } catch {
        operationName = undefined;
      }
      requests.push({ headers: req.headers, operationName });
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
          // A new connection each time: a pooled one the webserver has just
          // closed for idling would fail the request for the test's sake.
          agent: false,
        },
        answer => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      forward.end(body);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    requests,
    /** Operation names in the order they reached Dagster. */
    operations: () => requests.map(r => r.operationName),
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type RecordingHop = Awaited<ReturnType<typeof startRecordingHop>>;

/**
 * Posts one GraphQL operation as the client would, returning the raw
 * answer. Uses a new connection each time, like the hop above.
 */
export function postOperation(
  graphqlUrl: string,
  query: string,
  operationName: string,
  variables: object = {},
): Promise<{
  status: number;
  body: { data?: any; errors?: { message: string }[] };
}> {
  const payload = JSON.stringify({ query, variables, operationName });
  return new Promise((resolve, reject) => {
    const request = http.request(
      graphqlUrl,
      {
        method: 'POST',
        agent: false,
        timeout: 30_000,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      response => {
        const chunks: Buffer[] = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(payload);
  });
}
