import { InputError } from '@backstage/errors';
import {
  DagsterGraphQLClient,
  DagsterGraphQLError,
  DagsterHttpError,
  DagsterNetworkError,
  DagsterProtocolError,
} from '@internal/backstage-plugin-dagster-node';
import { stringify } from 'yaml';
import { conventionalDirectory } from '../entities/owners';
import { workspaceToEntities } from '../provider/workspaceToEntities';

export interface PreviewArgs {
  url: string;
  token?: string;
  format: 'yaml' | 'json';
}

const USAGE =
  'usage: dagster-catalog preview --url <graphql url> [--token <token>] [--format yaml|json]';
const EXAMPLE_URL = 'http://localhost:3100/graphql';
const FLAGS = new Set(['url', 'token', 'format']);

/** Parses `preview --url U [--token T] [--format yaml|json]`. */
export function parsePreviewArgs(argv: string[]): PreviewArgs {
  const [command, ...rest] = argv;
  if (command === undefined) {
    throw new InputError(`missing command; ${USAGE}`);
  }
  if (command !== 'preview') {
    throw new InputError(`unknown command "${command}"; ${USAGE}`);
  }
  const args: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    if (!flag.startsWith('--')) {
      throw new InputError(`unexpected argument "${flag}"; ${USAGE}`);
    }
    const name = flag.slice(2);
    if (!FLAGS.has(name)) {
      throw new InputError(`unknown option "${flag}"; ${USAGE}`);
    }
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) {
      throw new InputError(`${flag} needs a value; ${USAGE}`);
    }
    args[name] = value;
  }
  const format = args.format ?? 'yaml';
  if (!args.url)
    throw new InputError(
      `--url is required (the Dagster GraphQL endpoint, e.g. ${EXAMPLE_URL})`,
    );
  if (format !== 'yaml' && format !== 'json')
    throw new InputError(`--format must be yaml or json, not "${format}"`);
  parseEndpoint(args.url);
  return {
    url: args.url,
    token: args.token ?? process.env.DAGSTER_API_TOKEN,
    format,
  };
}

/** The endpoint as a URL; an InputError naming the value when it is not an http(s) URL. */
function parseEndpoint(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      `--url "${value}" is not a valid URL; give the Dagster GraphQL endpoint, e.g. ${EXAMPLE_URL}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(
      `--url must be an http or https URL, not ${url.protocol}; e.g. ${EXAMPLE_URL}`,
    );
  }
  return url;
}

/**
 * One line saying why a preview failed and what to check, for the CLI's
 * stderr. The client's messages already name the server (origin and path
 * only); this adds the likely cause. The token is removed in case any server
 * text echoed it.
 */
export function explainPreviewFailure(
  error: unknown,
  args: Pick<PreviewArgs, 'token'>,
): string {
  let message = error instanceof Error ? error.message : String(error);
  if (
    error instanceof DagsterProtocolError ||
    error instanceof DagsterGraphQLError
  ) {
    message +=
      '; check that --url is the /graphql endpoint of a Dagster webserver';
  } else if (error instanceof DagsterNetworkError) {
    message +=
      '; check that the Dagster webserver is running and reachable at that address';
  } else if (
    error instanceof DagsterHttpError &&
    error.status !== 401 &&
    error.status !== 403
  ) {
    message += '; check that --url points at a Dagster webserver that is up';
  }
  return printable(message, args.token);
}

/** One line, without the token. */
function printable(text: string, token: string | undefined): string {
  const safe = token ? text.split(token).join('[redacted]') : text;
  return safe.replace(/\s*\n\s*/g, ' ');
}

/**
 * The entities the provider would emit for the Dagster at `url`, as text.
 * Owners are taken at Dagster's word (team:x → group x), as there is no catalog to check.
 */
export async function previewEntities(args: PreviewArgs): Promise<string> {
  const url = parseEndpoint(args.url);
  // Printed in annotations: without user info or query string, which may carry a credential.
  const webUrl = `${url.origin}${url.pathname}`
    .replace(/\/graphql\/?$/, '')
    .replace(/\/$/, '');
  const client = DagsterGraphQLClient.create({
    instance: {
      id: 'preview',
      graphqlUrl: url.toString().replace(/\/$/, ''),
      webUrl,
      token: args.token,
    },
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
  for (const problem of problems)
    process.stderr.write(`warning: ${printable(problem, args.token)}\n`);
  return args.format === 'json'
    ? `${JSON.stringify(entities, null, 2)}\n`
    : entities.map(e => `---\n${stringify(e)}`).join('');
}
