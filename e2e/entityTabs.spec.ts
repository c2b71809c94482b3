import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const ASSET_PAGE = '/catalog/default/resource/claims.silver.claims_clean';
const PROJECT_PAGE = '/catalog/default/system/benefit_claims';

async function signInAs(page: Page, person: string) {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
}

async function openEntity(page: Page, path: string, heading: string) {
  // The provider reads Dagster shortly after start; the catalog then processes the entities.
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 45_000 });
}

const openAsset = (page: Page) =>
  openEntity(page, ASSET_PAGE, 'claims / silver / claims_clean');

test('lineage tab: graph, focus on a node, list view, accessible', async ({
  page,
}) => {
  await signInAs(page, 'Dana Okafor');
  await openAsset(page);
  await page.getByRole('tab', { name: 'Lineage' }).click();

  const nodes = page.locator('svg g[role="button"]');
  await expect(nodes.first()).toBeVisible({ timeout: 20_000 });
  expect(await nodes.count()).toBeGreaterThan(2);
  // The layout ran in a Web Worker, off the page's thread.
  await expect(page.locator('svg[data-layout]')).toHaveAttribute(
    'data-layout',
    'worker',
  );
  await nodes.first().focus();
  await page.keyboard.press('Enter');
  await page.screenshot({
    path: 'test-results/screenshots/lineage-tab.png',
    fullPage: true,
  });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'List' }).click();
  await expect(
    page.getByText('claims/bronze/claims_raw').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('checks tab: failing only filter, accessible', async ({ page }) => {
  await signInAs(page, 'Sam Patel');
  await openAsset(page);
  await page.getByRole('tab', { name: 'Checks' }).click();

  await expect(page.getByText('claim_id_unique')).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('nino_hash_not_null')).toBeVisible();
  await page.getByLabel('Failing only').check();
  await expect(page.getByText('nino_hash_not_null')).toBeVisible();
  await expect(page.getByText('claim_id_unique')).toHaveCount(0);
  await page.screenshot({
    path: 'test-results/screenshots/checks-tab.png',
    fullPage: true,
  });
  await expectNoAxeViolations(page);
});

test('project page: overview card, lineage and checks tabs, accessible', async ({
  page,
}) => {
  await signInAs(page, 'Dana Okafor');
  await openEntity(page, PROJECT_PAGE, 'benefit_claims');
  await expect(page.getByText('Stale assets')).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Lineage' }).click();
  await expect(page.locator('svg g[role="button"]').first()).toBeVisible({
    timeout: 20_000,
  });
  await expectNoAxeViolations(page);

  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(
    page.getByRole('heading', { name: 'Assets with checks' }),
  ).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);
});
