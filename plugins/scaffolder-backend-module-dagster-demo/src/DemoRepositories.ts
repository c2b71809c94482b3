import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  ConflictError,
  InputError,
  NotFoundError,
  NotModifiedError,
} from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { git } from './git';

const REPO_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const BRANCH = 'main';

/** Where a published demo repository can be cloned and read. */
export interface DemoRepositoryUrls {
  /** `git clone` works with it. */
  remoteUrl: string;
  repoContentsUrl: string;
  catalogInfoUrl: string;
}

/**
 * The demo publish target: bare git repositories in a local directory, so a
 * project can be created end to end offline. Files in them are addressed as
 * `file:///<directory>/<name>.git/blob/<ref>/<path>`, which the demo URL
 * reader serves to the catalog.
 *
 * @public
 */
export class DemoRepositories {
  /** Undefined when `dagster.demoRepositories.directory` is not configured. */
  static fromConfig(config: Config): DemoRepositories | undefined {
    const directory = config.getOptionalString(
      'dagster.demoRepositories.directory',
    );
    return directory
      ? new DemoRepositories(path.resolve(directory))
      : undefined;
  }

  constructor(readonly directory: string) {}

  urlsFor(name: string): DemoRepositoryUrls {
    const remoteUrl = pathToFileURL(this.repositoryPath(name)).href;
    return {
      remoteUrl,
      repoContentsUrl: `${remoteUrl}/blob/${BRANCH}/`,
      catalogInfoUrl: `${remoteUrl}/blob/${BRANCH}/catalog-info.yaml`,
    };
  }

  async exists(name: string): Promise<boolean> {
    return fs.stat(this.repositoryPath(name)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Commits a directory's files as the first commit of a new bare repository.
   * Either the repository is complete or it is not there at all.
   */
  async publish(options: {
    name: string;
    sourceDir: string;
    author: { name: string; email: string };
    message: string;
  }): Promise<DemoRepositoryUrls> {
    const { name, sourceDir, author, message } = options;
    const target = this.repositoryPath(name);
    if (await this.exists(name)) {
      throw new ConflictError(
        `A demo repository named "${name}" already exists in ${this.directory}`,
      );
    }
    await fs.mkdir(this.directory, { recursive: true });
    const identity = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    };
    const staging = `${target}.partial-${process.pid}-${Date.now()}`;
    try {
      await git([
        'init',
        '--quiet',
        '--bare',
        `--initial-branch=${BRANCH}`,
        staging,
      ]);
      await git(['init', '--quiet', `--initial-branch=${BRANCH}`], {
        cwd: sourceDir,
      });
      await git(['add', '--all'], { cwd: sourceDir });
      await git(['commit', '--quiet', '--no-verify', '-m', message], {
        cwd: sourceDir,
        env: identity,
      });
      await git(['push', '--quiet', staging, `HEAD:refs/heads/${BRANCH}`], {
        cwd: sourceDir,
      });
      await fs.rename(staging, target);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
    return this.urlsFor(name);
  }

  /** Whether a URL points into this target. */
  owns(url: URL): boolean {
    if (url.protocol !== 'file:') return false;
    const file = fileURLToPath(url);
    return file.startsWith(`${this.directory}${path.sep}`);
  }

  /**
   * A file's content and the commit it was read at. With the commit of an
   * earlier read as `etag`, throws NotModifiedError without reading the file
   * when the ref still points there.
   */
  async read(
    url: string,
    options: { etag?: string } = {},
  ): Promise<{ content: Buffer; commit: string }> {
    const { name, ref, file } = this.parse(url);
    const repository = this.repositoryPath(name);
    if (!(await this.exists(name))) {
      throw new NotFoundError(`No demo repository named "${name}"`);
    }
    let commit: string;
    try {
      commit = (
        await git([
          '--git-dir',
          repository,
          'rev-parse',
          '--verify',
          `${ref}^{commit}`,
        ])
      )
        .toString('utf8')
        .trim();
    } catch {
      throw new NotFoundError(
        `No branch or commit "${ref}" in demo repository "${name}"`,
      );
    }
    if (options.etag === commit) throw new NotModifiedError();
    try {
      const content = await git([
        '--git-dir',
        repository,
        'show',
        `${commit}:${file}`,
      ]);
      return { content, commit };
    } catch {
      throw new NotFoundError(
        `No file "${file}" at ${ref} in demo repository "${name}"`,
      );
    }
  }

  private parse(url: string): { name: string; ref: string; file: string } {
    const parsed = new URL(url);
    if (!this.owns(parsed)) {
      throw new InputError(
        `${url} is not in the demo repositories at ${this.directory}`,
      );
    }
    const relative = path
      .relative(this.directory, fileURLToPath(parsed))
      .split(path.sep);
    const [repository, blob, ref, ...rest] = relative;
    const name = repository?.replace(/\.git$/, '');
    const file = rest.join('/');
    if (
      !repository?.endsWith('.git') ||
      !REPO_NAME.test(name) ||
      blob !== 'blob' ||
      !REF.test(ref ?? '') ||
      !file ||
      rest.some(
        segment => segment === '' || segment === '..' || segment === '.',
      )
    ) {
      throw new InputError(
        `${url} is not a demo repository file URL (file:///<directory>/<name>.git/blob/<ref>/<path>)`,
      );
    }
    return { name, ref, file };
  }

  private repositoryPath(name: string): string {
    if (!REPO_NAME.test(name)) {
      throw new InputError(
        `"${name}" is not a repository name: use lowercase letters, digits and hyphens`,
      );
    }
    return resolveSafeChildPath(this.directory, `${name}.git`);
  }
}
