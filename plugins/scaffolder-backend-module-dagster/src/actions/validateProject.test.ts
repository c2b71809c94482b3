import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { projectValues } from '../__testUtils__/projectValues';
import { PlatformClient } from '../platform/PlatformClient';
import { createValidateProjectAction } from './validateProject';
import { examples } from './validateProject.examples';

const input = projectValues({
  dbt: false,
  partitioning: 'none',
  computeProfile: 'small',
});

/** A registry that knows the given names; the HTTP client is tested end to end in src/template. */
function registryWith(...names: string[]) {
  return {
    check: async ({ name }: { name: string }) => {
      if (names.includes(name)) {
        throw new InputError(
          `name: A project named "${name}" is already registered; choose another name`,
        );
      }
    },
  } as unknown as PlatformClient;
}

function actionWith(options: { entities?: any[]; registered?: string[] } = {}) {
  return createValidateProjectAction({
    catalog: catalogServiceMock({ entities: options.entities ?? [] }),
    platform: registryWith(...(options.registered ?? [])),
  });
}

describe('dagster:project:validate', () => {
  it('passes a valid project and outputs its names', async () => {
    const ctx = createMockActionContext({ input });
    await actionWith().handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('name', 'road-safety');
    expect(ctx.output).toHaveBeenCalledWith('packageName', 'road_safety');
  });

  it('fails naming each field that breaks a rule', async () => {
    const ctx = createMockActionContext({
      input: {
        ...input,
        name: 'x; rm -rf /',
        classification: 'SECRET',
        personalData: true,
        description: '${{ secrets.token }}',
      },
    });
    await expect(actionWith().handler(ctx)).rejects.toThrow(
      /name: .*classification: SECRET data needs an accredited system.*lawfulBasis: .*retentionPeriod: .*description: must not contain template expressions/,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it.each([
    ['system', 'System'],
    ['component', 'Component'],
  ])('refuses a name the catalog already has as a %s', async (kind, Kind) => {
    const action = actionWith({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: Kind,
          metadata: { name: 'road-safety', namespace: 'default' },
          spec: {},
        },
      ],
    });
    const ctx = createMockActionContext({ input });
    await expect(action.handler(ctx)).rejects.toThrow(
      `name: "road-safety" is already taken in the catalog by ${kind}:default/road-safety`,
    );
  });

  it('refuses a name the registry already has', async () => {
    const ctx = createMockActionContext({ input });
    await expect(
      actionWith({ registered: ['road-safety'] }).handler(ctx),
    ).rejects.toThrow(
      /name: A project named "road-safety" is already registered/,
    );
  });

  it('accepts its own documented example', async () => {
    const step = yaml.parse(examples[0].example).steps[0];
    const action = actionWith();
    expect(step.action).toBe(action.id);
    const ctx = createMockActionContext({ input: step.input });
    await expect(action.handler(ctx)).resolves.toBeUndefined();
  });
});
