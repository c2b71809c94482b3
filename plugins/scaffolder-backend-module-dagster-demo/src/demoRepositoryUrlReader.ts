import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  ReadUrlResponseFactory,
  urlReaderFactoriesServiceRef,
} from '@backstage/backend-defaults/urlReader';
import { NotImplementedError } from '@backstage/errors';
import { Readable } from 'node:stream';
import { DemoRepositories } from './DemoRepositories';

/**
 * Lets the catalog (and anything else reading URLs) read files from the demo
 * repositories, so `catalog:register` works on a project published offline.
 * Adds nothing when `dagster.demoRepositories.directory` is not configured.
 *
 * @public
 */
export const demoRepositoryUrlReaderFactory = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return ({ config }) => {
      const repositories = DemoRepositories.fromConfig(config);
      if (!repositories) return [];
      return [
        {
          predicate: (url: URL) => repositories.owns(url),
          reader: {
            async readUrl(url, options) {
              const { content, commit } = await repositories.read(url, {
                etag: options?.etag,
              });
              return ReadUrlResponseFactory.fromReadable(
                Readable.from(content),
                {
                  etag: commit,
                },
              );
            },
            async search(url, options) {
              const { content, commit } = await repositories.read(url, {
                etag: options?.etag,
              });
              return {
                etag: commit,
                files: [{ url, content: async () => content }],
              };
            },
            async readTree() {
              throw new NotImplementedError(
                'Demo repositories serve single files only',
              );
            },
          },
        },
      ];
    };
  },
});
