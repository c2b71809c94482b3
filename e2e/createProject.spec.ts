import { expect, Page, test } from '@playwright/test';
import { AxeExclusion, expectNoAxeViolations } from './axe';

async function signInAs(page: Page, person: string) {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
}

/** Backstage's template card puts its entity link inside an icon button. */
const TEMPLATE_DETAIL_BUTTON: AxeExclusion = {
  selector: 'button[id^="viewDetail-template:"]',
  why: "Backstage's TemplateDetailButton (plugin-scaffolder-react), not ours: nested-interactive and link-name",
};

const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();

test('a data team creates a project from the template in demo mode, and finds it in the catalog and the registry', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Unique per run: the demo target and the catalog outlive a test.
  const name = `flood-warnings-${Date.now().toString(36)}`;
  await signInAs(page, 'Dana Okafor');

  await page.goto('/create');
  await expect(page.getByText('Dagster pipeline project')).toBeVisible({
    timeout: 30_000,
  });
  await expectNoAxeViolations(page, { exclude: [TEMPLATE_DETAIL_BUTTON] });
  await page
    .locator('article, [class*="MuiCard"]')
    .filter({ hasText: 'Dagster pipeline project' })
    .getByRole('button', { name: 'Choose' })
    .click();

  // About the project: a name the platform's rule refuses is stopped on the page.
  await page.getByLabel('Project name').fill('Flood Warnings');
  await page
    .getByLabel('Description')
    .fill('River and coastal flood warnings, as issued');
  await page.getByLabel('Department').fill('Environment Agency');
  const owner = page.getByRole('textbox', { name: 'Owning team' });
  await owner.click();
  await owner.fill('claims');
  await page.getByRole('option', { name: 'Claims Data Team' }).click();
  await next(page);
  await expect(
    page.getByText(/lowercase letters, digits and single hyphens/i).first(),
  ).toBeVisible();
  // Our project name field, in its error state.
  await expectNoAxeViolations(page);
  await page.getByLabel('Project name').fill(name);
  await next(page);

  // Cost
  await page.getByLabel('Cost centre').fill('EA-310');
  await page.getByLabel(/Monthly budget/).fill('1200');
  await expectNoAxeViolations(page);
  await next(page);

  // Data protection: personal data needs a lawful basis and a retention period.
  await page.getByLabel('Processes personal data').check();
  await next(page);
  // Without them the form stays on this page.
  await expect(
    page.getByRole('checkbox', { name: 'Transform with dbt' }),
  ).toBeHidden();
  await page.getByLabel('Lawful basis (UK GDPR Article 6)').click();
  await page.getByRole('option', { name: 'Public task', exact: true }).click();
  await page.getByLabel('Retention period').fill('P6Y');
  await expectNoAxeViolations(page);
  await next(page);

  // How it is built: defaults (dbt, no partitioning, small compute).
  await expect(
    page.getByRole('checkbox', { name: 'Transform with dbt' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await next(page);

  // Repository: the demo target is the default, and says what it is.
  await expect(page.getByText(/demo target/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByRole('button', { name: 'Create' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create' }).click();

  const catalogLink = page
    .getByRole('button', { name: 'Open the project in the catalog' })
    .or(page.getByRole('link', { name: 'Open the project in the catalog' }));
  await expect(catalogLink.first()).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/git clone file:\/\//).first()).toBeVisible();
  await page.screenshot({
    path: 'test-results/screenshots/create-project-finished.png',
    fullPage: true,
  });

  // The catalog stores the entity once it has processed the new location: a few seconds.
  await catalogLink.first().click();
  const entityUrl = page.url();
  await expect(async () => {
    await page.goto(entityUrl);
    await expect(page.getByText('Claims Data Team').first()).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByRole('heading', { name })).toBeVisible();

  await page.goto('/dagster');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('EA-310');
  await expect(row).toContainText('Environment Agency');
  await expect(row).toContainText('OFFICIAL');
});
