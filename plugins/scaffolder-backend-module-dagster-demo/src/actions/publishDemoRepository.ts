import {
  AuthService,
  BackstageCredentials,
  resolveSafeChildPath,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { InputError } from '@backstage/errors';
import { DemoRepositories } from '../DemoRepositories';
import { examples } from './publishDemoRepository.examples';

/**
 * `dagster:demo-repository:publish`: the offline publish step of the demo.
 * Commits the workspace as the first commit of a new bare git repository in
 * the configured demo directory and outputs URLs the catalog can read. Not a
 * place real projects live: configure a real publish step for those.
 *
 * @public
 */
export function createPublishDemoRepositoryAction(options: {
  repositories?: DemoRepositories;
  auth: AuthService;
  userInfo: UserInfoService;
}) {
  const { repositories, auth, userInfo } = options;
  return createTemplateAction({
    id: 'dagster:demo-repository:publish',
    description:
      'Demo only: publishes the workspace to a local bare git repository (the demo target), so a project can be created offline',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string()
            .describe('Repository name: lowercase letters, digits and hyphens'),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Directory in the workspace to publish; the whole workspace by default',
            ),
        message: z =>
          z.string().optional().describe('Message of the first commit'),
      },
      output: {
        remoteUrl: z =>
          z
            .string()
            .describe(
              'file:// URL of the bare repository; git clone works with it',
            ),
        repoContentsUrl: z =>
          z.string().describe('URL of the repository root, for links'),
        catalogInfoUrl: z =>
          z.string().describe('URL of catalog-info.yaml, for catalog:register'),
      },
    },
    async handler(ctx) {
      if (!repositories) {
        throw new Error(
          'The demo repository target is not configured: set dagster.demoRepositories.directory, or publish to a real git host',
        );
      }
      const { name } = ctx.input;
      const urls = repositories.urlsFor(name);
      // Checked before a dry run too, so the dry run refuses what the real run would.
      if (await repositories.exists(name)) {
        throw new InputError(
          `name: a demo repository named "${name}" already exists; choose another name`,
        );
      }
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would publish to the demo repository ${urls.remoteUrl}`,
        );
      } else {
        const sourceDir = resolveSafeChildPath(
          ctx.workspacePath,
          ctx.input.sourcePath ?? '.',
        );
        const credentials = await ctx.getInitiatorCredentials();
        const author = await authorOf(auth, userInfo, credentials);
        await ctx.checkpoint({
          key: `dagster-demo-repository-publish-${name}`,
          fn: async () => {
            await repositories.publish({
              name,
              sourceDir,
              author,
              message:
                ctx.input.message ??
                'First commit, from the dagster-pipeline-project template',
            });
          },
        });
        ctx.logger.info(
          `Published to the demo repository ${urls.remoteUrl} (demo target, not a real git host)`,
        );
      }
      ctx.output('remoteUrl', urls.remoteUrl);
      ctx.output('repoContentsUrl', urls.repoContentsUrl);
      ctx.output('catalogInfoUrl', urls.catalogInfoUrl);
    },
  });
}

async function authorOf(
  auth: AuthService,
  userInfo: UserInfoService,
  credentials: BackstageCredentials,
): Promise<{ name: string; email: string }> {
  if (auth.isPrincipal(credentials, 'user')) {
    const { userEntityRef } = await userInfo.getUserInfo(credentials);
    const { name } = parseEntityRef(userEntityRef);
    return { name, email: `${name}@demo.invalid` };
  }
  return { name: 'scaffolder', email: 'scaffolder@demo.invalid' };
}
