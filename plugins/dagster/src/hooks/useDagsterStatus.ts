import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dagsterApiRef } from '../api';

/** Loads the backend's view of the Dagster setup; `retry` reloads it. */
export function useDagsterStatus() {
  const api = useApi(dagsterApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getStatus(),
    [api],
  );
  return { status: value, loading, error, retry };
}
