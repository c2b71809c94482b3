import { TestApiRegistry } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { dagsterApiRef } from '../../api';
import { stubDagsterApi } from '../../__testUtils__/stubDagsterApi';
import { projectNameProblem } from './validateProjectName';

const roadSafetySystem = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'road-safety', namespace: 'default' },
  spec: { owner: 'group:default/transport-analysts' },
};

const apis = TestApiRegistry.from(
  [
    catalogApiRef,
    {
      getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => ({
        items: entityRefs.map(ref =>
          ref === 'system:default/road-safety' ? roadSafetySystem : undefined,
        ),
      }),
    },
  ],
  [
    dagsterApiRef,
    stubDagsterApi({
      getProject: async name =>
        name === 'benefit-claims' ? ({ name } as any) : undefined,
    }),
  ],
);

describe('projectNameProblem', () => {
  it('accepts a free, well-formed name', async () => {
    await expect(
      projectNameProblem('school-census', apis),
    ).resolves.toBeUndefined();
  });

  it.each(['../etc', 'Road Safety', 'x;ls', '${{ x }}', undefined])(
    'refuses %j by the platform rule',
    async name => {
      await expect(projectNameProblem(name, apis)).resolves.toMatch(
        /lowercase letters|required/,
      );
    },
  );

  it('refuses a name the catalog has', async () => {
    await expect(projectNameProblem('road-safety', apis)).resolves.toBe(
      '"road-safety" is already taken in the catalog by system:default/road-safety',
    );
  });

  it('refuses a name the registry has', async () => {
    await expect(projectNameProblem('benefit-claims', apis)).resolves.toMatch(
      /already registered with the platform/,
    );
  });
});
