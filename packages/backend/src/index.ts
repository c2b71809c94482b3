import { createBackend } from '@backstage/backend-defaults';
import { rootHttpRouterWithPlainErrors } from './errorBodies';
import { demoSignInModule } from './modules/demoSignIn';
import { portalPolicyModule } from './modules/portalPolicy';

const backend = createBackend();

// Error bodies without stack traces or server paths, except while developing the demo
backend.add(rootHttpRouterWithPlainErrors);

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// Sign-in: guest and the demo identities (demo only; see app-config.production.yaml for real sign-in)
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(demoSignInModule);
backend.add(import('@backstage/plugin-auth-backend-module-microsoft-provider'));

// Catalog, with Dagster projects and assets
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(
  import('@internal/backstage-plugin-catalog-backend-module-dagster'),
);

// Software templates, with the dagster:project:* actions; publishing to GitHub,
// or (demo only, when dagster.demoRepositories is set) offline to the demo
// repositories, read back by the catalog through their URL reader
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@internal/backstage-plugin-scaffolder-backend-module-dagster'),
);
backend.add(
  import('@internal/backstage-plugin-scaffolder-backend-module-dagster-demo'),
);

// Permissions, decided by the portal's policy
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(portalPolicyModule);

// Search over the catalog
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

// The Dagster platform plugin
backend.add(import('@internal/backstage-plugin-dagster-backend'));

backend.start();
