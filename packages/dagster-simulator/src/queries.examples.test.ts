/* eslint-disable no-console */
import fs from 'node:fs';
import path from 'node:path';
import { OperationDefinitionNode, parse } from 'graphql';
import { loadDemoDataset } from './dataset/load';
import { DagsterSimulator, startDagsterSimulator } from './server/start';
import { postGraphql } from './testing/http';

const QUERIES_PATH = path.resolve(
  __dirname,
  '../../../../shared/contracts/dagster/QUERIES.md',
);
const hasQueries = fs.existsSync(QUERIES_PATH);
if (!hasQueries) {
  console.log(
    `${QUERIES_PATH} not found; the QUERIES.md example check is skipped.`,
  );
}

function examples(): Array<{
  name: string;
  source: string;
  operation: OperationDefinitionNode;
}> {
  const text = fs.readFileSync(QUERIES_PATH, 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map(m => {
    const operation = parse(m[1]).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    )!;
    return {
      name: operation.name?.value ?? '(anonymous)',
      source: m[1],
      operation,
    };
  });
}

const KEY = { path: ['claims', 'silver', 'payments_clean'] };

/** Values for the variable names the examples use; a new name fails the test. */
function variablesFor(operation: OperationDefinitionNode, runId: string) {
  const known: Record<string, unknown> = {
    key: KEY,
    keys: [KEY, { path: ['tax', 'silver', 'receipts_ledger'] }],
    check: 'payment_amount_positive',
    limit: 5,
    runId,
    policy: 'MARK_AS_CANCELED_IMMEDIATELY',
    filter: { statuses: ['SUCCESS', 'FAILURE'] },
    cursor: null,
    group: null,
    executionParams: {
      selector: {
        repositoryLocationName: 'benefit_claims',
        repositoryName: '__repository__',
        pipelineName: '__ASSET_JOB',
        assetSelection: [KEY],
      },
      runConfigData: {},
      executionMetadata: {
        tags: [{ key: 'backstage/requested-by', value: 'user:default/jane' }],
      },
    },
  };
  const variables: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (!(name in known))
      throw new Error(`No test value for $${name} in ${operation.name?.value}`);
    variables[name] = known[name];
  }
  return variables;
}

(hasQueries ? describe : describe.skip)(
  hasQueries
    ? 'QUERIES.md examples against the demo dataset'
    : `QUERIES.md examples (skipped: ${QUERIES_PATH} not found)`,
  () => {
    let sim: DagsterSimulator;
    let runId: string;
    beforeAll(async () => {
      sim = await startDagsterSimulator({
        dataset: loadDemoDataset(),
        runStepMs: 60_000,
      });
      const launched = await postGraphql(
        sim.graphqlUrl,
        'mutation { launchRun(executionParams: {selector: {repositoryLocationName: "road_safety", repositoryName: "__repository__", jobName: "__ASSET_JOB", assetSelection: [{path: ["road_safety", "gold", "collision_hotspots"]}]}}) { ... on LaunchRunSuccess { run { runId } } } }',
      );
      runId = launched.json.data.launchRun.run.runId;
    });
    afterAll(() => sim.stop());

    it('finds the examples', () => {
      expect(examples().length).toBeGreaterThanOrEqual(10);
    });

    const list = hasQueries ? examples() : [];
    it.each(list.map(e => [e.name, e]))(
      '%s runs without errors',
      async (_name, example) => {
        const answer = await postGraphql(
          sim.graphqlUrl,
          example.source,
          variablesFor(example.operation, runId),
        );
        expect(answer.json?.errors).toBeUndefined();
        expect(answer.status).toBe(200);
        const values = Object.values(answer.json.data) as any[];
        expect(
          values.filter(
            v => v === null || (Array.isArray(v) && v.length === 0),
          ),
        ).toEqual([]);
        // Happy-path variables must reach the success member of every union.
        const typenames = values.map(v => v.__typename).filter(Boolean);
        expect(
          typenames.filter(t =>
            /Error|NotFound|Invalid|Unauthorized|Failure/.test(t),
          ),
        ).toEqual([]);
      },
    );
  },
);
