import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import yaml from 'yaml';
import { DemoRepositories } from '../DemoRepositories';
import { createPublishDemoRepositoryAction } from './publishDemoRepository';
import { examples } from './publishDemoRepository.examples';

describe('dagster:demo-repository:publish', () => {
  const target = createMockDirectory();
  const workspace = createMockDirectory();
  let repositories: DemoRepositories;

  beforeEach(() => {
    target.clear();
    workspace.setContent({ 'catalog-info.yaml': 'kind: Component\n' });
    repositories = new DemoRepositories(target.path);
  });

  const actionWith = (options: { repositories?: DemoRepositories }) =>
    createPublishDemoRepositoryAction({
      ...options,
      auth: mockServices.auth(),
      userInfo: mockServices.userInfo(),
    });
  const contextFor = (input: { name: string }, isDryRun = false) => ({
    ...createMockActionContext({ input, workspacePath: workspace.path }),
    isDryRun,
  });

  it('publishes the workspace as a first commit by the person running the template', async () => {
    const step = yaml.parse(examples[0].example).steps[0];
    const action = actionWith({ repositories });
    expect(step.action).toBe(action.id);
    const ctx = contextFor(step.input);
    await action.handler(ctx);

    const { remoteUrl, catalogInfoUrl } = repositories.urlsFor('road-safety');
    expect(ctx.output).toHaveBeenCalledWith('remoteUrl', remoteUrl);
    expect(ctx.output).toHaveBeenCalledWith('catalogInfoUrl', catalogInfoUrl);
    const gitDir = `${target.path}/road-safety.git`;
    expect(
      execFileSync('git', ['--git-dir', gitDir, 'log', '--format=%an <%ae>'])
        .toString()
        .trim(),
    ).toBe('mock <mock@demo.invalid>');
    expect((await repositories.read(catalogInfoUrl)).content.toString()).toBe(
      'kind: Component\n',
    );
  });

  it('writes nothing in a dry run, and outputs the URLs it would publish to', async () => {
    const ctx = contextFor({ name: 'road-safety' }, true);
    await actionWith({ repositories }).handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith(
      'catalogInfoUrl',
      repositories.urlsFor('road-safety').catalogInfoUrl,
    );
    expect(fs.readdirSync(target.path)).toEqual([]);
  });

  it.each([false, true])(
    'refuses a name that already has a repository (dry run: %s), leaving it as it was',
    async isDryRun => {
      const action = actionWith({ repositories });
      await action.handler(contextFor({ name: 'road-safety' }));
      workspace.setContent({ 'catalog-info.yaml': 'kind: System\n' });
      const ctx = contextFor({ name: 'road-safety' }, isDryRun);
      await expect(action.handler(ctx)).rejects.toThrow(
        'name: a demo repository named "road-safety" already exists; choose another name',
      );
      expect(ctx.output).not.toHaveBeenCalled();
      const { catalogInfoUrl } = repositories.urlsFor('road-safety');
      expect((await repositories.read(catalogInfoUrl)).content.toString()).toBe(
        'kind: Component\n',
      );
    },
  );

  it('refuses to run when the demo target is not configured', async () => {
    const ctx = contextFor({ name: 'road-safety' });
    await expect(actionWith({}).handler(ctx)).rejects.toThrow(
      /demo repository target is not configured: set dagster.demoRepositories.directory/,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });
});
