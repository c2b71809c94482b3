import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';

// Starts the Dagster plugin on its own at http://localhost:7007/api/dagster,
// with mocked auth so it can be called with plain curl:
//   curl localhost:7007/api/dagster/status
//   curl localhost:7007/api/dagster/projects
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(import('../src'));
backend.start();
