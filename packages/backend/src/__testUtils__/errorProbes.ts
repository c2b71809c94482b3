/**
 * Requests that go wrong in different ways (bad input, no token, nothing
 * there, Dagster down, the scaffolder failing inside), on the routes of
 * several plugins of a running backend.
 */
import request from 'supertest';
import { ASSET_REF, ProductionBackend } from './productionBackend';

const project = {
  name: 'road-safety',
  owner: 'group:default/transport-analysts',
  costCentre: 'DFT-77',
  monthlyBudgetGbp: 900,
  classification: 'OFFICIAL',
  personalData: false,
};

/** A template whose skeleton was not sent: the scaffolder's file-system error names a server path. */
export const templateWithoutItsFiles = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'no-files' },
  spec: {
    type: 'service',
    steps: [
      { id: 'fetch', action: 'fetch:template', input: { url: './skeleton' } },
    ],
  },
};

export interface Probe {
  name: string;
  /** The status, or '4xx' where the contract may still settle on 400, 413 or 415. */
  status: number | '4xx';
  send(backend: ProductionBackend): request.Test;
}

export const statusAs = (actual: number, expected: Probe['status']) =>
  expected === '4xx' && actual >= 400 && actual < 500 ? '4xx' : actual;

const get =
  (path: string, signedIn = true) =>
  (b: ProductionBackend) => {
    const req = request(b.baseUrl).get(path);
    return signedIn ? req.set('authorization', b.authorization) : req;
  };
export const post =
  (path: string, body: string | object, type = 'application/json') =>
  (b: ProductionBackend) =>
    request(b.baseUrl)
      .post(path)
      .set('authorization', b.authorization)
      .set('content-type', type)
      .send(body);
const asset = encodeURIComponent(ASSET_REF);

/** Requests that go wrong in different ways on the routes of several plugins. */
export const PROBES: Probe[] = [
  {
    name: 'projects without a token',
    status: 401,
    send: get('/api/dagster/projects', false),
  },
  {
    name: 'status without a token',
    status: 401,
    send: get('/api/dagster/status', false),
  },
  {
    name: 'a project as broken JSON',
    status: 400,
    send: post('/api/dagster/projects', '{"name":'),
  },
  {
    name: 'a project with a number for a name',
    status: 400,
    send: post('/api/dagster/projects', { ...project, name: 1 }),
  },
  {
    name: 'a project with a list for a classification',
    status: 400,
    send: post('/api/dagster/projects', {
      ...project,
      classification: ['OFFICIAL'],
    }),
  },
  {
    name: 'a project with a 1,000-character owner',
    status: 400,
    send: post('/api/dagster/projects', {
      ...project,
      owner: `group:default/${'x'.repeat(1000)}`,
    }),
  },
  {
    name: 'a project with dryRun=1',
    status: 400,
    send: post('/api/dagster/projects?dryRun=1', project),
  },
  {
    name: 'a project as text',
    status: '4xx',
    send: post('/api/dagster/projects', 'name=x', 'text/plain'),
  },
  {
    name: 'a 2 MB project',
    status: '4xx',
    send: post('/api/dagster/projects', {
      ...project,
      description: 'x'.repeat(2_000_000),
    }),
  },
  {
    name: 'a project that does not exist',
    status: 404,
    send: get('/api/dagster/projects/no-such-project'),
  },
  {
    name: 'a project with a malformed escape',
    status: 400,
    send: get('/api/dagster/projects/%E0%A4%A'),
  },
  {
    name: 'lineage while Dagster is down',
    status: 503,
    send: get(`/api/dagster/lineage?entityRef=${asset}`),
  },
  {
    name: 'checks while Dagster is down',
    status: 503,
    send: get(`/api/dagster/checks?entityRef=${asset}`),
  },
  {
    name: 'lineage of a broken ref',
    status: 400,
    send: get('/api/dagster/lineage?entityRef=%00%0D%0A'),
  },
  {
    name: 'lineage too deep',
    status: 400,
    send: get(`/api/dagster/lineage?entityRef=${asset}&depth=99`),
  },
  {
    name: 'lineage of an entity not in the catalog',
    status: 404,
    send: get(
      `/api/dagster/lineage?entityRef=${encodeURIComponent(
        'resource:default/nothing',
      )}`,
    ),
  },
  {
    name: 'a catalog route that does not exist',
    status: 404,
    send: get('/api/catalog/no-such-route'),
  },
  {
    name: 'a catalog entity that does not exist',
    status: 404,
    send: get('/api/catalog/entities/by-name/component/default/nothing'),
  },
  {
    name: 'entities by refs as broken JSON',
    status: 400,
    send: post('/api/catalog/entities/by-refs', '{"entityRefs":'),
  },
  {
    name: 'a file location in the catalog',
    status: 400,
    send: post('/api/catalog/locations', {
      type: 'file',
      target: '/etc/passwd',
    }),
  },
  {
    name: 'a template dry run without its files',
    status: 500,
    send: post('/api/scaffolder/v2/dry-run', {
      template: templateWithoutItsFiles,
      values: {},
      directoryContents: [],
    }),
  },
  {
    name: "a scaffolder task with a malformed id (the scaffolder's own 500)",
    status: 500,
    send: get('/api/scaffolder/v2/tasks/not-a-uuid'),
  },
  {
    name: 'a permission decision asked by a service',
    status: 403,
    send: post('/api/permission/authorize', { items: [] }),
  },
  {
    name: 'a plugin that does not exist',
    status: 404,
    send: get('/api/no-such-plugin'),
  },
];
