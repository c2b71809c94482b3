import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createValidateProjectAction } from './validateProject';
import { examples } from './validateProject.examples';

const input = {
  name: 'road-safety',
  owner: 'group:default/transport-analysts',
  costCentre: 'DFT-77',
  monthlyBudgetGbp: 900,
  classification: 'OFFICIAL',
  personalData: false,
};

describe('dagster:project:validate', () => {
  const action = createValidateProjectAction();

  it('passes a valid project and outputs its name', async () => {
    const ctx = createMockActionContext({ input });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('name', 'road-safety');
  });

  it('fails naming each field that breaks a rule', async () => {
    const ctx = createMockActionContext({
      input: { ...input, name: 'x; rm -rf /', classification: 'SECRET', personalData: true },
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      /name: .*classification: SECRET data needs an accredited system.*lawfulBasis: .*retentionPeriod: /,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('accepts its own documented example', async () => {
    const step = yaml.parse(examples[0].example).steps[0];
    expect(step.action).toBe(action.id);
    const ctx = createMockActionContext({ input: step.input });
    await expect(action.handler(ctx)).resolves.toBeUndefined();
  });
});
