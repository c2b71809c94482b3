import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { AuthenticationError } from '@backstage/errors';

/** The header the demo sign-in page sends with the chosen person's user name. */
export const DEMO_USER_HEADER = 'x-demo-user';

/**
 * Demo sign-in: the person picks one of the demo identities listed in
 * `auth.providers.demo.users` and is signed in as that catalog user, with the
 * groups the example catalog gives them. It trusts a request header, so it is
 * only for the demo: app-config.production.yaml never configures it, and
 * without `auth.providers.demo` this module registers nothing.
 */
const demoAuthenticator = createProxyAuthenticator({
  initialize({ config }) {
    return { users: new Set(config.getOptionalStringArray('users') ?? []) };
  },
  async authenticate({ req }, { users }) {
    const name = req.header(DEMO_USER_HEADER) ?? '';
    if (!users.has(name)) {
      throw new AuthenticationError(
        `"${name}" is not one of the demo identities (auth.providers.demo.users)`,
      );
    }
    return { result: { name } };
  },
  async defaultProfileTransform({ name }) {
    return { profile: { displayName: name } };
  },
});

export const demoSignInModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator,
            async signInResolver({ result }, ctx) {
              return ctx.signInWithCatalogUser({
                entityRef: {
                  kind: 'User',
                  namespace: 'default',
                  name: result.name,
                },
              });
            },
          }),
        });
      },
    });
  },
});
