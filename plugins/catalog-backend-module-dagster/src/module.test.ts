import { JsonObject } from '@backstage/types';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogModuleDagster } from './module';

jest.setTimeout(60_000);

async function start(dagster: JsonObject) {
  const logger = mockServices.rootLogger.mock();
  const child = mockServices.logger.mock();
  logger.child.mockReturnValue(child);
  await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleDagster,
      logger.factory,
      mockServices.rootConfig.factory({ data: { dagster } }),
    ],
  });
  return [...child.info.mock.calls, ...child.warn.mock.calls].map(c => String(c[0]));
}

describe('catalogModuleDagster', () => {
  it('starts with the catalog and says when no Dagster is configured', async () => {
    expect(await start({})).toContain(
      'No Dagster instances configured (dagster.instances); no Dagster entities will be ingested',
    );
  });

  it('refuses a mistyped instance at start-up', async () => {
    await expect(start({ instances: [{ id: 'x', graphqlUrl: 'ftp://nope' }] })).rejects.toThrow(/http or https/);
  });
});
