import type {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import type { RequestHandler } from 'express';
import { randomBytes } from 'node:crypto';

/**
 * Whether error bodies may show what went wrong inside the backend: stack
 * traces (Backstage adds them whenever NODE_ENV is development, as
 * `yarn start` sets it) and the message of a 500. Only while developing on
 * the demo config; never with the production config, whatever starts it.
 */
export function showsInternals(config: RootConfigService): boolean {
  return (
    process.env.NODE_ENV === 'development' &&
    config.getOptionalString('auth.environment') !== 'production'
  );
}

/** Drops every `stack` in an error and whatever it nests (causes, bodies). */
function withoutStacks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutStacks);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'stack')
      .map(([key, nested]) => [key, withoutStacks(nested)]),
  );
}

/**
 * Error bodies as any caller may see them: each error's name and message,
 * no stack traces, and a 500 with a log id only (its message can name server
 * paths, such as a file-system error's), logged under that id for operators.
 * Backstage does this for database errors; this covers every other error of
 * every plugin, since each plugin router answers its errors itself.
 */
export function plainErrorBodies(logger: LoggerService): RequestHandler {
  return (req, res, next) => {
    const json = res.json.bind(res);
    res.json = ((body: unknown) => {
      const error = (body as { error?: unknown } | undefined)?.error;
      if (res.statusCode < 400 || !error || typeof error !== 'object') {
        return json(body);
      }
      if (res.statusCode === 500) {
        const logId = randomBytes(10).toString('hex');
        logger.error(
          `Answered ${req.method} ${req.originalUrl} with 500 without its message, logId=${logId}`,
          { logId, error: JSON.stringify(error) },
        );
        return json({
          ...(body as object),
          error: {
            name: 'Error',
            message: `An internal error occurred logId=${logId}`,
          },
        });
      }
      return json({ ...(body as object), error: withoutStacks(error) });
    }) as typeof res.json;
    next();
  };
}

/** Backstage's root HTTP router, answering errors with plain bodies unless {@link showsInternals}. */
export const rootHttpRouterWithPlainErrors = rootHttpRouterServiceFactory({
  configure({ app, config, logger, applyDefaults }) {
    if (!showsInternals(config)) {
      app.use(plainErrorBodies(logger.child({ type: 'errorBody' })));
    }
    applyDefaults();
  },
});
