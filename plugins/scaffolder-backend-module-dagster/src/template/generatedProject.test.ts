import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDagsterInstance } from '../__testUtils__/dagsterInstance';
import { writeContents } from '../__testUtils__/generatedProject';
import {
  ProjectCheck,
  projectCheckEnvNames,
  projectChecks,
  SAMPLE_PARTITION,
  shellCommand,
  workflowJob,
} from '../__testUtils__/projectChecks';
import {
  combinationValues,
  TEMPLATE_COMBINATIONS,
} from '../__testUtils__/projectValues';
import {
  expectToolSucceeds,
  findVenv,
  unmetByLock,
} from '../__testUtils__/pythonToolchain';
import {
  dryRunTemplate,
  repoRoot,
  startTemplateBackend,
  TemplateBackend,
} from '../__testUtils__/templateBackend';

// Renders the template through the real scaffolder's dry run, for every dbt × partitioning
// combination, and runs the generated project's own checks with the pinned toolchain
// (python/requirements.lock, installed by scripts/python.sh): offline, one combination after
// another, each command a child process with a timeout.

/** Longest any one command may take; a cold dbt + Dagster start on 2 cores is ~15 s. */
const COMMAND_TIMEOUT_MS = 180_000;
const TEST_TIMEOUT_MS = COMMAND_TIMEOUT_MS + 30_000;
jest.setTimeout(TEST_TIMEOUT_MS);

/** Sample data only; the CI workflow sets the same kind of throwaway key. */
const TEST_PSEUDONYMISATION_KEY = 'generated-project-test-key';

/** Variables from the caller's shell that would point the tools elsewhere. */
const INHERITED_SETTINGS =
  /^(PYTHON|VIRTUAL_ENV|CONDA_|DAGSTER_|DBT_|DUCKDB_|CASES_API_|LANDING_BUCKET|AWS_|S3_ENDPOINT_URL|PII_)/;

const seconds: Record<string, number> = {};

describe('the generated project, run with the pinned Python toolchain', () => {
  let backend: TemplateBackend;
  let venv: string;
  const roots: string[] = [];

  beforeAll(async () => {
    venv = findVenv();
    backend = await startTemplateBackend();
  });
  afterAll(async () => {
    await backend?.stop();
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
    const total = Object.values(seconds).reduce((sum, s) => sum + s, 0);
    // eslint-disable-next-line no-console
    console.log(
      [
        `Generated projects: ${total.toFixed(1)}s for ${
          Object.keys(seconds).length
        } combinations`,
        ...Object.entries(seconds).map(
          ([name, s]) => `  ${name}: ${s.toFixed(1)}s`,
        ),
      ].join('\n'),
    );
  });

  describe.each(TEMPLATE_COMBINATIONS)(
    'dbt $dbt, partitioning $partitioning, personal data $personalData ($name)',
    combination => {
      const packageName = combination.name.replaceAll('-', '_');
      const checks = projectChecks({ packageName, ...combination });
      const partitioned = combination.partitioning !== 'none';
      let project: string;
      let env: NodeJS.ProcessEnv;

      beforeAll(async () => {
        const res = await dryRunTemplate(
          backend.server,
          combinationValues(combination),
        );
        if (res.status !== 200) {
          throw new Error(
            `dry run answered ${res.status}: ${JSON.stringify(res.body)}`,
          );
        }
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-run-'));
        roots.push(root);
        project = writeContents(
          res.body.directoryContents,
          path.join(root, combination.name),
        );
        const dagsterHome = path.join(root, 'dagster_home');
        fs.mkdirSync(dagsterHome);
        fs.writeFileSync(
          path.join(dagsterHome, 'dagster.yaml'),
          'telemetry:\n  enabled: false\n',
        );
        env = {
          ...Object.fromEntries(
            Object.entries(process.env).filter(
              ([name]) => !INHERITED_SETTINGS.test(name),
            ),
          ),
          PATH: [path.join(venv, 'bin'), process.env.PATH].join(path.delimiter),
          VIRTUAL_ENV: venv,
          // Stands in for CI's `pip install -e .`: the package imports from the checkout.
          PYTHONPATH: project,
          DUCKDB_DATABASE: path.join(root, 'warehouse.duckdb'),
          DAGSTER_HOME: dagsterHome,
          ...(combination.personalData
            ? { PII_PSEUDONYMISATION_KEY: TEST_PSEUDONYMISATION_KEY }
            : {}),
          NO_COLOR: '1',
        };
      });

      it('pins its dependencies to the versions the toolchain is installed from', async () => {
        expect(
          await unmetByLock(
            venv,
            path.join(project, 'pyproject.toml'),
            path.join(repoRoot, 'python', 'requirements.lock'),
          ),
        ).toEqual([]);
      });

      it('has a CI workflow and README that run these same checks, in this order', () => {
        const commands = checks.map(check => shellCommand(check.argv));
        const ci = workflowJob(
          fs.readFileSync(
            path.join(project, '.github/workflows/ci.yml'),
            'utf8',
          ),
          'test',
        );
        expect(ci.lines.filter(line => commands.includes(line))).toEqual(
          commands,
        );
        expect(Object.keys(ci.env)).toEqual(
          expect.arrayContaining(projectCheckEnvNames(combination)),
        );
        expect(ci.lines).toContain('mkdir -p "$DAGSTER_HOME"');

        const readme = fs.readFileSync(path.join(project, 'README.md'), 'utf8');
        const readmeLines = readme.split('\n').map(line => line.trim());
        expect(readmeLines.filter(line => commands.includes(line))).toEqual(
          commands,
        );
      });

      const timed = async (check: ProjectCheck) => {
        const run = await expectToolSucceeds(venv, check.argv, {
          cwd: project,
          env,
          timeoutMs: COMMAND_TIMEOUT_MS,
        });
        seconds[combination.name] =
          (seconds[combination.name] ?? 0) + run.seconds;
        return run;
      };

      /** The materialisation ran every asset and every check, and every check passed. */
      const expectEveryAssetAndCheck = async () => {
        const instance = await readDagsterInstance(venv, packageName, {
          cwd: project,
          env,
          timeoutMs: COMMAND_TIMEOUT_MS,
        });
        expect(instance.assets).toEqual(
          expect.arrayContaining([
            'bronze/raw_cases',
            'silver/cases',
            'gold/cases_by_district',
          ]),
        );
        expect(instance.checks.length).toBeGreaterThanOrEqual(5);
        expect(instance.runs).toHaveLength(1);
        const [run] = instance.runs;
        expect(run.status).toBe('SUCCESS');
        expect(run.tags['dagster/partition']).toBe(
          partitioned ? SAMPLE_PARTITION : undefined,
        );
        expect(run.materialized.map(m => m.asset).sort()).toEqual(
          instance.assets,
        );
        expect(new Set(run.materialized.map(m => m.partition))).toEqual(
          new Set([partitioned ? SAMPLE_PARTITION : null]),
        );
        expect(run.evaluations.map(e => e.check).sort()).toEqual(
          instance.checks,
        );
        expect(run.evaluations.filter(e => !e.passed)).toEqual([]);
      };

      // In the list's order: each check may need what an earlier one made (dbt's manifest,
      // the loaded warehouse).
      for (const check of checks) {
        const thenVerify = check.materialises
          ? expectEveryAssetAndCheck
          : async () => {};
        it(`${check.title}: ${shellCommand(check.argv)}`, async () => {
          // timed() fails with the tool's output; this names what passing means.
          expect((await timed(check)).exitCode).toBe(0);
          await thenVerify();
        });
      }
    },
  );
});
