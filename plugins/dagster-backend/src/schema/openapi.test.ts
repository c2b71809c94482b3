import SwaggerParser from '@apidevtools/swagger-parser';
import { readFileSync } from 'node:fs';
import {
  LAWFUL_BASES,
  PROJECT_CLASSIFICATIONS,
} from '@internal/backstage-plugin-dagster-common';
import { expectedFiles } from '../../scripts/openapi';
import { spec } from './openapi.generated';

describe('the API contract', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    await expect(
      SwaggerParser.validate(structuredClone(spec) as any),
    ).resolves.toBeDefined();
    expect(spec.openapi).toBe('3.1.0');
  });

  it('is the one its generated files were made from (run openapi:generate after editing openapi.yaml)', () => {
    for (const { path, text } of expectedFiles()) {
      expect({ path, text: readFileSync(path, 'utf8') }).toEqual({
        path,
        text,
      });
    }
  });

  it('names the same classifications and lawful bases as the platform rules', () => {
    const schemas = spec.components.schemas;
    expect(schemas.ProjectClassification.enum).toEqual([
      ...PROJECT_CLASSIFICATIONS,
    ]);
    expect(schemas.LawfulBasis.enum).toEqual([...LAWFUL_BASES]);
  });

  it('documents every route the plugin serves, each with its answers', () => {
    expect(Object.keys(spec.paths).sort()).toEqual(
      [
        '/checks',
        '/health',
        '/lineage',
        '/projects',
        '/projects/{name}',
        '/status',
      ].sort(),
    );
    for (const item of Object.values(spec.paths)) {
      for (const operation of Object.values(item)) {
        expect(Object.keys(operation.responses)).toContain('200');
      }
    }
  });
});
