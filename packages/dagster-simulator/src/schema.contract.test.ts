/* eslint-disable no-console */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, validateSchema } from 'graphql';
import { checkSchemaSubset } from './contract/checkSubset';
import { readSchemaSource } from './schema';

// src/ -> package -> packages -> repo root -> the shared folder beside it.
const CONTRACT_PATH = path.resolve(
  __dirname,
  '../../../../shared/contracts/dagster/schema.graphql',
);
const hasContract = fs.existsSync(CONTRACT_PATH);
const describeWithContract = hasContract ? describe : describe.skip;
if (!hasContract) {
  console.log(
    `Dagster contract schema not found at ${CONTRACT_PATH}; the contract subset check is skipped.`,
  );
}

describe('simulator schema', () => {
  const source = readSchemaSource();

  it('builds and passes graphql-js schema validation', () => {
    const schema = buildSchema(source);
    expect(validateSchema(schema)).toEqual([]);
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getMutationType()?.name).toBe('Mutation');
  });
});

// Skipped, with the message above, where the shared contract folder is absent.
describeWithContract(
  hasContract
    ? 'simulator schema against the Dagster contract'
    : `contract check (skipped: ${CONTRACT_PATH} not found)`,
  () => {
    const source = readSchemaSource();

    it('is a faithful subset of the Dagster contract schema', () => {
      const contract = buildSchema(fs.readFileSync(CONTRACT_PATH, 'utf8'));
      expect(checkSchemaSubset(buildSchema(source), contract)).toEqual([]);
    });

    it('keeps every LaunchRunResult member of the contract', () => {
      const contract = buildSchema(fs.readFileSync(CONTRACT_PATH, 'utf8'));
      const names = (schema: ReturnType<typeof buildSchema>) =>
        (schema.getType('LaunchRunResult') as any)
          .getTypes()
          .map((t: any) => t.name)
          .sort();
      expect(names(buildSchema(source))).toEqual(names(contract));
    });
  },
);

describe('checkSchemaSubset', () => {
  const source = readSchemaSource();
  const contract = buildSchema(source);
  const mutate = (from: string, to: string) => {
    expect(source).toContain(from);
    return buildSchema(source.replace(from, to));
  };

  it('accepts the schema as a subset of itself', () => {
    expect(checkSchemaSubset(contract, contract)).toEqual([]);
  });

  it('catches a changed nullability', () => {
    const changed = mutate(
      'type Query {\n  version: String!',
      'type Query {\n  version: String',
    );
    expect(checkSchemaSubset(changed, contract)).toEqual([
      'Query.version: type is String, contract says String!',
    ]);
  });

  it('catches a changed list wrapper on an argument', () => {
    const changed = mutate(
      'assetNodes(\n    group: AssetGroupSelector\n    pipeline: PipelineSelector\n    assetKeys: [AssetKeyInput!]',
      'assetNodes(\n    group: AssetGroupSelector\n    pipeline: PipelineSelector\n    assetKeys: [AssetKeyInput]',
    );
    expect(checkSchemaSubset(changed, contract)).toEqual([
      'Query.assetNodes argument: "assetKeys" has type [AssetKeyInput], contract says [AssetKeyInput!]',
    ]);
  });

  it('catches a changed default value', () => {
    const changed = mutate(
      'loadMaterializations: Boolean = false',
      'loadMaterializations: Boolean = true',
    );
    expect(checkSchemaSubset(changed, contract)).toEqual([
      'Query.assetNodes argument: "loadMaterializations" defaults to true, contract says false',
    ]);
  });

  it('catches an extra field', () => {
    const changed = mutate(
      'type AssetKey {\n  path: [String!]!',
      'type AssetKey {\n  path: [String!]!\n  label: String',
    );
    expect(checkSchemaSubset(changed, contract)).toEqual([
      'AssetKey.label: field is not in the contract',
    ]);
  });

  it('catches an extra enum value', () => {
    const changed = mutate(
      'enum RunStatus {\n  QUEUED',
      'enum RunStatus {\n  EXPLODED\n  QUEUED',
    );
    expect(checkSchemaSubset(changed, contract)).toEqual([
      'RunStatus: value EXPLODED is not in the contract',
    ]);
  });

  it('catches an extra union member, interface and input field, and a dropped required input field', () => {
    const changed = buildSchema(
      source
        .replace(
          'union AssetOwner = UserAssetOwner | TeamAssetOwner',
          'union AssetOwner = UserAssetOwner | TeamAssetOwner | AssetKey',
        )
        .replace(
          'type UnauthorizedError implements Error {',
          'type UnauthorizedError implements Error & MetadataEntry {\n  label: String!\n  description: String',
        )
        .replace(
          'input ExecutionTag {\n  key: String!\n  value: String!',
          'input ExecutionTag {\n  key: String!\n  weight: Int',
        ),
    );
    expect(checkSchemaSubset(changed, contract)).toEqual(
      expect.arrayContaining([
        'AssetOwner: member AssetKey is not in the contract',
        'UnauthorizedError: implements MetadataEntry, contract does not',
        'UnauthorizedError.label: field is not in the contract',
        'ExecutionTag input field: "weight" is not in the contract',
        'ExecutionTag input field: required "value" is missing',
      ]),
    );
  });

  it('catches a type the contract lacks and a changed kind', () => {
    const changed = buildSchema(
      `${source.replace(
        'type EventTag {',
        'interface EventTag {',
      )}\ntype SimulatorOnly { x: Int }`,
    );
    expect(checkSchemaSubset(changed, contract)).toEqual(
      expect.arrayContaining([
        'SimulatorOnly: type is not in the contract',
        'EventTag: is interface, contract says object',
      ]),
    );
  });
});
