import { ConfigReader } from '@backstage/config';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DemoRepositories } from './DemoRepositories';

const author = { name: 'dana.datateam', email: 'dana.datateam@demo.invalid' };

describe('DemoRepositories', () => {
  let directory: string;
  let source: string;
  let repositories: DemoRepositories;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-repos-'));
    source = fs.mkdtempSync(path.join(os.tmpdir(), 'workspace-'));
    fs.writeFileSync(
      path.join(source, 'catalog-info.yaml'),
      'kind: Component\n',
    );
    fs.mkdirSync(path.join(source, 'src'));
    fs.writeFileSync(path.join(source, 'src', 'a.py'), 'print(1)\n');
    repositories = new DemoRepositories(directory);
  });
  afterEach(() => {
    fs.rmSync(directory, { recursive: true, force: true });
    fs.rmSync(source, { recursive: true, force: true });
  });

  it('is configured only when a directory is set', () => {
    expect(DemoRepositories.fromConfig(new ConfigReader({}))).toBeUndefined();
    expect(
      DemoRepositories.fromConfig(
        new ConfigReader({ dagster: { demoRepositories: { directory } } }),
      )?.directory,
    ).toBe(directory);
  });

  it('publishes a first commit that git can clone, and reads files back at it', async () => {
    const urls = await repositories.publish({
      name: 'road-safety',
      sourceDir: source,
      author,
      message: 'First',
    });
    expect(urls.catalogInfoUrl).toBe(
      `file://${directory}/road-safety.git/blob/main/catalog-info.yaml`,
    );
    const clone = path.join(source, '..', `clone-${path.basename(source)}`);
    execFileSync('git', ['clone', '--quiet', urls.remoteUrl, clone]);
    expect(fs.readFileSync(path.join(clone, 'src', 'a.py'), 'utf8')).toBe(
      'print(1)\n',
    );
    fs.rmSync(clone, { recursive: true, force: true });

    const read = await repositories.read(urls.catalogInfoUrl);
    expect(read.content.toString()).toBe('kind: Component\n');
    expect(read.commit).toMatch(/^[0-9a-f]{40}$/);
    await expect(
      repositories.read(urls.catalogInfoUrl, { etag: read.commit }),
    ).rejects.toThrow(expect.objectContaining({ name: 'NotModifiedError' }));
    await expect(
      repositories.read(urls.catalogInfoUrl, { etag: 'an-older-commit' }),
    ).resolves.toEqual(read);
    expect(fs.readdirSync(directory)).toEqual(['road-safety.git']);
  });

  it('refuses to publish over an existing repository, leaving it as it was', async () => {
    await repositories.publish({
      name: 'road-safety',
      sourceDir: source,
      author,
      message: 'First',
    });
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'workspace-'));
    fs.writeFileSync(path.join(other, 'catalog-info.yaml'), 'kind: System\n');
    await expect(
      repositories.publish({
        name: 'road-safety',
        sourceDir: other,
        author,
        message: 'Second',
      }),
    ).rejects.toThrow(/already exists/);
    const { content } = await repositories.read(
      repositories.urlsFor('road-safety').catalogInfoUrl,
    );
    expect(content.toString()).toBe('kind: Component\n');
    fs.rmSync(other, { recursive: true, force: true });
  });

  it('leaves nothing behind when publishing fails', async () => {
    await expect(
      repositories.publish({
        name: 'road-safety',
        sourceDir: path.join(source, 'missing'),
        author,
        message: 'First',
      }),
    ).rejects.toThrow();
    expect(fs.readdirSync(directory)).toEqual([]);
  });

  it.each(['../escape', 'Road', 'a;b', 'x/y'])(
    'refuses the repository name %j',
    name => {
      expect(() => repositories.urlsFor(name)).toThrow(/not a repository name/);
    },
  );

  it('serves only URLs inside its directory, and only files at a ref', async () => {
    await repositories.publish({
      name: 'road-safety',
      sourceDir: source,
      author,
      message: 'First',
    });
    const base = `file://${directory}/road-safety.git/blob`;
    expect(repositories.owns(new URL(`${base}/main/catalog-info.yaml`))).toBe(
      true,
    );
    expect(repositories.owns(new URL('file:///etc/passwd'))).toBe(false);
    expect(
      repositories.owns(new URL(`https://example.com${directory}/x`)),
    ).toBe(false);
    await expect(
      repositories.read(`${base}/main/missing.yaml`),
    ).rejects.toThrow(/No file "missing.yaml"/);
    await expect(
      repositories.read(`${base}/nope/catalog-info.yaml`),
    ).rejects.toThrow(/No branch or commit "nope"/);
    await expect(
      repositories.read(`${base}/--upload-pack=x/catalog-info.yaml`),
    ).rejects.toThrow(/not a demo repository file URL/);
    await expect(
      repositories.read(`file://${directory}/road-safety.git/HEAD`),
    ).rejects.toThrow(/not a demo repository file URL/);
    await expect(repositories.read('file:///etc/passwd')).rejects.toThrow(
      /is not in the demo repositories/,
    );
    await expect(
      repositories.read(
        `file://${directory}/other.git/blob/main/catalog-info.yaml`,
      ),
    ).rejects.toThrow(/No demo repository named "other"/);
  });
});
