import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, execute, GraphQLSchema, parse, validate } from 'graphql';
import { ALL_OPERATIONS, operationNameOf } from './operations';
import * as fixtures from './__fixtures__/responses';

/*
 * Checks every operation the client can send against the Dagster schema
 * contract, so a query that drifts from the API fails the build instead of
 * failing against a live server. The contract lives outside the package
 * (../shared); only this test reads it, never the product.
 */
const CONTRACT = path.resolve(
  __dirname,
  '../../../../../shared/contracts/dagster/schema.graphql',
);
const hasContract = fs.existsSync(CONTRACT);
if (!hasContract) {
  // eslint-disable-next-line no-console
  console.warn(
    `SKIPPED: Dagster schema contract not found at ${CONTRACT}; the operations are NOT validated against the schema`,
  );
}
const describeWithContract = hasContract ? describe : describe.skip;
let contractSchema: GraphQLSchema | undefined;
const loadSchema = () =>
  (contractSchema ??= buildSchema(fs.readFileSync(CONTRACT, 'utf8')));

function validationErrors(schema: GraphQLSchema, document: string): string[] {
  return validate(schema, parse(document)).map(e => e.message);
}

/** One example answer per operation; the list must cover ALL_OPERATIONS. */
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
  BsAssetLineage: {
    variables: { keys: [{ path: ['sales', 'orders'] }] },
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
  BsAssetCheckHistory: {
    variables: {
      key: { path: ['sales', 'orders'] },
      check: 'not_null',
      limit: 3,
    },
    data: fixtures.checkHistory,
  },
};

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
  });
  return {
    errors: (result.errors ?? []).map(e => e.message),
    data: JSON.parse(JSON.stringify(result.data ?? null)),
  };
}

describe('Dagster operations contract', () => {
  describeWithContract('against schema.graphql', () => {
    it('every operation validates against the Dagster schema', () => {
      const schema = loadSchema();
      for (const document of ALL_OPERATIONS) {
        expect({
          op: operationNameOf(document),
          errors: validationErrors(schema, document),
        }).toEqual({
          op: operationNameOf(document),
          errors: [],
        });
      }
    });

    it('the check rejects a query that drifted from the schema', () => {
      const schema = loadSchema();
      const drifted = ALL_OPERATIONS.find(
        d => operationNameOf(d) === 'BsAssetDetails',
      )!.replace('hasAssetChecks', 'hasAssetChecksRenamed');
      const errors = validationErrors(schema, drifted);
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

    it('the typed example answers are exactly what the schema returns', async () => {
      const schema = loadSchema();
      for (const document of ALL_OPERATIONS) {
        const example = EXAMPLES[operationNameOf(document)];
        expect(await roundTrip(schema, document, example)).toEqual({
          errors: [],
          data: example.data,
        });
      }
    });

    it('the example check catches a wire type that disagrees with the schema', async () => {
      const schema = loadSchema();
      const document = ALL_OPERATIONS.find(
        d => operationNameOf(d) === 'BsListCodeLocations',
      )!;
      const wrong = JSON.parse(JSON.stringify(fixtures.workspace));
      wrong.workspaceOrError.locationEntries[0].loadStatus = 'READY';
      const result = await roundTrip(schema, document, { data: wrong });
      expect(result.errors.join()).toMatch(/RepositoryLocationLoadStatus/);
    });
  });

  it('gives each operation a unique name starting with Bs, and an example answer', () => {
    const names = ALL_OPERATIONS.map(operationNameOf);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^Bs[A-Z]/);
    }
    expect(Object.keys(EXAMPLES).sort()).toEqual([...names].sort());
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
        // Shared selections are the only strings allowed outside the list.
        if (typeof value !== 'string' || name.endsWith('_SELECTION')) continue;
        seen.add(value);
        if (!listed.has(value)) unlisted.push(`${file}: ${name}`);
      }
    }
    expect(unlisted).toEqual([]);
    expect(seen.size).toBe(ALL_OPERATIONS.length);
  });
});
