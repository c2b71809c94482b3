import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, execute, GraphQLSchema, parse, validate } from 'graphql';
import {
  printDagsterSchema,
  startTestEstate,
  TestEstate,
  venvBin,
} from '@internal/local-dagster';
import {
  toAssetCheck,
  toCheckExecution,
  toLatestInfo,
  toLineageNode,
} from './assetReads';
import { toCodeLocation, toDagsterAsset } from './normalize';
import {
  ALL_OPERATIONS,
  assetCheckHistoriesQuery,
  operationNameOf,
} from './operations';
import { interpretServerVersion } from './version';
import * as fixtures from './__fixtures__/responses';
import {
  installedDagsterVersion,
  materialise,
  postOperation,
} from './__testUtils__/realDagster';
import {
  byKey,
  CHECK,
  CLAIMANTS,
  EXPECTED_ASSETS,
  ISO,
  lineageNodeOf,
  RAW,
  RUN_ID,
  SPEND,
  TEST_ESTATE_SOURCE,
} from './__testUtils__/testEstate';
import {
  AssetCheckHistoriesData,
  AssetChecksData,
  AssetsChecksData,
  AssetDetailsData,
  AssetGraphData,
  AssetsLatestInfoData,
  LegacyAssetDetailsData,
  ListCodeLocationsData,
  RepositoryAssetKeysData,
  ServerVersionData,
} from './types';
import { LaunchAssetRunData, RunOrErrorData, RunsByTagData } from './runTypes';
import { ASSET_JOB } from './runs';

/*
 * Every operation the client can send, checked against the real Dagster of
 * .tools/venv: validated against the schema its dagster-graphql prints, and
 * executed by its webserver on the test estate (with real run and check
 * history), the answers run through the client's normalisers. A query that
 * drifts from the API, or a wire type that disagrees with what Dagster
 * sends, fails here instead of against a deployment.
 */

jest.setTimeout(60_000);

const KEYS = [RAW, CLAIMANTS, SPEND].map(key => ({ path: key }));

/** The member of a union answer with the given `__typename`. */
type Only<U, Name extends string> = Extract<U, { __typename: Name }>;
const identity = (text: string) => text;

const WITHOUT_COLUMN_TAGS = Object.fromEntries(
  Object.entries(EXPECTED_ASSETS).map(([key, asset]) => [
    key,
    { ...asset, columns: asset.columns.map(c => ({ ...c, tags: [] })) },
  ]),
);

/** Each asset's checks as the client reads them, or the error member's type. */
function checksByAsset(data: AssetsChecksData) {
  return Object.fromEntries(
    data.assetNodes.map(({ assetKey, assetChecksOrError: checks }) => [
      assetKey.path.join('/'),
      checks.__typename === 'AssetChecks'
        ? checks.checks.map(toAssetCheck)
        : checks.__typename,
    ]),
  );
}

/**
 * Per operation: real variables for the test estate, and what the answer
 * must normalise to. `data` is typed by the wire types the client uses.
 */
const LIVE: Record<
  string,
  {
    variables?: object;
    expectAnswer: (data: any, context: { version: string }) => void;
  }
> = {
  BsServerVersion: {
    expectAnswer: (data: ServerVersionData, { version }) => {
      const [major, minor, patch] = version.split('.').map(Number);
      expect(interpretServerVersion(data.version)).toEqual({
        version,
        release: { major, minor, patch },
        supportsKinds: true,
        supportsColumnTags: true,
      });
    },
  },
  BsListCodeLocations: {
    expectAnswer: (data: ListCodeLocationsData) => {
      expect(data.workspaceOrError.__typename).toBe('Workspace');
      const workspace = data.workspaceOrError as Only<
        ListCodeLocationsData['workspaceOrError'],
        'Workspace'
      >;
      for (const entry of workspace.locationEntries) {
        expect(entry.updatedTimestamp).toEqual(expect.any(Number));
      }
      expect(
        workspace.locationEntries.map(e => toCodeLocation(e, identity)),
      ).toEqual(
        ['benefit_claims', 'finance'].map(name => ({
          name,
          loadStatus: 'LOADED',
          repositories: [{ name: '__repository__' }],
        })),
      );
    },
  },
  BsRepositoryAssetKeys: {
    variables: {
      repositoryLocationName: 'benefit_claims',
      repositoryName: '__repository__',
    },
    expectAnswer: (data: RepositoryAssetKeysData) => {
      expect(data.repositoryOrError.__typename).toBe('Repository');
      const repository = data.repositoryOrError as Only<
        RepositoryAssetKeysData['repositoryOrError'],
        'Repository'
      >;
      expect(
        repository.assetNodes.map(n => n.assetKey.path.join('/')).sort(),
      ).toEqual(['claims/claimants', 'claims/raw_claims']);
    },
  },
  BsAssetDetails: {
    variables: { keys: KEYS },
    expectAnswer: (data: AssetDetailsData) => {
      for (const node of data.assetNodes) {
        expect(node).toMatchObject({
          id: expect.any(String),
          isMaterializable: node.assetKey.path[0] === 'claims',
          partitionDefinition: null,
        });
      }
      expect(byKey(data.assetNodes.map(toDagsterAsset))).toEqual(
        EXPECTED_ASSETS,
      );
    },
  },
  BsAssetDetailsLegacy: {
    variables: { keys: KEYS },
    // A current server answers the legacy query too: kinds come out the
    // same from the dagster/kind/* tags; only column tags are not asked.
    expectAnswer: (data: LegacyAssetDetailsData) => {
      expect(byKey(data.assetNodes.map(toDagsterAsset))).toEqual(
        WITHOUT_COLUMN_TAGS,
      );
    },
  },
  BsAssetGraph: {
    expectAnswer: (data: AssetGraphData) => {
      // Every asset once, claims/claimants under the location that defines
      // it although finance lists it too.
      expect(data.assetNodes).toHaveLength(3);
      const nodes = byKey(data.assetNodes.map(toLineageNode));
      expect(Object.keys(nodes).sort()).toEqual(
        Object.keys(EXPECTED_ASSETS).sort(),
      );
      for (const [key, asset] of Object.entries(EXPECTED_ASSETS)) {
        expect(nodes[key]).toEqual(lineageNodeOf(asset));
      }
    },
  },
  BsAssetsLatestInfo: {
    variables: { keys: KEYS },
    expectAnswer: (data: AssetsLatestInfoData) => {
      const infos = byKey(data.assetsLatestInfo.map(toLatestInfo));
      expect(infos).toEqual({
        'claims/raw_claims': {
          key: RAW,
          lastMaterializedAt: expect.stringMatching(ISO),
          lastMaterializationRunId: expect.stringMatching(RUN_ID),
          lastRunId: expect.stringMatching(RUN_ID),
          lastRunStatus: 'FAILURE',
          inProgressRunIds: [],
        },
        'claims/claimants': {
          key: CLAIMANTS,
          lastMaterializedAt: expect.stringMatching(ISO),
          lastMaterializationRunId: expect.stringMatching(RUN_ID),
          lastRunId: expect.stringMatching(RUN_ID),
          lastRunStatus: 'FAILURE',
          inProgressRunIds: [],
        },
        'finance/spend by region': { key: SPEND, inProgressRunIds: [] },
      });
    },
  },
  BsAssetChecks: {
    variables: { key: { path: CLAIMANTS } },
    expectAnswer: (data: AssetChecksData) => {
      expect(data.assetNodeOrError).toMatchObject({
        __typename: 'AssetNode',
        assetChecksOrError: { __typename: 'AssetChecks' },
      });
      const node = data.assetNodeOrError as Only<
        AssetChecksData['assetNodeOrError'],
        'AssetNode'
      >;
      const checks = node.assetChecksOrError as Only<
        typeof node.assetChecksOrError,
        'AssetChecks'
      >;
      expect(checks.checks.map(toAssetCheck)).toEqual([
        {
          name: CHECK,
          description: null,
          blocking: true,
          latestExecution: {
            id: expect.any(String),
            runId: expect.stringMatching(RUN_ID),
            status: 'FAILED',
            timestamp: expect.stringMatching(ISO),
            evaluation: {
              severity: 'ERROR',
              success: false,
              description: null,
            },
          },
        },
      ]);
    },
  },
  BsAssetsChecks: {
    variables: { keys: [...KEYS, { path: ['no', 'such'] }] },
    expectAnswer: (data: AssetsChecksData) => {
      expect(checksByAsset(data)).toEqual({
        'claims/raw_claims': [],
        'claims/claimants': [
          expect.objectContaining({
            name: CHECK,
            latestExecution: expect.objectContaining({ status: 'FAILED' }),
          }),
        ],
        'finance/spend by region': [],
      });
    },
  },
  BsAssetCheckHistories: {
    variables: {
      key: { path: CLAIMANTS },
      limit: 5,
      check0: CHECK,
      check1: 'no_such_check',
    },
    expectAnswer: (data: AssetCheckHistoriesData) => {
      for (const execution of data.check0) {
        // Epoch seconds, which toCheckExecution expects.
        expect(execution.timestamp).toBeGreaterThan(1.6e9);
        expect(execution.timestamp).toBeLessThan(1e11);
      }
      expect(data.check0.map(toCheckExecution)).toEqual([
        {
          id: expect.any(String),
          runId: expect.stringMatching(RUN_ID),
          status: 'FAILED',
          timestamp: expect.stringMatching(ISO),
          evaluation: { severity: 'ERROR', success: false, description: null },
        },
      ]);
      expect(data.check1).toEqual([]);
    },
  },
  // A real launch (and the run it makes) is tested on the demo estate by
  // the Dagster dispatcher's test; here a refused one, which launches nothing.
  BsLaunchAssetRun: {
    variables: {
      executionParams: {
        selector: {
          jobName: ASSET_JOB,
          repositoryLocationName: 'benefit_claims',
          repositoryName: '__repository__',
          assetSelection: [{ path: ['no', 'such_asset'] }],
        },
        executionMetadata: { tags: [{ key: 'portal/test', value: 'x' }] },
      },
    },
    expectAnswer: (data: LaunchAssetRunData) => {
      expect(data.launchRun).toEqual({
        __typename: 'InvalidSubsetError',
        message: expect.stringContaining("AssetKey(s) ['no/such_asset']"),
      });
    },
  },
  // The test estate's runs are made in-process without tags; the run shape
  // itself is checked on real runs by the Dagster dispatcher's test.
  BsRunsByTag: {
    variables: { key: 'dagster-portal/request-id', value: 'never-dispatched' },
    expectAnswer: (data: RunsByTagData) => {
      expect(data.runsOrError).toEqual({ __typename: 'Runs', results: [] });
    },
  },
  BsRun: {
    variables: { runId: '00000000-0000-0000-0000-000000000000' },
    expectAnswer: (data: RunOrErrorData) => {
      expect(data.runOrError).toEqual({
        __typename: 'RunNotFoundError',
        runId: '00000000-0000-0000-0000-000000000000',
        message: expect.stringContaining('could not be found'),
      });
    },
  },
};

/** One typed example answer per operation, for the round trip over the schema. */
const EXAMPLES: Record<string, { variables?: object; data: unknown }> = {
  BsServerVersion: { data: fixtures.serverVersion() },
  BsListCodeLocations: { data: fixtures.workspace },
  BsRepositoryAssetKeys: {
    variables: {
      repositoryLocationName: 'analytics',
      repositoryName: '__repository__',
    },
    data: fixtures.assetKeys([['sales', 'orders']]),
  },
  BsAssetDetails: {
    variables: { keys: [{ path: ['sales', 'orders'] }] },
    data: fixtures.assetDetails([fixtures.assetNode(['sales', 'orders'])]),
  },
  BsAssetDetailsLegacy: {
    variables: { keys: [{ path: ['sales', 'orders'] }] },
    data: fixtures.legacyAssetDetails([
      fixtures.legacyAssetNode(['sales', 'orders']),
    ]),
  },
  BsAssetGraph: {
    data: { assetNodes: [fixtures.lineageNode(['sales', 'orders'])] },
  },
  BsAssetsLatestInfo: {
    variables: { keys: [{ path: ['sales', 'orders'] }] },
    data: fixtures.latestInfo,
  },
  BsAssetChecks: {
    variables: { key: { path: ['sales', 'orders'] } },
    data: fixtures.assetChecks,
  },
  BsAssetsChecks: {
    variables: {
      keys: [{ path: ['sales', 'orders'] }, { path: ['raw', 'orders'] }],
    },
    data: fixtures.assetsChecks,
  },
  BsAssetCheckHistories: {
    variables: {
      key: { path: ['sales', 'orders'] },
      limit: 3,
      check0: 'not_null',
      check1: 'never_ran',
    },
    data: fixtures.checkHistories,
  },
  BsLaunchAssetRun: {
    variables: {
      executionParams: {
        selector: {
          jobName: ASSET_JOB,
          repositoryLocationName: 'analytics',
          repositoryName: '__repository__',
          assetSelection: [{ path: ['sales', 'orders'] }],
        },
        executionMetadata: {
          tags: [{ key: 'dagster-portal/request-id', value: 'r1' }],
        },
      },
    },
    data: {
      launchRun: { __typename: 'LaunchRunSuccess', run: fixtures.run() },
    },
  },
  BsRunsByTag: {
    variables: { key: 'dagster-portal/request-id', value: 'r1' },
    data: { runsOrError: { __typename: 'Runs', results: [fixtures.run()] } },
  },
  BsRun: {
    variables: { runId: 'b0d7c6a2-1f3e-4c4b-9a53-0d6f1e2a3b4c' },
    data: { runOrError: { __typename: 'Run', ...fixtures.run() } },
  },
};

function validationErrors(schema: GraphQLSchema, document: string): string[] {
  return validate(schema, parse(document)).map(e => e.message);
}

/** Runs an operation over the schema with `data` as the root value. */
async function roundTrip(
  schema: GraphQLSchema,
  document: string,
  example: { variables?: object; data: unknown },
) {
  const result = await execute({
    schema,
    document: parse(document),
    rootValue: example.data,
    variableValues: example.variables as Record<string, unknown> | undefined,
    // Examples are answers, keyed as Dagster keys them: by alias where the
    // document has one (the generated check histories).
    fieldResolver: (source, _args, _context, info) =>
      (source as Record<string, unknown>)[info.path.key as string],
  });
  return {
    errors: (result.errors ?? []).map(e => e.message),
    data: JSON.parse(JSON.stringify(result.data ?? null)),
  };
}

const drifted = () =>
  ALL_OPERATIONS.find(d => operationNameOf(d) === 'BsAssetDetails')!.replace(
    'hasAssetChecks',
    'hasAssetChecksRenamed',
  );

describe('Dagster operations contract', () => {
  describe('against the schema of the installed dagster-graphql', () => {
    let schema: GraphQLSchema;
    beforeAll(() => {
      schema = buildSchema(printDagsterSchema());
    });

    it('every operation validates against the Dagster schema', () => {
      for (const document of ALL_OPERATIONS) {
        expect({
          op: operationNameOf(document),
          errors: validationErrors(schema, document),
        }).toEqual({ op: operationNameOf(document), errors: [] });
      }
    });

    it('the generated check history document validates for any number of checks', () => {
      for (const count of [1, 3, 40]) {
        expect(
          validationErrors(schema, assetCheckHistoriesQuery(count)),
        ).toEqual([]);
      }
      expect(() => assetCheckHistoriesQuery(0)).toThrow(RangeError);
    });

    it('the check rejects a query that drifted from the schema', () => {
      const errors = validationErrors(schema, drifted());
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^Cannot query field "hasAssetChecksRenamed" on type "AssetNode"/,
      );
      expect(
        validationErrors(
          schema,
          'query BsBroken { assetNodes { kinds(limit: 1) } }',
        ),
      ).not.toEqual([]);
    });

    // The examples are the answers the unit tests are served; the round trip
    // keeps them (and so the wire types they are typed by) true to the schema,
    // including values the test estate cannot produce (partitions, runs in
    // progress, WARN checks).
    it('the typed example answers are exactly what the schema returns', async () => {
      for (const document of ALL_OPERATIONS) {
        const example = EXAMPLES[operationNameOf(document)];
        expect(await roundTrip(schema, document, example)).toEqual({
          errors: [],
          data: example.data,
        });
      }
    });

    it('the example check catches a wire type that disagrees with the schema', async () => {
      const document = ALL_OPERATIONS.find(
        d => operationNameOf(d) === 'BsListCodeLocations',
      )!;
      const wrong = JSON.parse(JSON.stringify(fixtures.workspace));
      wrong.workspaceOrError.locationEntries[0].loadStatus = 'READY';
      const result = await roundTrip(schema, document, { data: wrong });
      expect(result.errors.join()).toMatch(/RepositoryLocationLoadStatus/);
    });
  });

  describe('executed by the real Dagster webserver on the test estate', () => {
    let estate: TestEstate;
    let version: string;
    beforeAll(async () => {
      estate = await startTestEstate();
      await materialise({
        python: venvBin('python'),
        cwd: TEST_ESTATE_SOURCE,
        home: estate.home,
        module: 'benefit_claims',
        times: 1,
      });
      version = await installedDagsterVersion(venvBin('python'));
    }, 180_000);
    afterAll(() => estate?.stop());

    it.each(ALL_OPERATIONS.map(d => [operationNameOf(d), d]))(
      '%s answers without errors, in the shape the client expects',
      async (name, document) => {
        const live = LIVE[name];
        const { status, body } = await postOperation(
          estate.graphqlUrl,
          document,
          name,
          live.variables,
        );
        expect({ status, errors: body.errors }).toEqual({
          status: 200,
          errors: undefined,
        });
        expect(body.data).toEqual(expect.any(Object));
        live.expectAnswer(body.data, { version });
      },
    );

    it('the execution check fails on a query that drifted from the schema', async () => {
      const { status, body } = await postOperation(
        estate.graphqlUrl,
        drifted(),
        'BsAssetDetails',
        { keys: KEYS },
      );
      expect(status).toBe(400);
      expect(body.errors?.map(e => e.message)).toEqual([
        expect.stringMatching(
          /^Cannot query field 'hasAssetChecksRenamed' on type 'AssetNode'/,
        ),
      ]);
    });
  });

  it('gives each operation a unique name starting with Bs, an example answer and a live check', () => {
    const names = ALL_OPERATIONS.map(operationNameOf);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^Bs[A-Z]/);
    }
    expect(Object.keys(EXAMPLES).sort()).toEqual([...names].sort());
    expect(Object.keys(LIVE).sort()).toEqual([...names].sort());
  });

  it('lists in ALL_OPERATIONS every operation exported by an operation file', () => {
    const dir = path.join(__dirname, 'operations');
    const files = fs
      .readdirSync(dir)
      .filter(f => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const listed = new Set(ALL_OPERATIONS);
    const seen = new Set<string>();
    const unlisted: string[] = [];
    for (const file of files) {
      const module = jest.requireActual<Record<string, unknown>>(
        path.join(dir, file),
      );
      for (const [name, value] of Object.entries(module)) {
        // Documents are exported as strings, or generated by a function
        // named ...Query (listed as generated for two checks).
        const document =
          typeof value === 'function' && name.endsWith('Query')
            ? value(2)
            : value;
        if (typeof document !== 'string') continue;
        seen.add(document);
        if (!listed.has(document)) unlisted.push(`${file}: ${name}`);
      }
    }
    expect(unlisted).toEqual([]);
    expect(seen.size).toBe(ALL_OPERATIONS.length);
  });
});
