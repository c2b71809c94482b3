import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dagsterApiRef, LineageDirection } from '../api';

/** Loads the lineage around an entity's assets; reloads when depth or direction change. */
export function useEntityLineage(
  entityRef: string,
  depth: number,
  direction: LineageDirection,
) {
  const api = useApi(dagsterApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    return api.getLineage(entityRef, { depth, direction });
  }, [api, entityRef, depth, direction]);
  return { graph: value, loading, error, retry };
}
