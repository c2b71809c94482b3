import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import express from 'express';
import { spec } from './openapi.generated';

/**
 * A router that validates every request against the plugin's contract
 * (400 naming the part that breaks it), serves the contract at
 * `/openapi.json`, and types the handlers registered on it.
 */
export function createOpenApiRouter() {
  return createValidatedOpenApiRouter<typeof spec>(spec, {
    middleware: [express.json({ limit: '64kb' })],
    // The contract documents the bearer token; httpAuth checks it on every
    // route (and the mock auth of the tests sends none).
    validatorOptions: { validateSecurity: false },
  });
}

/**
 * 405 with an Allow header for a method the contract does not document on
 * a path it does (express would answer 404, as if the path did not exist).
 * Mount it after every route.
 */
export function refuseUndocumentedMethods(): express.RequestHandler {
  const routes = Object.entries(spec.paths).map(([path, item]) => ({
    pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
    allow: Object.keys(item).map(method => method.toUpperCase()),
  }));
  return (req, res, next) => {
    const route = routes.find(r => r.pattern.test(req.path));
    const allowed =
      route?.allow.includes(req.method) ||
      (req.method === 'HEAD' && route?.allow.includes('GET'));
    if (!route || allowed) {
      next();
      return;
    }
    res.set('Allow', route.allow.join(', '));
    res.status(405).json({
      error: {
        name: 'MethodNotAllowedError',
        message: `${req.method} is not allowed here; use ${route.allow.join(
          ' or ',
        )}`,
      },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode: 405 },
    });
  };
}

/**
 * Serves the contract as written (OpenAPI 3.1) at `/openapi.json`, with the
 * path the plugin is mounted on as its server. Mount it before the router of
 * {@link createOpenApiRouter}, whose own copy is rewritten as OpenAPI 3.0.3
 * (by openapi-merge) and so misreads `const` and `type: [string, 'null']`.
 */
export function serveContract(): express.Router {
  const router = express.Router();
  router.get('/openapi.json', (req, res) => {
    res.json({ ...spec, servers: [{ url: req.baseUrl || '/' }] });
  });
  return router;
}
