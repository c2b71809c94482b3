import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import express from 'express';
import fs from 'node:fs/promises';
import request from 'supertest';
import { plainErrorBodies, showsInternals } from './errorBodies';

/** A router that answers its errors as a plugin's does under NODE_ENV=development: with stacks. */
function appWithPlainErrors() {
  const logger = mockServices.logger.mock();
  const app = express();
  app.use(plainErrorBodies(logger));
  app.get('/input', () => {
    throw new InputError('name: use lowercase letters', new Error('a cause'));
  });
  app.get('/down', () => {
    throw new ServiceUnavailableError(
      'Dagster instance "production" is unavailable',
    );
  });
  app.get('/file', (_req, _res, next) => {
    fs.readFile('/no/such/dir/skeleton').catch(next);
  });
  app.get('/fine', (_req, res) => {
    res.json({ error: { stack: 'a field of the answer' } });
  });
  app.use(
    MiddlewareFactory.create({
      config: mockServices.rootConfig(),
      logger,
    }).error({ showStackTraces: true }),
  );
  return { app, logger };
}

describe('plainErrorBodies', () => {
  it('keeps the name and message of a 4xx, and drops its stacks and its cause’s', async () => {
    const { app } = appWithPlainErrors();
    const res = await request(app).get('/input');
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      name: 'InputError',
      message: 'name: use lowercase letters; caused by Error: a cause',
      cause: { name: 'Error', message: 'a cause' },
    });
    expect(res.body.request).toEqual({ method: 'GET', url: '/input' });
  });

  it('keeps the message of a 503, which says what is unavailable', async () => {
    const { app } = appWithPlainErrors();
    const res = await request(app).get('/down');
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({
      name: 'ServiceUnavailableError',
      message: 'Dagster instance "production" is unavailable',
    });
  });

  it('answers a 500 with a log id, and logs what happened under it', async () => {
    const { app, logger } = appWithPlainErrors();
    const res = await request(app).get('/file');
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('/no/such/dir');
    const logId = /^An internal error occurred logId=([0-9a-f]+)$/.exec(
      res.body.error.message,
    )?.[1];
    expect(logId).toBeDefined();
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(`logId=${logId}`),
      expect.objectContaining({
        logId,
        error: expect.stringContaining('/no/such/dir/skeleton'),
      }),
    );
  });

  it('leaves answers that are not errors alone', async () => {
    const { app } = appWithPlainErrors();
    const res = await request(app).get('/fine');
    expect(res.body).toEqual({ error: { stack: 'a field of the answer' } });
  });
});

describe('showsInternals', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  const config = (authEnvironment?: string) =>
    mockServices.rootConfig({
      data: authEnvironment ? { auth: { environment: authEnvironment } } : {},
    });

  it('shows them only while developing on the demo config', () => {
    process.env.NODE_ENV = 'development';
    expect(showsInternals(config())).toBe(true);
    expect(showsInternals(config('production'))).toBe(false);
    process.env.NODE_ENV = 'production';
    expect(showsInternals(config())).toBe(false);
  });
});
