import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  ReadUrlResponseFactory,
  urlReaderFactoriesServiceRef,
} from '@backstage/backend-defaults/urlReader';
import { NotImplementedError } from '@backstage/errors';
import catalogModuleTemplateKind from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import dagsterPlugin from '@internal/backstage-plugin-dagster-backend';
import scaffolderModuleDagster from '@internal/backstage-plugin-scaffolder-backend-module-dagster';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import request from 'supertest';
import yaml from 'yaml';
import {
  portalSignInConfig,
  portalSignInFeatures,
  signIn,
} from './__testUtils__/portalSignIn';

jest.setTimeout(120_000);

const repoRoot = path.resolve(__dirname, '../../..');
const SOURCE_HOST = 'catalog-source.test';
const CATALOG_INFO_URL = `https://${SOURCE_HOST}/catalog-info.yaml`;
const CATALOG_INFO = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: road-safety
spec:
  type: service
  lifecycle: experimental
  owner: group:default/claims-data-team
`;

/** Every URL the backend read from SOURCE_HOST since the test began. */
const reads: string[] = [];

/** A URL reader for SOURCE_HOST that serves one catalog file and records each read. */
const recordingUrlReader = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return () => [
      {
        predicate: (url: URL) => url.host === SOURCE_HOST,
        reader: {
          async readUrl(url: string) {
            reads.push(url);
            return ReadUrlResponseFactory.fromReadable(
              Readable.from(Buffer.from(CATALOG_INFO)),
            );
          },
          async readTree() {
            throw new NotImplementedError('single files only');
          },
          // How the catalog reads a location (a URL may be a pattern).
          async search(url: string) {
            reads.push(url);
            return {
              etag: 'only-version',
              files: [{ url, content: async () => Buffer.from(CATALOG_INFO) }],
            };
          },
        },
      },
    ];
  },
});

/**
 * The portal's backend for this question, in process: real sign-in (the
 * demo's guest and demo identities), real tokens and user info, the
 * permission backend with the portal's policy, the catalog with the example
 * organisation, the scaffolder with our actions, and the registry behind them.
 */
async function startPortalBackend() {
  return startTestBackend({
    features: [
      ...portalSignInFeatures,
      schedulerServiceFactory,
      recordingUrlReader,
      catalogModuleTemplateKind,
      scaffolderPlugin,
      scaffolderModuleDagster,
      dagsterPlugin,
      mockServices.rootConfig.factory({
        data: portalSignInConfig({ demoUsers: ['dana.datateam'] }),
      }),
    ],
  });
}

const projectTemplate = yaml.parse(
  fs.readFileSync(
    path.join(repoRoot, 'templates/dagster-pipeline-project/template.yaml'),
    'utf8',
  ),
);

/** The project template with steps that have the backend read a URL and register it. */
const urlReadingTemplate = {
  ...projectTemplate,
  spec: {
    ...projectTemplate.spec,
    parameters: [],
    steps: [
      {
        id: 'fetch',
        action: 'fetch:plain:file',
        input: { url: CATALOG_INFO_URL, targetPath: 'catalog-info.yaml' },
      },
      {
        id: 'register',
        action: 'catalog:register',
        input: { catalogInfoUrl: CATALOG_INFO_URL },
      },
    ],
  },
};

describe('what a guest can have the backend read for them (portal policy, real backend)', () => {
  let backend: Awaited<ReturnType<typeof startPortalBackend>>;
  let guest: string;
  let dana: string;

  beforeAll(async () => {
    backend = await startPortalBackend();
    guest = await signIn(backend.server, 'guest');
    dana = await signIn(backend.server, 'demo', {
      'x-demo-user': 'dana.datateam',
    });
  });
  afterAll(() => backend?.stop());
  beforeEach(() => {
    reads.length = 0;
  });

  const dryRun = (token: string, template: unknown, values = {}) =>
    request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set('authorization', token)
      .send({ template, values, directoryContents: [] });

  /** What came of a request: its status, its error, and what the backend read for it. */
  const outcome = (res: request.Response) => ({
    status: res.status,
    error: res.body.error?.name,
    reads: [...reads],
  });
  const REFUSED = { status: 403, error: 'NotAllowedError', reads: [] };

  it("refuses the guest's template dry run before any URL is read", async () => {
    expect(outcome(await dryRun(guest, urlReadingTemplate))).toEqual(REFUSED);
  });

  it("refuses the guest's dry run of the project template", async () => {
    const res = await dryRun(guest, projectTemplate, {
      name: 'road-safety',
      description: 'Collisions and casualties on Great Britain roads',
      owner: 'group:default/claims-data-team',
      department: 'Department for Transport',
      costCentre: 'DFT-77',
      monthlyBudgetGbp: 900,
      classification: 'OFFICIAL',
      personalData: false,
      dbt: true,
      partitioning: 'daily',
      computeProfile: 'medium',
      repoLocation: 'demo',
    });
    expect(outcome(res)).toEqual(REFUSED);
    expect(res.body.directoryContents).toBeUndefined();
  });

  it.each([
    ['a location dry run', '/api/catalog/locations?dryRun=true'],
    ['a location', '/api/catalog/locations'],
  ])(
    'refuses the guest %s in the catalog before the URL is read',
    async (_what, route) => {
      const res = await request(backend.server)
        .post(route)
        .set('authorization', guest)
        .send({ type: 'url', target: CATALOG_INFO_URL });
      expect(outcome(res)).toEqual(REFUSED);
    },
  );

  it("refuses the guest's location analysis before the URL is read", async () => {
    const res = await request(backend.server)
      .post('/api/catalog/analyze-location')
      .set('authorization', guest)
      .send({ location: { type: 'url', target: CATALOG_INFO_URL } });
    expect(outcome(res)).toEqual(REFUSED);
  });

  it('lets a team member dry-run the template: the fetch step reads the URL', async () => {
    const res = await dryRun(dana, urlReadingTemplate);
    expect(res.status).toBe(200);
    expect(reads).toEqual([CATALOG_INFO_URL]);
    const log = JSON.stringify(res.body.log);
    expect(log).toMatch(
      /Skipping because catalog:register does not support dry-run/,
    );
  });

  it('lets a team member dry-run a location: the catalog reads it and says what it holds', async () => {
    const res = await request(backend.server)
      .post('/api/catalog/locations?dryRun=true')
      .set('authorization', dana)
      .send({ type: 'url', target: CATALOG_INFO_URL });
    expect(res.status).toBe(201);
    expect(reads).toEqual([CATALOG_INFO_URL]);
    expect(res.body.entities).toContainEqual(
      expect.objectContaining({
        kind: 'Component',
        metadata: expect.objectContaining({ name: 'road-safety' }),
      }),
    );
  });
});
