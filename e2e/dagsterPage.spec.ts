import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function signInAs(page: Page, person: string) {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
  await expect(
    page.getByRole('navigation', { name: 'sidebar nav' }),
  ).toBeAttached();
}

/** Registers a project through the backend as Dana, so the table has a row. */
async function registerAsDana(request: APIRequestContext, name: string) {
  // Sign-in finds Dana in the catalog, which loads the example org soon after start.
  let token = '';
  await expect(async () => {
    const refresh = await request.get('/api/auth/demo/refresh', {
      headers: { 'x-demo-user': 'dana.datateam' },
    });
    expect(refresh.status()).toBe(200);
    token = (await refresh.json()).backstageIdentity.token;
  }).toPass({ timeout: 45_000 });
  const registered = await request.post('/api/dagster/projects', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      name,
      owner: 'group:default/claims-data-team',
      costCentre: 'DWP-4410',
      monthlyBudgetGbp: 950,
      classification: 'OFFICIAL-SENSITIVE',
      personalData: true,
      lawfulBasis: 'public-task',
      retentionPeriod: 'P6Y',
      department: 'Department for Work and Pensions',
    },
  });
  expect(registered.status()).toBe(201);
}

async function openDagsterPage(page: Page, project: string) {
  await page.goto('/dagster');
  const row = page.getByRole('row').filter({ hasText: project });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/^demo: Dagster \d+\.\d+\.\d+/)).toBeVisible();
  return row;
}

// Unique per run: the registry outlives a test when the backend is reused.
const project = `pension-credit-${Date.now().toString(36)}`;

test.beforeAll(async ({ request }) => {
  await registerAsDana(request, project);
});

test('the Dagster page, with a registered project and sorted by name, is accessible to a data-team member', async ({
  page,
}) => {
  await signInAs(page, 'Dana Okafor');
  const row = await openDagsterPage(page, project);
  await expect(row).toContainText('DWP-4410');
  await expectNoAxeViolations(page);

  // Each sort header is a button of its own (no column drag handle around it).
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await expectNoAxeViolations(page);
});

test('the Dagster page shows the guest the registry without its money, accessibly', async ({
  page,
}) => {
  await signInAs(page, 'Guest');
  const row = await openDagsterPage(page, project);
  await expect(row).toContainText('OFFICIAL-SENSITIVE');
  await expect(row).not.toContainText('DWP-4410');
  await expect(row).toContainText('Not shown');
  await expect(
    page.getByText(
      'Cost centre and monthly budget are not shown: you may not see cost details.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Dagster page with no projects yet links to the template, underlined, accessibly', async ({
  page,
}) => {
  // An empty registry, whatever other tests have registered on this backend.
  await page.route('**/api/dagster/projects', route =>
    route.fulfill({ json: { items: [] } }),
  );
  await signInAs(page, 'Dana Okafor');
  await page.goto('/dagster');
  await expect(page.getByText('No projects registered yet')).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('link', { name: '/create' })).toHaveCSS(
    'text-decoration-line',
    'underline',
  );
  await expectNoAxeViolations(page);
});
