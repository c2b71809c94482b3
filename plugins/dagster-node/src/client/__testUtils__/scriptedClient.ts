import { DagsterGraphQLClient } from '../DagsterGraphQLClient';
import { DagsterClientOptions } from '../model';
import {
  recordingLogger,
  Script,
  ScriptedServer,
  startScriptedServer,
} from './scriptedServer';

/** The token the transport tests configure, to look for in logs and errors. */
export const TOKEN = 'tok-S3CRET-1234567890';

/**
 * Starts a scripted server per call and a client pointed at it (tiny
 * backoff, 3 attempts, a token); every server is closed after each test.
 */
export function useScriptedClients() {
  let servers: ScriptedServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map(s => s.close()));
    servers = [];
  });
  return async function clientFor(
    script: Script,
    options: Partial<DagsterClientOptions> = {},
  ) {
    const server = await startScriptedServer(script);
    servers.push(server);
    const log = recordingLogger();
    const client = DagsterGraphQLClient.create({
      instance: {
        id: 'analytics',
        graphqlUrl: server.url,
        webUrl: 'http://ui',
        token: TOKEN,
      },
      logger: log.logger,
      baseDelayMs: 1,
      maxAttempts: 3,
      timeoutMs: 2_000,
      ...options,
    });
    return { client, server, lines: log.lines };
  };
}
