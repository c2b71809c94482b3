import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dagsterApiRef } from '../api';

/** Loads the platform's project registry; `retry` reloads it. */
export function useRegisteredProjects() {
  const api = useApi(dagsterApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listProjects(),
    [api],
  );
  return { projects: value, loading, error, retry };
}
