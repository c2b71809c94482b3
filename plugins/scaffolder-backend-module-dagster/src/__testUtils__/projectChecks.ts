import yaml from 'yaml';

/**
 * The checks a generated project runs on itself, in order: the one list that
 * generatedProject.test.ts runs and that the project's CI workflow must run too.
 */
export interface ProjectCheck {
  /** What passing it shows, for the test's name. */
  title: string;
  /** The command; argv[0] is a tool from the project's dependencies. */
  argv: string[];
  /** The whole-project materialisation, after which the test reads the Dagster instance. */
  materialises?: boolean;
}

/** The partition a partitioned project's materialisation runs: any day has sample data. */
export const SAMPLE_PARTITION = '2024-03-01';

export function projectChecks(project: {
  packageName: string;
  dbt: boolean;
  partitioning: string;
}): ProjectCheck[] {
  const dbtDirs = [
    '--project-dir',
    'dbt_project',
    '--profiles-dir',
    'dbt_project',
  ];
  const definitions = ['-m', `${project.packageName}.definitions`];
  const partition =
    project.partitioning === 'none' ? [] : ['--partition', SAMPLE_PARTITION];
  const withDbt = (check: ProjectCheck) => (project.dbt ? [check] : []);
  return [
    { title: 'passes ruff check', argv: ['ruff', 'check', '.'] },
    {
      title: 'is formatted as ruff formats it',
      argv: ['ruff', 'format', '--check', '.'],
    },
    ...withDbt({
      title: 'has a dbt project that parses',
      argv: ['dbt', 'parse', ...dbtDirs],
    }),
    { title: 'passes its own tests', argv: ['pytest'] },
    {
      title: 'has Dagster definitions that validate',
      argv: ['dagster', 'definitions', 'validate', ...definitions],
    },
    {
      title: 'materialises every asset, and every asset check passes',
      argv: [
        'dagster',
        'asset',
        'materialize',
        '--select',
        '*',
        ...definitions,
        ...partition,
      ],
      materialises: true,
    },
    ...withDbt({
      title:
        'has a dbt project that builds, tests included, on the loaded warehouse',
      argv: ['dbt', 'build', ...dbtDirs],
    }),
  ];
}

/**
 * The environment variables the checks need, which the CI job sets: the DuckDB file,
 * the Dagster instance's folder and, with personal data, the pseudonymisation key.
 */
export function projectCheckEnvNames(project: {
  personalData: boolean;
}): string[] {
  return [
    'DUCKDB_DATABASE',
    'DAGSTER_HOME',
    ...(project.personalData ? ['PII_PSEUDONYMISATION_KEY'] : []),
  ];
}

/** A command as a person types it into a POSIX shell (and as a workflow's `run` has it). */
export function shellCommand(argv: string[]): string {
  return argv
    .map(arg =>
      /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`,
    )
    .join(' ');
}

/** The shell lines of every `run` step of one job of a GitHub Actions workflow, and its env. */
export function workflowJob(
  workflowYaml: string,
  job: string,
): { lines: string[]; env: Record<string, string> } {
  const workflow = yaml.parse(workflowYaml);
  const definition = workflow?.jobs?.[job];
  if (!definition) throw new Error(`the workflow has no job ${job}`);
  const steps: { run?: string }[] = definition.steps ?? [];
  return {
    lines: steps
      .flatMap(step => (step.run ?? '').split('\n'))
      .map(line => line.trim())
      .filter(Boolean),
    env: definition.env ?? {},
  };
}
