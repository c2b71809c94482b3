import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';

const ASSET_PAGE = '/catalog/default/resource/claims.silver.claims_clean';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function signInAs(page: Page, person: string) {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
}

async function openAsset(page: Page) {
  // The provider reads Dagster shortly after start; the catalog then processes the entities.
  await expect(async () => {
    await page.goto(ASSET_PAGE);
    await expect(
      page.getByRole('heading', { name: 'claims / silver / claims_clean' }),
    ).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
}

async function expectNoWcagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(
    results.violations.map(
      v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

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
  await expectNoWcagViolations(page);

  await page.getByRole('button', { name: 'List' }).click();
  await expect(
    page.getByText('claims/bronze/claims_raw').first(),
  ).toBeVisible();
  await expectNoWcagViolations(page);
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
  await expectNoWcagViolations(page);
});
