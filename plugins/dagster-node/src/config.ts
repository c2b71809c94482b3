import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * One configured Dagster instance.
 *
 * @public
 */
export interface DagsterInstanceConfig {
  id: string;
  graphqlUrl: string;
  webUrl: string;
  /** Kept out of logs and out of the browser. */
  token?: string;
}

const INSTANCE_ID = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * Reads `dagster.instances`, refusing ids that clash or URLs that are not
 * http(s), so a typo fails at start-up rather than at the first sync.
 *
 * @public
 */
export function readDagsterInstanceConfigs(
  config: Config,
): DagsterInstanceConfig[] {
  const entries = config.getOptionalConfigArray('dagster.instances') ?? [];
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const where = `dagster.instances[${index}]`;
    const id = entry.getString('id');
    if (!INSTANCE_ID.test(id)) {
      throw new InputError(
        `${where}.id "${id}" must be lowercase letters, digits and hyphens, starting with a letter`,
      );
    }
    if (seen.has(id)) {
      throw new InputError(`${where}.id "${id}" is used by another instance`);
    }
    seen.add(id);
    const graphqlUrl = readHttpUrl(
      entry.getString('graphqlUrl'),
      `${where}.graphqlUrl`,
    );
    const webUrl = readHttpUrl(
      entry.getOptionalString('webUrl') ??
        graphqlUrl.replace(/\/graphql\/?$/, ''),
      `${where}.webUrl`,
    );
    return { id, graphqlUrl, webUrl, token: entry.getOptionalString('token') };
  });
}

function readHttpUrl(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`${where} "${value}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`${where} must be an http or https URL`);
  }
  return value.replace(/\/$/, '');
}
