import { InputError } from '@backstage/errors';
import { DagsterGraphQLClient } from '@internal/backstage-plugin-dagster-node';
import { stringify } from 'yaml';
import { conventionalDirectory } from '../entities/owners';
import { workspaceToEntities } from '../provider/workspaceToEntities';

export interface PreviewArgs {
  url: string;
  token?: string;
  format: 'yaml' | 'json';
}

/** Parses `preview --url U [--token T] [--format yaml|json]`. */
export function parsePreviewArgs(argv: string[]): PreviewArgs {
  const [command, ...rest] = argv;
  if (command !== 'preview') {
    throw new InputError('usage: dagster-catalog preview --url <graphql url> [--token <token>] [--format yaml|json]');
  }
  const args: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    if (!flag.startsWith('--') || rest[i + 1] === undefined) {
      throw new InputError(`unexpected argument "${flag}"; usage: dagster-catalog preview --url <graphql url> [--token <token>] [--format yaml|json]`);
    }
    args[flag.slice(2)] = rest[i + 1];
  }
  const format = args.format ?? 'yaml';
  if (!args.url) throw new InputError('--url is required (the Dagster GraphQL endpoint, e.g. http://localhost:3100/graphql)');
  if (format !== 'yaml' && format !== 'json') throw new InputError(`--format must be yaml or json, not "${format}"`);
  return { url: args.url, token: args.token ?? process.env.DAGSTER_API_TOKEN, format };
}

/**
 * The entities the provider would emit for the Dagster at `url`, as text.
 * Owners are taken at Dagster's word (team:x → group x), as there is no catalog to check.
 */
export async function previewEntities(args: PreviewArgs): Promise<string> {
  const url = new URL(args.url);
  const webUrl = args.url.replace(/\/graphql\/?$/, '');
  const client = DagsterGraphQLClient.create({
    instance: { id: 'preview', graphqlUrl: url.toString().replace(/\/$/, ''), webUrl, token: args.token },
    maxAttempts: 2,
  });
  const workspace = await client.readWorkspace();
  const { entities, problems } = workspaceToEntities(workspace, new Map(), {
    instanceId: 'preview',
    webUrl,
    namespace: 'default',
    fallbackOwner: 'group:default/data-platform-team',
    directory: conventionalDirectory(),
    locationRef: `url:${webUrl}`,
  });
  for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
  return args.format === 'json'
    ? `${JSON.stringify(entities, null, 2)}\n`
    : entities.map(e => `---\n${stringify(e)}`).join('');
}
