import { DagsterSimulator, startDagsterSimulator } from './start';
import { fixtureDataset } from '../testing/fixture';
import { httpRequest, postGraphql } from '../testing/http';

describe('HTTP protocol', () => {
  let sim: DagsterSimulator;
  beforeAll(async () => {
    sim = await startDagsterSimulator({
      dataset: fixtureDataset(),
      rebaseTimestamps: false,
    });
  });
  afterAll(() => sim.stop());

  it('listens on loopback with a random port and names its URLs', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.graphqlUrl).toBe(`${sim.url}/graphql`);
  });

  it('answers a valid query with 200 and data', async () => {
    const answer = await postGraphql(sim.graphqlUrl, '{ version }');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ data: { version: '1.12.13' } });
  });

  it('rejects a query that fails validation with 400, messages and locations', async () => {
    const answer = await postGraphql(
      sim.graphqlUrl,
      '{\n  version\n  notAField\n}',
    );
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(answer.json.errors).toEqual([
      {
        message: 'Cannot query field "notAField" on type "Query".',
        locations: [{ line: 3, column: 3 }],
      },
    ]);
  });

  it('rejects a syntax error with 400', async () => {
    const answer = await postGraphql(sim.graphqlUrl, '{ version ');
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].message).toMatch(/^Syntax Error/);
    expect(answer.json.errors[0].locations).toEqual([{ line: 1, column: 11 }]);
  });

  it('rejects wrong variables with 400', async () => {
    const answer = await postGraphql(
      sim.graphqlUrl,
      'query ($id: ID!) { runOrError(runId: $id) { __typename } }',
      {},
    );
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].message).toContain('$id');
  });

  it('rejects a body that is not JSON, and a request without a query, with 400', async () => {
    const notJson = await httpRequest(sim.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json.errors[0].message).toBe(
      'Request body is not valid JSON.',
    );
    const noQuery = await httpRequest(sim.graphqlUrl, {
      method: 'POST',
      body: '{}',
    });
    expect(noQuery.status).toBe(400);
    expect(noQuery.json.errors[0].message).toBe(
      'No GraphQL query found in the request',
    );
  });

  it('serves queries over GET but refuses mutations there', async () => {
    const ok = await httpRequest(
      `${sim.graphqlUrl}?query=${encodeURIComponent('{ version }')}`,
    );
    expect(ok.status).toBe(200);
    expect(ok.json.data.version).toBe('1.12.13');
    const mutation = 'mutation { terminateRun(runId: "run-1") { __typename } }';
    const refused = await httpRequest(
      `${sim.graphqlUrl}?query=${encodeURIComponent(mutation)}`,
    );
    expect(refused.status).toBe(405);
  });

  it('accepts application/graphql bodies and picks the named operation', async () => {
    const raw = await httpRequest(sim.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/graphql' },
      body: '{ version }',
    });
    expect(raw.json.data.version).toBe('1.12.13');
    const named = await httpRequest(sim.graphqlUrl, {
      method: 'POST',
      body: JSON.stringify({
        query: 'query A { version } query B { canBulkTerminate }',
        operationName: 'B',
      }),
    });
    expect(named.json).toEqual({ data: { canBulkTerminate: true } });
  });

  it('answers /server_info like the webserver and 404 elsewhere', async () => {
    const info = await httpRequest(`${sim.url}/server_info`);
    expect(info.json.dagster_version).toBe('1.12.13');
    expect((await httpRequest(`${sim.url}/nothing`)).status).toBe(404);
  });

  it('counts GraphQL requests', async () => {
    const before = sim.requestCount();
    await postGraphql(sim.graphqlUrl, '{ version }');
    await httpRequest(`${sim.url}/server_info`);
    expect(sim.requestCount()).toBe(before + 1);
  });
});
