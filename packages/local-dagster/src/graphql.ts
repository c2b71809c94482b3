/** The few Dagster GraphQL calls the runner itself needs (readiness and reloads). */

async function post<T>(
  graphqlUrl: string,
  query: string,
  variables?: object,
): Promise<T> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${graphqlUrl}`);
  const body = (await res.json()) as {
    data?: T;
    errors?: { message: string }[];
  };
  if (!body.data)
    throw new Error(body.errors?.map(e => e.message).join('; ') ?? 'no data');
  return body.data;
}

/** Load status of every code location (`LOADING`, `LOADED`). */
export async function locationStatuses(graphqlUrl: string): Promise<string[]> {
  const data = await post<{
    workspaceOrError: {
      __typename: string;
      locationEntries?: { loadStatus: string }[];
    };
  }>(
    graphqlUrl,
    '{ workspaceOrError { __typename ... on Workspace { locationEntries { loadStatus } } } }',
  );
  return (data.workspaceOrError.locationEntries ?? []).map(e => e.loadStatus);
}

/** Asks the webserver to reload one code location from its code. */
export async function reloadLocation(
  graphqlUrl: string,
  name: string,
): Promise<void> {
  const data = await post<{ reloadRepositoryLocation: { __typename: string } }>(
    graphqlUrl,
    'mutation Reload($name: String!) { reloadRepositoryLocation(repositoryLocationName: $name) { __typename } }',
    { name },
  );
  const kind = data.reloadRepositoryLocation.__typename;
  if (kind !== 'WorkspaceLocationEntry')
    throw new Error(`reloading ${name}: ${kind}`);
}
