import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { DagsterNetworkError } from '../client';
import {
  data,
  startScriptedServer,
} from '../client/__testUtils__/scriptedServer';
import * as fixtures from '../client/__fixtures__/responses';
import {
  DagsterClientService,
  dagsterClientServiceRef,
} from './DagsterClientService';
import { readDagsterClientSettings } from './settings';

/** A plugin that keeps the Dagster client service it is given. */
function probe(pluginId: string, seen: DagsterClientService[]) {
  return createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: { dagster: dagsterClientServiceRef },
        async init({ dagster }) {
          seen.push(dagster);
        },
      });
    },
  });
}

describe('dagsterClientServiceRef', () => {
  it('gives every plugin the same clients, built once from dagster.instances and dagster.client', async () => {
    // Answers after five seconds: only the configured timeout can end it sooner.
    const slow = await startScriptedServer(() => ({
      ...data(fixtures.workspace),
      delayMs: 5_000,
    }));
    try {
      const seen: DagsterClientService[] = [];
      await startTestBackend({
        features: [
          probe('first', seen),
          probe('second', seen),
          mockServices.rootConfig.factory({
            data: {
              dagster: {
                instances: [{ id: 'analytics', graphqlUrl: slow.url }],
                client: { timeoutMs: 100, maxAttempts: 1, deadlineMs: 2_500 },
              },
            },
          }),
        ],
      });
      expect(seen).toHaveLength(2);
      const [dagster, other] = seen;
      expect(other).toBe(dagster);
      expect(dagster.instances.map(i => i.id)).toEqual(['analytics']);
      expect(dagster.settings).toEqual({
        timeoutMs: 100,
        maxAttempts: 1,
        deadlineMs: 2_500,
      });

      const client = dagster.forInstance('analytics');
      expect(other.forInstance('analytics')).toBe(client);
      const error = await client.listCodeLocations().catch(e => e);
      expect(error).toBeInstanceOf(DagsterNetworkError);
      expect(error.message).toMatch(
        /did not answer BsListCodeLocations within 100 ms/,
      );
      expect(client.requestCount).toBe(1);

      expect(() => dagster.forInstance('prod')).toThrow(
        'Dagster instance "prod" is not configured (dagster.instances)',
      );
    } finally {
      await slow.close();
    }
  });
});

describe('readDagsterClientSettings', () => {
  const read = (client: object) =>
    readDagsterClientSettings(new ConfigReader({ dagster: { client } }));

  it('keeps the client defaults for unset keys and a 10 s answer deadline', () => {
    expect(readDagsterClientSettings(new ConfigReader({}))).toEqual({
      timeoutMs: undefined,
      maxAttempts: undefined,
      baseDelayMs: undefined,
      deadlineMs: 10_000,
    });
  });

  it.each([
    [
      { timeoutMs: 0 },
      'dagster.client.timeoutMs must be a positive number, not 0',
    ],
    [
      { deadlineMs: -5 },
      'dagster.client.deadlineMs must be a positive number, not -5',
    ],
    [
      { maxAttempts: 2.5 },
      'dagster.client.maxAttempts must be a positive whole number, not 2.5',
    ],
  ])('refuses %j at start-up, naming the key', (client, message) => {
    expect(() => read(client)).toThrow(message);
  });
});
