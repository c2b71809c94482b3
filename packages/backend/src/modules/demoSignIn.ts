import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
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
 * only for the demo: it registers only with `dagster.demo: true` and an
 * `auth.environment` other than production (app-config.production.yaml sets both).
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
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ providers, config, logger }) {
        // Config files merge, so a production file laid over app-config.yaml
        // still holds auth.providers.demo: the demo flag decides, not its presence.
        const demo = config.getOptionalBoolean('dagster.demo') ?? false;
        const production =
          config.getOptionalString('auth.environment') === 'production';
        if (!demo || production) {
          if (config.has('auth.providers.demo')) {
            logger.warn(
              'Demo sign-in is off: it trusts a request header, so it only runs with dagster.demo: true outside auth.environment production',
            );
          }
          return;
        }
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
