import { loadDemoDataset } from '../dataset/load';
import { DagsterSimulator, startDagsterSimulator } from '../server/start';
import { T0, fixtureDataset } from '../testing/fixture';
import { queryData } from '../testing/http';

const CHECKS = `query ($key: AssetKeyInput!) {
  assetNodeOrError(assetKey: $key) { ... on AssetNode { hasAssetChecks assetChecksOrError { __typename ... on AssetChecks { checks {
    name description blocking canExecuteIndividually
    executionForLatestMaterialization { runId status timestamp evaluation { severity success description } }
  } } } } }
}`;

describe('asset checks', () => {
  let sim: DagsterSimulator;
  beforeAll(async () => {
    sim = await startDagsterSimulator({
      dataset: fixtureDataset(),
      rebaseTimestamps: false,
    });
  });
  afterAll(() => sim.stop());

  it('serves check definitions with the latest execution', async () => {
    const data = await queryData(sim.graphqlUrl, CHECKS, {
      key: { path: ['a', 'clean'] },
    });
    expect(data.assetNodeOrError.hasAssetChecks).toBe(true);
    expect(data.assetNodeOrError.assetChecksOrError).toEqual({
      __typename: 'AssetChecks',
      checks: [
        {
          name: 'not_empty',
          description: 'Rows must exist',
          blocking: true,
          canExecuteIndividually: 'CAN_EXECUTE',
          executionForLatestMaterialization: {
            runId: 'run-2',
            status: 'FAILED',
            timestamp: T0 + 200,
            evaluation: {
              severity: 'ERROR',
              success: false,
              description: 'No rows',
            },
          },
        },
      ],
    });
  });

  it('pages through history newest first with limit and cursor', async () => {
    const query = `query ($cursor: String) { assetCheckExecutions(assetKey: {path: ["a", "clean"]}, checkName: "not_empty", limit: 1, cursor: $cursor) { id runId status } }`;
    const first = await queryData(sim.graphqlUrl, query);
    expect(first.assetCheckExecutions).toEqual([
      expect.objectContaining({ runId: 'run-2', status: 'FAILED' }),
    ]);
    const second = await queryData(sim.graphqlUrl, query, {
      cursor: first.assetCheckExecutions[0].id,
    });
    expect(second.assetCheckExecutions).toEqual([
      expect.objectContaining({ runId: 'run-1', status: 'SUCCEEDED' }),
    ]);
  });

  it('rolls failed checks and runs up into asset health', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      `{ clean: assetOrError(assetKey: {path: ["a", "clean"]}) { ... on Asset { assetHealth { assetHealth materializationStatus assetChecksStatus freshnessStatus } } }
         report: assetOrError(assetKey: {path: ["b", "report"]}) { ... on Asset { assetHealth { assetHealth materializationStatus assetChecksStatus } } } }`,
    );
    expect(data.clean.assetHealth).toEqual({
      assetHealth: 'DEGRADED',
      materializationStatus: 'DEGRADED',
      assetChecksStatus: 'DEGRADED',
      freshnessStatus: 'NOT_APPLICABLE',
    });
    expect(data.report.assetHealth).toEqual({
      assetHealth: 'UNKNOWN',
      materializationStatus: 'UNKNOWN',
      assetChecksStatus: 'NOT_APPLICABLE',
    });
  });

  it('answers AssetCheckNotFoundError for an unknown check name', async () => {
    const data = await queryData(
      sim.graphqlUrl,
      '{ assetNodeOrError(assetKey: {path: ["a", "clean"]}) { ... on AssetNode { assetCheckOrError(checkName: "nope") { __typename } } } }',
    );
    expect(data.assetNodeOrError.assetCheckOrError.__typename).toBe(
      'AssetCheckNotFoundError',
    );
  });
});

describe('demo checks', () => {
  it('has several checks whose latest execution failed', async () => {
    const sim = await startDagsterSimulator({ dataset: loadDemoDataset() });
    try {
      const data = await queryData(
        sim.graphqlUrl,
        `{ assetNodes { assetKey { path } assetChecksOrError { ... on AssetChecks { checks { name
             executionForLatestMaterialization { status evaluation { severity } } } } } } }`,
      );
      const failed = data.assetNodes.flatMap((n: any) =>
        (n.assetChecksOrError.checks ?? [])
          .filter(
            (c: any) =>
              c.executionForLatestMaterialization?.status === 'FAILED',
          )
          .map(
            (c: any) =>
              `${n.assetKey.path.join('/')}:${c.name}:${
                c.executionForLatestMaterialization.evaluation.severity
              }`,
          ),
      );
      expect(failed).toEqual(
        expect.arrayContaining([
          'claims/silver/payments_clean:payment_amount_positive:ERROR',
          'education/silver/fsm_eligibility:parent_nino_hashed:ERROR',
          'road_safety/gold/killed_or_seriously_injured_trend:ksi_series_complete:WARN',
        ]),
      );
      expect(failed.length).toBeGreaterThanOrEqual(5);
    } finally {
      await sim.stop();
    }
  });
});
