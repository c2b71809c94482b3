import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { PlatformClient } from '../platform/PlatformClient';
import { createRegisterProjectAction } from './registerProject';
import { examples } from './registerProject.examples';

const input = yaml.parse(examples[0].example).steps[0].input;

/** Records what reaches the registry; the HTTP path is exercised end to end in src/template. */
function recordingPlatform() {
  const registered: unknown[] = [];
  const platform = {
    register: async (project: unknown) => {
      registered.push(project);
      return {
        registeredBy: 'user:default/dana.datateam',
        registeredAt: '2026-11-27T10:00:00.000Z',
      };
    },
  } as unknown as PlatformClient;
  return { platform, registered };
}

describe('dagster:project:register', () => {
  it('registers only the registry fields, inside a checkpoint, and outputs who and when', async () => {
    const { platform, registered } = recordingPlatform();
    const action = createRegisterProjectAction({ platform });
    const ctx = createMockActionContext({
      input: { ...input, lawfulBasis: 'public-task', retentionPeriod: 'P7Y' },
    });
    const checkpoint = jest.spyOn(ctx, 'checkpoint');
    await action.handler(ctx);
    expect(registered).toEqual([
      {
        name: 'road-safety',
        owner: 'group:default/transport-analysts',
        department: 'Department for Transport',
        costCentre: 'DFT-77',
        monthlyBudgetGbp: 900,
        classification: 'OFFICIAL',
        personalData: false,
      },
    ]);
    expect(checkpoint).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'dagster-project-register-road-safety' }),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'registeredBy',
      'user:default/dana.datateam',
    );
  });

  it('registers nothing in a dry run', async () => {
    const { platform, registered } = recordingPlatform();
    // The mock context ignores isDryRun among its options, so set it on the context.
    const ctx = { ...createMockActionContext({ input }), isDryRun: true };
    await createRegisterProjectAction({ platform }).handler(ctx);
    expect(registered).toEqual([]);
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('refuses a request that breaks the rules before calling the registry, naming the fields', async () => {
    const { platform, registered } = recordingPlatform();
    const ctx = createMockActionContext({
      input: { ...input, classification: 'SECRET', personalData: true },
    });
    await expect(
      createRegisterProjectAction({ platform }).handler(ctx),
    ).rejects.toThrow(
      /classification: SECRET .*lawfulBasis: .*retentionPeriod: /,
    );
    expect(registered).toEqual([]);
  });
});
