import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from './paths';
import { LocalDagster, startLocalDagster } from './startLocalDagster';

/** A running copy of the small test estate. @public */
export interface TestEstate extends LocalDagster {
  /** Makes a location fail to load for real: its file imports a module that does not exist. */
  breakLocation(name: string, missingModule: string): Promise<void>;
  /** Restores a broken location's file and reloads it. */
  repairLocation(name: string): Promise<void>;
}

const SOURCE = path.join(packageRoot(), 'test-estate');

/**
 * Starts real Dagster on a private copy of the test estate (two projects:
 * `benefit_claims` and `finance`), so a test may break and repair locations.
 *
 * @public
 */
export async function startTestEstate(): Promise<TestEstate> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagster-test-estate-'));
  fs.cpSync(SOURCE, dir, { recursive: true });
  const dagster = await startLocalDagster({
    workspace: path.join(dir, 'workspace.yaml'),
    home: path.join(dir, 'home'),
  });
  const file = (name: string) => path.join(dir, `${name}.py`);
  const original = (name: string) =>
    fs.readFileSync(path.join(SOURCE, `${name}.py`), 'utf8');
  return {
    ...dagster,
    breakLocation: async (name, missingModule) => {
      fs.writeFileSync(
        file(name),
        `import ${missingModule}  # noqa: F401\n${original(name)}`,
      );
      await dagster.reloadLocation(name);
    },
    repairLocation: async name => {
      fs.writeFileSync(file(name), original(name));
      await dagster.reloadLocation(name);
    },
    stop: async () => {
      await dagster.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
