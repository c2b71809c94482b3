import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { httpRouterServiceFactory } from '@backstage/backend-defaults/httpRouter';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import authPlugin from '@backstage/plugin-auth-backend';
import guestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import type { Server } from 'node:http';
import path from 'node:path';
import request from 'supertest';
import { demoSignInModule } from '../modules/demoSignIn';
import { portalPolicyModule } from '../modules/portalPolicy';

const repoRoot = path.resolve(__dirname, '../../../..');

/**
 * The portal's sign-in and permissions for a test backend, real: tokens and
 * user info, the guest and the demo identities, the permission backend with
 * the portal's policy, and the catalog that the sign-in reads users from.
 */
export const portalSignInFeatures = [
  authServiceFactory,
  httpAuthServiceFactory,
  httpRouterServiceFactory,
  userInfoServiceFactory,
  permissionsServiceFactory,
  permissionsRegistryServiceFactory,
  authPlugin,
  guestProvider,
  demoSignInModule,
  permissionPlugin,
  portalPolicyModule,
  catalogPlugin,
];

/** Config for {@link portalSignInFeatures}: demo mode, these demo users, the example org plus `locations`. */
export function portalSignInConfig(options: {
  demoUsers: string[];
  locations?: { type: string; target: string }[];
}) {
  return {
    app: { baseUrl: 'http://localhost:3000' },
    // The demo sign-in registers only in demo mode.
    dagster: { demo: true },
    auth: {
      providers: {
        // Jest runs with NODE_ENV=test; the demo runs the guest in development.
        guest: { dangerouslyAllowOutsideDevelopment: true },
        demo: { users: options.demoUsers },
      },
    },
    permission: { enabled: true },
    catalog: {
      rules: [{ allow: ['Component', 'Location', 'Group', 'User'] }],
      locations: [
        { type: 'file', target: path.join(repoRoot, 'examples/org.yaml') },
        ...(options.locations ?? []),
      ],
    },
  };
}

/** A user token from the auth backend's refresh route, as the app signs in. */
export async function signIn(
  server: Server,
  provider: string,
  headers: Record<string, string> = {},
): Promise<string> {
  for (;;) {
    const res = await request(server)
      .get(`/api/auth/${provider}/refresh`)
      .set({ 'x-requested-with': 'XMLHttpRequest', ...headers });
    if (res.status === 200) return `Bearer ${res.body.backstageIdentity.token}`;
    // The demo identities are catalog users: wait until the catalog has read them.
    if (res.status !== 404) {
      throw new Error(`${provider} sign-in: ${res.status} ${res.text}`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}
