import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dagsterApiRef } from '../api';

/** Loads an entity's checks (asset) or checks roll-up (project). */
export function useEntityChecks(entityRef: string) {
  const api = useApi(dagsterApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    return api.getChecks(entityRef);
  }, [api, entityRef]);
  return { report: value, loading, error, retry };
}
