import { DispatchRequest } from './types';

/**
 * What the work is told of its request, as environment variables of an ECS
 * container or a Batch job (and the same fields in a Lambda payload).
 */
export function environmentOf(request: DispatchRequest) {
  return [
    { name: 'DAGSTER_PORTAL_REQUEST_ID', value: request.requestId },
    { name: 'DAGSTER_PORTAL_PROJECT', value: request.project },
    { name: 'DAGSTER_PORTAL_ASSET', value: request.asset.key.join('/') },
    { name: 'DAGSTER_PORTAL_LOCATION', value: request.asset.location },
    { name: 'DAGSTER_PORTAL_REPOSITORY', value: request.asset.repository },
  ];
}

/** Tags as ECS takes them: a list of `{ key, value }`. */
export const tagListOf = (tags: Record<string, string>) =>
  Object.entries(tags).map(([key, value]) => ({ key, value }));
