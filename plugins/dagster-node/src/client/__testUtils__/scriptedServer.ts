import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A request as the scripted server saw it. */
export interface SeenRequest {
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: { query?: string; variables?: any; operationName?: string } | undefined;
}

/** What the script answers; `delayMs` holds the answer back (for timeouts). */
export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  delayMs?: number;
}

export type Script = (request: SeenRequest, index: number) => ScriptedReply;

/** A GraphQL success answer. */
export const data = (payload: unknown): ScriptedReply => ({
  body: { data: payload },
});

/** Answers by operation name; an unscripted operation gets a 418 (not retried). */
export function byOperation(
  replies: Record<string, (request: SeenRequest) => ScriptedReply>,
): Script {
  return request => {
    const reply = replies[request.body?.operationName ?? ''];
    return reply
      ? reply(request)
      : { status: 418, body: 'unscripted operation' };
  };
}

/** Answers in turn, repeating the last answer once the list runs out. */
export function inTurn(...replies: ScriptedReply[]): Script {
  return (_request, index) => replies[Math.min(index, replies.length - 1)];
}

/**
 * A real HTTP server on 127.0.0.1 with a random port, so the tests go
 * through Node's fetch, sockets and timeouts exactly as production does.
 */
export async function startScriptedServer(script: Script) {
  const requests: SeenRequest[] = [];
  const load = { inFlight: 0, maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    load.maxInFlight = Math.max(load.maxInFlight, ++load.inFlight);
    res.on('close', () => load.inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: SeenRequest['body'];
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const seen = { headers: req.headers, raw, body };
      const index = requests.push(seen) - 1;
      let reply: ScriptedReply;
      try {
        reply = script(seen, index);
      } catch (error) {
        reply = { status: 418, body: `script failed: ${error}` };
      }
      const send = () => {
        if (res.destroyed) return;
        const text =
          typeof reply.body === 'string'
            ? reply.body
            : JSON.stringify(reply.body ?? null);
        res.writeHead(reply.status ?? 200, {
          'content-type':
            typeof reply.body === 'string' ? 'text/html' : 'application/json',
          ...reply.headers,
        });
        res.end(text);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    /** The most requests the server was answering at the same time. */
    maxInFlight: () => load.maxInFlight,
    /** Operation names in the order the server received them. */
    operations: () => requests.map(r => r.body?.operationName),
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ScriptedServer = Awaited<ReturnType<typeof startScriptedServer>>;

/** A logger that keeps every line, to check what would reach the logs. */
export function recordingLogger() {
  const lines: string[] = [];
  const record = (level: string) => (message: string, meta?: object) => {
    lines.push(`${level} ${message} ${meta ? JSON.stringify(meta) : ''}`);
  };
  return {
    lines,
    logger: {
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
    },
  };
}
