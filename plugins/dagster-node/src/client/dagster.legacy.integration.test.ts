import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, GraphQLSchema, parse, validate } from 'graphql';
import { LocalDagster, startLocalDagster } from '@internal/local-dagster';
import { DagsterGraphQLClient } from './DagsterGraphQLClient';
import { DagsterGraphQLError, DagsterPythonError } from './errors';
import { DagsterAsset, DagsterClientOptions } from './model';
import {
  ALL_OPERATIONS,
  ASSET_DETAILS_QUERY,
  operationNameOf,
} from './operations';
import { isCurrentFieldRejection } from './version';
import {
  installedDagsterVersion,
  materialise,
  postOperation,
  printSchemaOf,
  RecordingHop,
  startRecordingHop,
} from './__testUtils__/realDagster';
import {
  byKey,
  CHECK,
  CLAIMANTS,
  ISO,
  RAW,
  RUN_ID,
  SPEND,
  EXPECTED_ASSETS as CURRENT_ASSETS,
  lineageNodeOf,
} from './__testUtils__/testEstate';

/*
 * The version adaptation against a real older Dagster: the 1.7 line
 * (python/requirements-dagster-legacy.lock, installed into
 * .tools/venv-dagster-legacy by scripts/python-legacy.sh), the last without
 * AssetNode.kinds and TableColumn.tags. It serves the test estate's shape
 * written for 1.7 (__testUtils__/legacy-estate), plus a location that fails
 * to load.
 */

jest.setTimeout(60_000);

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const LEGACY_VENV =
  process.env.DAGSTER_LEGACY_VENV ??
  path.join(REPO_ROOT, '.tools', 'venv-dagster-legacy');
const LEGACY_PYTHON = path.join(LEGACY_VENV, 'bin', 'python');
const ESTATE_SOURCE = path.join(__dirname, '__testUtils__', 'legacy-estate');

/** What the 1.7 estate's assets normalise to: kinds from computeKind, columns without tags. */
const EXPECTED_ASSETS: Record<string, DagsterAsset> = {
  'claims/raw_claims': {
    key: RAW,
    location: 'benefit_claims',
    repository: '__repository__',
    group: 'bronze',
    description: 'Claims as received.',
    owners: [{ type: 'team', team: 'claims-data-team' }],
    kinds: ['python'],
    tags: [],
    upstream: [],
    downstream: [CLAIMANTS],
    columns: [],
    isPartitioned: false,
    hasAssetChecks: false,
    jobNames: ['__ASSET_JOB'],
  },
  'claims/claimants': {
    key: CLAIMANTS,
    location: 'benefit_claims',
    repository: '__repository__',
    group: 'silver',
    description: null,
    owners: [{ type: 'user', email: 'dana.okafor@public-data.example.gov.uk' }],
    kinds: ['snowflake'],
    tags: [{ key: 'domain', value: 'claims' }],
    upstream: [RAW],
    downstream: [SPEND],
    columns: [
      { name: 'claimant_id', type: 'VARCHAR', description: null, tags: [] },
      {
        name: 'nino',
        type: 'VARCHAR',
        description: 'National Insurance number',
        tags: [],
      },
    ],
    isPartitioned: false,
    hasAssetChecks: true,
    jobNames: ['__ASSET_JOB'],
  },
  // An external asset: the same on both lines.
  'finance/spend by region': CURRENT_ASSETS['finance/spend by region'],
};

describe('DagsterGraphQLClient against a real Dagster 1.7', () => {
  let dir: string;
  let dagster: LocalDagster;
  let hop: RecordingHop;
  let version: string;

  beforeAll(async () => {
    if (!fs.existsSync(LEGACY_PYTHON)) {
      throw new Error(
        `${LEGACY_PYTHON} is missing; install the older Dagster with: bash scripts/python-legacy.sh`,
      );
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagster-legacy-estate-'));
    fs.cpSync(ESTATE_SOURCE, dir, { recursive: true });
    dagster = await startLocalDagster({
      workspace: path.join(dir, 'workspace.yaml'),
      home: path.join(dir, 'home'),
      venv: LEGACY_VENV,
    });
    await materialise({
      python: LEGACY_PYTHON,
      cwd: dir,
      home: dagster.home,
      module: 'benefit_claims',
      times: 2,
    });
    version = await installedDagsterVersion(LEGACY_PYTHON);
    hop = await startRecordingHop(dagster.url);
  }, 180_000);

  afterAll(async () => {
    await hop?.stop();
    await dagster?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  function clientFor(options: Partial<DagsterClientOptions> = {}) {
    return DagsterGraphQLClient.create({
      instance: { id: 'legacy', graphqlUrl: hop.graphqlUrl, webUrl: hop.url },
      timeoutMs: 10_000,
      maxAttempts: 2,
      baseDelayMs: 1,
      ...options,
    });
  }

  it('is the 1.7 line, which the client reads as a server without kinds or column tags', async () => {
    expect(version).toMatch(/^1\.7\.\d+$/);
    const info = await clientFor().getServerInfo();
    expect(info).toEqual({
      version,
      release: { major: 1, minor: 7, patch: Number(version.split('.')[2]) },
      supportsKinds: false,
      supportsColumnTags: false,
    });
  });

  describe("against 1.7's schema", () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = buildSchema(await printSchemaOf(LEGACY_PYTHON));
    });

    it('every operation but the current asset query validates', () => {
      const errors = ALL_OPERATIONS.filter(d => d !== ASSET_DETAILS_QUERY).map(
        d => ({
          op: operationNameOf(d),
          errors: validate(schema, parse(d)).map(e => e.message),
        }),
      );
      expect(errors).toEqual(
        errors.map(({ op }) => ({ op, errors: [] as string[] })),
      );
      expect(errors).toHaveLength(ALL_OPERATIONS.length - 1);
    });

    it('rejects the current asset query for exactly the fields the legacy query leaves out', () => {
      const messages = validate(schema, parse(ASSET_DETAILS_QUERY)).map(
        e => e.message,
      );
      expect(messages).toEqual([
        expect.stringMatching(
          /^Cannot query field "kinds" on type "AssetNode"/,
        ),
        expect.stringMatching(
          /^Cannot query field "isMaterializable" on type "AssetNode"/,
        ),
        expect.stringMatching(
          /^Cannot query field "tags" on type "TableColumn"/,
        ),
      ]);
    });
  });

  it('recognises how the 1.7 webserver itself rejects the current asset query', async () => {
    const { status, body } = await postOperation(
      dagster.graphqlUrl,
      ASSET_DETAILS_QUERY,
      'BsAssetDetails',
      { keys: [{ path: RAW }] },
    );
    expect(status).toBe(400);
    const messages = (body.errors ?? []).map(e => e.message);
    expect(messages).toEqual([
      "Cannot query field 'kinds' on type 'AssetNode'. Did you mean 'id'?",
      "Cannot query field 'isMaterializable' on type 'AssetNode'.",
      "Cannot query field 'tags' on type 'TableColumn'.",
    ]);
    expect(
      isCurrentFieldRejection(new DagsterGraphQLError('', messages, status)),
    ).toBe(true);
  });

  it('reads the workspace with the legacy query: kinds from computeKind, columns without tags, the broken location with its Python error', async () => {
    const client = clientFor();
    const before = hop.requests.length;
    const workspace = await client.readWorkspace();

    expect(workspace.serverVersion).toBe(version);
    expect(
      workspace.locations.map(l => ({
        name: l.name,
        loadStatus: l.loadStatus,
        error: l.error?.name,
        keys: l.assets.map(a => a.key.join('/')).sort(),
      })),
    ).toEqual([
      {
        name: 'benefit_claims',
        loadStatus: 'LOADED',
        error: undefined,
        keys: ['claims/claimants', 'claims/raw_claims'],
      },
      {
        name: 'finance',
        loadStatus: 'LOADED',
        error: undefined,
        keys: ['finance/spend by region'],
      },
      {
        name: 'health_outcomes_linkage',
        loadStatus: 'LOADED',
        error: 'DagsterPythonError',
        keys: [],
      },
    ]);
    expect(byKey(workspace.locations.flatMap(l => l.assets))).toEqual(
      EXPECTED_ASSETS,
    );

    const broken = workspace.locations[2].error as DagsterPythonError;
    expect(broken).toBeInstanceOf(DagsterPythonError);
    expect(broken.message).toMatch(
      /No module named 'dagster_snowflake_pandas'/,
    );
    expect(broken.pythonStack.length).toBeGreaterThan(0);

    const operations = hop.operations().slice(before);
    expect(operations).toEqual([
      'BsServerVersion',
      'BsListCodeLocations',
      'BsRepositoryAssetKeys',
      'BsAssetDetailsLegacy',
      'BsRepositoryAssetKeys',
      'BsAssetDetailsLegacy',
    ]);
  });

  it('falls back to the legacy query when a server that claims to be new rejects the current one', async () => {
    // A mislabelled server: the real 1.7 behind a version answer of 1.13.
    const mislabelled: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (JSON.parse(String(init?.body)).operationName !== 'BsServerVersion') {
        return response;
      }
      await response.text();
      return new Response(JSON.stringify({ data: { version: '1.13.27' } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    const warnings: string[] = [];
    const client = clientFor({
      fetch: mislabelled,
      logger: {
        debug: () => {},
        info: () => {},
        warn: m => warnings.push(m),
        error: () => {},
      },
    });
    const before = hop.requests.length;

    const first = await client.getAssets([RAW, CLAIMANTS, SPEND]);
    const second = await client.getAssets([CLAIMANTS]);

    expect(byKey(first)).toEqual(EXPECTED_ASSETS);
    expect(second).toEqual([EXPECTED_ASSETS['claims/claimants']]);
    expect(hop.operations().slice(before)).toEqual([
      'BsServerVersion',
      'BsAssetDetails',
      'BsAssetDetailsLegacy',
      // Remembered: no second try of the current query.
      'BsAssetDetailsLegacy',
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /version 1\.13\.27\) rejected the current asset query \(.*kinds.*\); using the legacy asset query/,
      ),
    ]);
  });

  it('reads the asset graph, latest materialisations, the checks of one and of many assets, and check histories', async () => {
    const client = clientFor();

    const lineage = byKey(await client.getAssetGraph());
    expect(Object.keys(lineage).sort()).toEqual(
      Object.keys(EXPECTED_ASSETS).sort(),
    );
    for (const [key, asset] of Object.entries(EXPECTED_ASSETS)) {
      expect(lineage[key]).toEqual(lineageNodeOf(asset));
    }

    const latest = byKey(await client.getLatestInfo([RAW, CLAIMANTS, SPEND]));
    expect(latest).toEqual({
      'claims/raw_claims': {
        key: RAW,
        lastMaterializedAt: expect.stringMatching(ISO),
        lastMaterializationRunId: expect.stringMatching(RUN_ID),
        lastRunId: latest['claims/raw_claims'].lastMaterializationRunId,
        lastRunStatus: 'FAILURE',
        inProgressRunIds: [],
      },
      'claims/claimants': {
        key: CLAIMANTS,
        lastMaterializedAt: expect.stringMatching(ISO),
        lastMaterializationRunId: expect.stringMatching(RUN_ID),
        lastRunId: latest['claims/raw_claims'].lastMaterializationRunId,
        lastRunStatus: 'FAILURE',
        inProgressRunIds: [],
      },
      'finance/spend by region': { key: SPEND, inProgressRunIds: [] },
    });

    const failed = {
      id: expect.any(String),
      runId: expect.stringMatching(RUN_ID),
      status: 'FAILED',
      timestamp: expect.stringMatching(ISO),
      evaluation: { severity: 'ERROR', success: false, description: null },
    };
    const checks = await client.getAssetChecks(CLAIMANTS);
    expect(checks).toEqual([
      {
        name: CHECK,
        description: null,
        blocking: true,
        latestExecution: {
          ...failed,
          runId: latest['claims/claimants'].lastRunId,
        },
      },
    ]);
    expect(
      byKey(await client.getChecksOfAssets([RAW, CLAIMANTS, SPEND])),
    ).toEqual({
      'claims/raw_claims': { key: RAW, checks: [] },
      'claims/claimants': { key: CLAIMANTS, checks },
      'finance/spend by region': { key: SPEND, checks: [] },
    });
    const histories = await client.getCheckHistories(
      CLAIMANTS,
      [CHECK, 'no_such_check'],
      5,
    );
    expect(histories.get('no_such_check')).toEqual([]);
    const history = histories.get(CHECK)!;
    expect(history).toEqual([failed, failed]);
    expect(history[0]).toEqual(checks[0].latestExecution);
    expect(history[0].runId).not.toBe(history[1].runId);
  });
});
