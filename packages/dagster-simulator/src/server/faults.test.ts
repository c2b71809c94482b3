import { DagsterSimulator, startDagsterSimulator } from './start';
import { parseFaults } from './faults';
import { fixtureDataset } from '../testing/fixture';
import { httpRequest, postGraphql, queryData } from '../testing/http';

describe('fault knobs', () => {
  let sim: DagsterSimulator;
  beforeEach(async () => {
    sim = await startDagsterSimulator({
      dataset: fixtureDataset(),
      rebaseTimestamps: false,
    });
  });
  afterEach(() => sim.stop());

  const admin = (body: unknown, method = 'POST') =>
    httpRequest(`${sim.url}/__simulator/faults`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('delays answers by latencyMs', async () => {
    sim.setFaults({ latencyMs: 150 });
    const started = Date.now();
    expect((await postGraphql(sim.graphqlUrl, '{ version }')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers 5xx for every request at errorRate 1, with JSON and non-JSON bodies', async () => {
    sim.setFaults({ errorRate: 1 });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        postGraphql(sim.graphqlUrl, '{ version }'),
      ),
    );
    const statuses = new Set(answers.map(a => a.status));
    expect([...statuses].every(s => [500, 502, 503].includes(s))).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
    expect(answers.some(a => a.json === undefined)).toBe(true);
    expect(answers.some(a => a.json !== undefined)).toBe(true);
  });

  it('fails a reproducible share of requests for a seed', async () => {
    const sequence = async () => {
      sim.setFaults({ errorRate: 0.5, errorSeed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++)
        statuses.push(
          (await postGraphql(sim.graphqlUrl, '{ version }')).status,
        );
      return statuses;
    };
    const first = await sequence();
    expect(await sequence()).toEqual(first);
    const failures = first.filter(s => s !== 200).length;
    expect(failures).toBeGreaterThan(3);
    expect(failures).toBeLessThan(17);
  });

  it('drops connections while down but keeps the admin endpoint up', async () => {
    const downAnswer = await admin({ down: true });
    expect(downAnswer.json.down).toBe(true);
    await expect(postGraphql(sim.graphqlUrl, '{ version }')).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
    await admin({ down: false });
    expect((await postGraphql(sim.graphqlUrl, '{ version }')).status).toBe(200);
  });

  it('answers 200 with text that is not GraphQL when garbage is set', async () => {
    sim.setFaults({ garbage: true });
    const answer = await postGraphql(sim.graphqlUrl, '{ version }');
    expect(answer.status).toBe(200);
    expect(answer.json).toBeUndefined();
    expect(answer.headers['content-type']).toMatch(/text\/html/);
  });

  it('answers 429 with Retry-After when status429 is set', async () => {
    sim.setFaults({ status429: true });
    const answer = await postGraphql(sim.graphqlUrl, '{ version }');
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('1');
  });

  it('sets location errors over HTTP, reports faults, validates input and resets', async () => {
    await admin({ locationErrors: { alpha: 'boom' } });
    const data = await queryData(
      sim.graphqlUrl,
      '{ workspaceOrError { ... on Workspace { locationEntries { name locationOrLoadError { __typename } } } } }',
    );
    expect(
      data.workspaceOrError.locationEntries[0].locationOrLoadError.__typename,
    ).toBe('PythonError');
    expect((await admin(undefined, 'GET')).json.locationErrors).toEqual({
      alpha: 'boom',
    });
    expect((await admin({ errorRate: 2 })).status).toBe(400);
    expect((await admin({ wobble: true })).json.error).toBe(
      'unknown fault "wobble"',
    );
    const reset = await admin(undefined, 'DELETE');
    expect(reset.json.locationErrors).toEqual({});
    expect(sim.faults().locationErrors).toEqual({});
  });

  it('counts faulted GraphQL requests but not admin calls', async () => {
    sim.setFaults({ status429: true });
    await postGraphql(sim.graphqlUrl, '{ version }');
    await admin(undefined, 'GET');
    expect(sim.requestCount()).toBe(1);
  });

  it('starts with the faults given at start', async () => {
    const other = await startDagsterSimulator({
      dataset: fixtureDataset(),
      faults: { status429: true },
    });
    try {
      expect((await postGraphql(other.graphqlUrl, '{ version }')).status).toBe(
        429,
      );
    } finally {
      await other.stop();
    }
  });
});

describe('parseFaults', () => {
  it('accepts known faults and rejects bad values', () => {
    expect(parseFaults({ latencyMs: 5, down: false })).toEqual({
      latencyMs: 5,
      down: false,
    });
    expect(parseFaults([])).toBe('faults must be a JSON object');
    expect(parseFaults({ latencyMs: -1 })).toBe(
      'latencyMs must be a non-negative number',
    );
    expect(parseFaults({ locationErrors: { a: 1 } })).toBe(
      'locationErrors must map location names to messages',
    );
  });
});
