import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { dagsterOwnerMappingExtensionPoint } from '@internal/backstage-plugin-dagster-node';
import { FaultProxy, startFaultProxy } from '@internal/dagster-fault-proxy';
import { startTestEstate, TestEstate } from '@internal/local-dagster';
import path from 'node:path';
import request from 'supertest';
import { catalogModuleDagster } from './module';

jest.setTimeout(120_000);

/*
 * Real Dagster serving the small test estate (packages/local-dagster/test-estate):
 * two projects, a cross-project edge, an unknown owner and a personal-data column.
 * The portal reads it through the fault proxy, so a test can make Dagster
 * unreachable or answer garbage.
 */

async function startPortal(
  dagster: FaultProxy,
  options: { client?: JsonObject; features?: BackendFeature[] } = {},
) {
  const logger = mockServices.rootLogger.mock();
  const child = mockServices.logger.mock();
  logger.child.mockReturnValue(child);
  child.child.mockReturnValue(child);
  const data: JsonObject = {
    dagster: {
      instances: [{ id: 'sim', graphqlUrl: dagster.graphqlUrl }],
      ...(options.client ? { client: options.client } : {}),
    },
    catalog: {
      providers: {
        dagster: {
          schedule: {
            frequency: { seconds: 1 },
            timeout: { seconds: 20 },
            scope: 'local',
          },
        },
      },
      locations: [
        {
          type: 'file',
          target: path.resolve(__dirname, '__fixtures__/org.yaml'),
        },
      ],
      rules: [
        {
          allow: [
            'Group',
            'User',
            'System',
            'Resource',
            'Location',
            'Component',
          ],
        },
      ],
    },
  };
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleDagster,
      // The real scheduler, so the provider refreshes on its schedule as in production.
      schedulerServiceFactory,
      logger.factory,
      mockServices.rootConfig.factory({ data }),
      ...(options.features ?? []),
    ],
  });
  const warnings = () => child.warn.mock.calls.map(c => String(c[0]));
  return { server: backend.server, warnings };
}

async function dagsterEntities(server: unknown): Promise<Entity[]> {
  const res = await request(server as any).get(
    '/api/catalog/entities/by-query?filter=metadata.annotations.dagster.io/instance=sim&limit=500',
  );
  return res.body.items ?? [];
}

async function waitFor<T>(
  fn: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await fn();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}; last value ${JSON.stringify(
          value,
        ).slice(0, 500)}`,
      );
    await new Promise(r => setTimeout(r, 250));
  }
}

const byName = (entities: Entity[], name: string) =>
  entities.find(e => e.metadata.name === name);

describe('Dagster entity provider in a real catalog', () => {
  let estate: TestEstate;
  let proxy: FaultProxy;
  beforeAll(async () => {
    estate = await startTestEstate();
  });
  afterAll(() => estate?.stop());
  beforeEach(async () => {
    proxy = await startFaultProxy({ target: estate.url });
  });
  afterEach(() => proxy.stop());

  it('puts projects and assets in the catalog with owners, lineage and personal-data labels', async () => {
    const { server } = await startPortal(proxy);
    // Owners resolve once the catalog holds the groups and users, at the latest on the next refresh.
    const entities = await waitFor(
      () => dagsterEntities(server),
      e =>
        e.length === 5 &&
        byName(e, 'claims.claimants')?.spec?.owner ===
          'user:default/dana.datateam',
      'five Dagster entities with their owners',
    );

    const claimants = byName(entities, 'claims.claimants')!;
    expect(claimants.spec).toMatchObject({
      type: 'dagster-asset',
      owner: 'user:default/dana.datateam',
      system: 'system:default/benefit_claims',
    });
    expect(claimants.metadata.labels).toEqual({
      'dagster.io/personal-data': 'true',
    });
    const spend = entities.find(
      e =>
        e.metadata.annotations?.['dagster.io/asset-key'] ===
        'finance/spend by region',
    )!;
    expect(spend.metadata.name).toMatch(
      /^finance_spend_by_region-[0-9a-f]{10}$/,
    );
    expect(spend.metadata.labels).toEqual({ 'dagster.io/ownerless': 'true' });
    expect(spend.spec?.owner).toBe('group:default/data-platform-team');
    // Lineage across projects is a real catalog relation.
    expect(spend.relations).toEqual(
      expect.arrayContaining([
        { type: 'dependsOn', targetRef: 'resource:default/claims.claimants' },
      ]),
    );
    expect(byName(entities, 'benefit_claims')?.kind).toBe('System');
  });

  it('gives assets and projects the owners a module sets through the owner mapping extension point', async () => {
    // An adopter's rule: each asset belongs to the stewards of its domain.
    const stewards = createBackendModule({
      pluginId: 'catalog',
      moduleId: 'dagster-stewards',
      register(env) {
        env.registerInit({
          deps: { owners: dagsterOwnerMappingExtensionPoint },
          async init({ owners }) {
            owners.setOwnerMapping(({ asset }) => ({
              owner: `group:default/${asset.key[0]}-stewards`,
            }));
          },
        });
      },
    });
    const { server } = await startPortal(proxy, { features: [stewards] });
    const entities = await waitFor(
      () => dagsterEntities(server),
      e => e.length === 5,
      'five Dagster entities',
    );
    const ownerOf = (name: string) => byName(entities, name)?.spec?.owner;
    expect(ownerOf('claims.claimants')).toBe('group:default/claims-stewards');
    expect(ownerOf('claims.raw_claims')).toBe('group:default/claims-stewards');
    // A project is owned by the owner most of its assets got.
    expect(ownerOf('benefit_claims')).toBe('group:default/claims-stewards');
    const spend = entities.find(
      e =>
        e.metadata.annotations?.['dagster.io/asset-key'] ===
        'finance/spend by region',
    )!;
    // The built-in mapping left this one ownerless; the module's does not.
    expect(spend.spec?.owner).toBe('group:default/finance-stewards');
    expect(spend.metadata.labels).toEqual({});
  });

  it('reads Dagster with the dagster.client settings', async () => {
    // Slower than the configured timeout, far quicker than the default 15 s.
    proxy.setFaults({ latencyMs: 5_000 });
    const { warnings } = await startPortal(proxy, {
      client: { timeoutMs: 300, maxAttempts: 1 },
    });
    const timedOut = await waitFor(
      async () =>
        warnings().find(line =>
          /Could not read Dagster instance "sim"/.test(line),
        ),
      line => line !== undefined,
      'a refresh that failed',
    );
    expect(timedOut).toMatch(/did not answer BsServerVersion within 300 ms/);
  });

  it("lives beside a template's catalog-info.yaml without duplicates or conflicts", async () => {
    const { server } = await startPortal(proxy);
    await waitFor(
      () => dagsterEntities(server),
      e => e.length === 5,
      'first ingestion',
    );
    const res = await request(server as any).get(
      '/api/catalog/entities/by-query?filter=metadata.annotations.dagster.io/code-location=benefit_claims&limit=50',
    );
    const kinds = (res.body.items as Entity[])
      .map(e => `${e.kind}:${e.metadata.name}`)
      .sort();
    expect(kinds).toEqual([
      'Component:benefit-claims-pipelines',
      'Resource:claims.claimants',
      'Resource:claims.raw_claims',
      'System:benefit_claims',
    ]);
    const component = (res.body.items as Entity[]).find(
      e => e.kind === 'Component',
    )!;
    expect(component.relations).toEqual(
      expect.arrayContaining([
        { type: 'partOf', targetRef: 'system:default/benefit_claims' },
      ]),
    );
    expect((component as any).status?.items ?? []).toEqual([]);
  });

  it('keeps the last good entities when Dagster is unreachable or answers garbage', async () => {
    const { server, warnings } = await startPortal(proxy);
    await waitFor(
      () => dagsterEntities(server),
      e => e.length === 5,
      'first ingestion',
    );

    const unreadable = () =>
      warnings().filter(w => /Could not read Dagster instance "sim"/.test(w))
        .length;
    for (const fault of [{ down: true }, { garbage: true }]) {
      proxy.setFaults({ down: false, garbage: false, ...fault });
      const warned = unreadable();
      await waitFor(
        async () => unreadable(),
        n => n > warned,
        `a failed refresh with ${JSON.stringify(fault)}`,
      );
      expect((await dagsterEntities(server)).length).toBe(5);
    }
  });

  it('keeps the entities of a location that fails to load while others update', async () => {
    const { server, warnings } = await startPortal(proxy);
    await waitFor(
      () => dagsterEntities(server),
      e => e.length === 5,
      'first ingestion',
    );
    await estate.breakLocation('finance', 'finance_defs');
    try {
      await waitFor(
        async () =>
          warnings().some(w =>
            /"finance" failed to load \(.*finance_defs.*\); keeping its 2 last good entities/.test(
              w,
            ),
          ),
        ok => ok,
        'the location warning',
      );
      const entities = await dagsterEntities(server);
      expect(entities.map(e => e.metadata.name).sort()).toHaveLength(5);
      expect(byName(entities, 'finance')).toBeDefined();
    } finally {
      await estate.repairLocation('finance');
    }
  });
});
