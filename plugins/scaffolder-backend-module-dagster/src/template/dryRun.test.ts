import {
  COMPUTE_PROFILES,
  COMPUTE_TAGS,
  DAGSTER_CODE_LOCATION_ANNOTATION,
  PROJECT_ANNOTATIONS,
} from '@internal/backstage-plugin-dagster-common';
import fs from 'node:fs';
import path from 'node:path';
import {
  parseYamlFiles,
  readCatalogInfo,
  writeContents,
} from '../__testUtils__/generatedProject';
import {
  dryRunTemplate,
  listFiles,
  loadTemplate,
  startTemplateBackend,
  TemplateBackend,
  templateDir,
} from '../__testUtils__/templateBackend';
import {
  combinationValues,
  projectValues,
  TEMPLATE_COMBINATIONS,
} from '../__testUtils__/projectValues';

jest.setTimeout(120_000);

const { template } = loadTemplate();

describe('the dagster-pipeline-project template in the scaffolder dry run', () => {
  let backend: TemplateBackend;
  const generated: string[] = [];
  beforeAll(async () => {
    backend = await startTemplateBackend();
  });
  afterAll(async () => {
    await backend?.stop();
    for (const dir of generated)
      fs.rmSync(dir, { recursive: true, force: true });
  });

  const dryRun = (values: Record<string, unknown>, withTemplate?: unknown) =>
    dryRunTemplate(backend.server, values, withTemplate);

  describe.each(TEMPLATE_COMBINATIONS)(
    'dbt $dbt, partitioning $partitioning (personal data $personalData, $computeProfile compute)',
    combination => {
      const { dbt, partitioning, personalData, computeProfile } = combination;
      let dir: string;
      let steps: { id: string; status: string }[];
      const values = combinationValues(combination);

      beforeAll(async () => {
        const res = await dryRun(values);
        if (res.status !== 200) {
          throw new Error(
            `dry run answered ${res.status}: ${JSON.stringify(res.body)}`,
          );
        }
        steps = res.body.steps;
        dir = writeContents(res.body.directoryContents);
        generated.push(dir);
      });

      it('runs validate, fetch, publish, register and catalog steps', () => {
        expect(steps.map(s => s.id)).toEqual([
          'validate',
          'fetch',
          'publish-demo',
          'publish-github',
          'register',
          'catalog-demo',
          'catalog-github',
        ]);
      });

      // generatedProject.test.ts lints, tests and runs this Python; here, what was generated.
      it('generates Python with the chosen layers and options', () => {
        const files = listFiles(dir);
        const py = files.filter(f => f.endsWith('.py'));
        const pkg = values.name.replaceAll('-', '_');
        expect(py).toEqual(
          expect.arrayContaining([
            `${pkg}/definitions.py`,
            expect.stringMatching(new RegExp(`^${pkg}/assets/bronze/.+\\.py$`)),
            expect.stringMatching(new RegExp(`^${pkg}/assets/silver/.+\\.py$`)),
            expect.stringMatching(new RegExp(`^${pkg}/assets/gold/.+\\.py$`)),
            expect.stringMatching(/^tests\/.+\.py$/),
          ]),
        );
        expect(files.some(f => f.startsWith('dbt_project/'))).toBe(dbt);
        const source = py
          .map(f => fs.readFileSync(path.join(dir, f), 'utf8'))
          .join('\n');
        expect(source.includes('dagster_dbt')).toBe(dbt);
        expect(source).toContain(COMPUTE_TAGS.profile);
        expect(source).toContain(`"${computeProfile}"`);
        const used = new Set(
          [...source.matchAll(/(Daily|Monthly)PartitionsDefinition\(/g)].map(
            m => m[1],
          ),
        );
        expect([...used]).toEqual(
          { none: [], daily: ['Daily'], monthly: ['Monthly'] }[partitioning],
        );
        expect(files).toEqual(
          expect.arrayContaining([
            'Dockerfile',
            'README.md',
            'pyproject.toml',
            '.github/workflows/ci.yml',
          ]),
        );
      });

      it('generates YAML that parses', () => {
        expect(parseYamlFiles(dir)).toContain('catalog-info.yaml');
      });

      it('generates a catalog-info.yaml tying the repository to its code location', async () => {
        const entity = await readCatalogInfo(dir);
        expect(entity.metadata.name).toBe(values.name);
        expect(entity.spec).toMatchObject({
          owner: values.owner,
          system: values.name,
        });
        expect(entity.metadata.annotations).toMatchObject({
          [DAGSTER_CODE_LOCATION_ANNOTATION]: values.name,
          [PROJECT_ANNOTATIONS.costCentre]: 'DFT-77',
          [PROJECT_ANNOTATIONS.classification]: 'OFFICIAL',
          [PROJECT_ANNOTATIONS.department]: 'Department for Transport',
          [PROJECT_ANNOTATIONS.personalData]: String(personalData),
        });
        // Lawful basis and retention are recorded exactly when personal data is processed.
        const annotations = entity.metadata.annotations ?? {};
        expect({
          lawfulBasis: annotations[PROJECT_ANNOTATIONS.lawfulBasis],
          retentionPeriod: annotations[PROJECT_ANNOTATIONS.retentionPeriod],
        }).toEqual(
          personalData
            ? { lawfulBasis: 'public-task', retentionPeriod: 'P7Y' }
            : { lawfulBasis: undefined, retentionPeriod: undefined },
        );
      });
    },
  );

  it('gives the skeleton the same compute profiles the platform knows', () => {
    const computePy = fs.readFileSync(
      path.join(
        templateDir,
        'skeleton',
        '${{ values.packageName }}',
        'compute.py',
      ),
      'utf8',
    );
    const rows = [
      ...computePy.matchAll(
        /\("(\w+)", (\d+), (\d+), (\d+), (True|False), (True|False)\)/g,
      ),
    ];
    expect(
      Object.fromEntries(
        rows.map(([, name, minutes, memory, parallelism, gpu, retry]) => [
          name,
          {
            expectedDurationMinutes: Number(minutes),
            memoryMib: Number(memory),
            parallelism: Number(parallelism),
            gpu: gpu === 'True',
            safeToRetry: retry === 'True',
          },
        ]),
      ),
    ).toEqual(
      Object.fromEntries(
        Object.entries(COMPUTE_PROFILES).map(
          ([name, { title: _title, ...profile }]) => [name, profile],
        ),
      ),
    );
    for (const key of Object.values(COMPUTE_TAGS))
      expect(computePy).toContain(`"${key}"`);
  });

  it('publishes to GitHub when chosen: the repository is linked from the catalog entity and the README', async () => {
    const res = await dryRun(
      projectValues({
        name: 'road-safety',
        repoLocation: 'github',
        repoUrl: 'github.com?owner=dft-data&repo=road-safety',
      }),
    );
    expect(res.status).toBe(200);
    const ran = (res.body.steps as { id: string }[]).map(s => s.id);
    expect(ran).toContain('publish-github');
    const log = JSON.stringify(res.body.log);
    expect(log).toMatch(/Running publish:github in dry-run mode/);
    expect(log).not.toMatch(/Running dagster:demo-repository:publish/);
    const dir = writeContents(res.body.directoryContents);
    generated.push(dir);
    const entity = await readCatalogInfo(dir);
    expect(entity.metadata.links).toEqual([
      expect.objectContaining({
        url: 'https://github.com/dft-data/road-safety',
      }),
    ]);
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain(
      'https://github.com/dft-data/road-safety',
    );
  });

  it('writes awkward free text safely into YAML', async () => {
    const description = 'Claims: "new" & old - 50% [draft] # not a comment';
    const res = await dryRun(
      projectValues({ name: 'awkward-text', description }),
    );
    expect(res.body.error).toBeUndefined();
    expect(res.status).toBe(200);
    const dir = writeContents(res.body.directoryContents);
    generated.push(dir);
    parseYamlFiles(dir);
    expect((await readCatalogInfo(dir)).metadata.description).toBe(description);
  });

  it.each([
    ['name', { name: '../escape' }, /name: use lowercase letters/],
    ['name', { name: 'x;rm -rf ~' }, /name: use lowercase letters/],
    [
      'name',
      { name: '${{ parameters.owner }}' },
      /name: use lowercase letters/,
    ],
    [
      'description',
      { description: '${{ secrets.GITHUB_TOKEN }}' },
      /description: must not contain template expressions/,
    ],
    [
      'description',
      { description: 'x\nkind: Group' },
      /description: must be a single line of text/,
    ],
    [
      'department',
      { department: 'DfT: {evil: yes}' },
      /department: must be 2-100 letters/,
    ],
    [
      'classification',
      { classification: 'SECRET' },
      /classification: SECRET data needs an accredited system/,
    ],
    [
      'lawfulBasis',
      { personalData: true, retentionPeriod: 'P7Y' },
      /lawfulBasis: personal data needs a lawful basis/,
    ],
    [
      'retentionPeriod',
      { personalData: true, lawfulBasis: 'public-task' },
      /retentionPeriod: personal data needs a retention period/,
    ],
  ])(
    'refuses a bad %s in the form schema and again in the validate step, generating nothing',
    async (field, bad, message) => {
      const values = projectValues({ name: 'refused-project', ...bad });
      const byForm = await dryRun(values);
      expect(byForm.status).toBe(400);
      // The form's schema names the field; what it cannot express, the validate step does.
      const named: RegExp =
        {
          lawfulBasis: /dependency required by instance.personalData/,
          retentionPeriod: /dependency required by instance.personalData/,
          description: message,
        }[field] ?? new RegExp(`instance.${field} `);
      expect(JSON.stringify(byForm.body.errors ?? byForm.body.error)).toMatch(
        named,
      );
      expect(byForm.body.directoryContents).toBeUndefined();

      // The same values from a caller that skips the form's checks stop at the first step.
      const withoutForm = {
        ...template,
        spec: { ...template.spec, parameters: [] },
      };
      const byAction = await dryRun(values, withoutForm);
      expect(byAction.status).toBe(400);
      expect(byAction.body.error.message).toMatch(message);
      expect(byAction.body.directoryContents).toBeUndefined();
    },
  );
});
