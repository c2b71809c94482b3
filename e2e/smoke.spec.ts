import { expect, Page, test } from '@playwright/test';

async function signInAs(page: Page, person: string) {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/');
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
}

test('a data-team member signs in, browses the catalog and opens the Dagster page', async ({
  page,
}) => {
  await signInAs(page, 'Dana Okafor');

  await expect(
    page.getByRole('heading', { name: /Department for Public Data Catalog/ }),
  ).toBeVisible();
  // Every component, not only Dana's team's (other tests create projects her team owns).
  await page.goto('/catalog?filters%5Bkind%5D=component&filters%5Buser%5D=all');
  await page
    .getByRole('link', { name: 'Dagster developer portal' })
    .first()
    .click();
  await expect(
    page
      .getByText(
        'Backstage portal and plugins in front of the Dagster data platform',
      )
      .first(),
  ).toBeVisible();

  await page
    .getByRole('link', { name: 'Dagster', exact: true })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { name: 'Dagster data platform' }),
  ).toBeVisible();
  await expect(
    page.getByText('Demo data', { exact: false }).first(),
  ).toBeVisible();
  // The version the real Dagster reports, not a number of ours.
  await expect(page.getByText(/^demo: Dagster \d+\.\d+\.\d+/)).toBeVisible();
  await page.screenshot({
    path: 'test-results/screenshots/dagster-page.png',
    fullPage: true,
  });
});

test('each demo identity is signed in as its catalog user', async ({
  page,
}) => {
  await signInAs(page, 'Sam Patel');
  await page.goto('/settings');
  await expect(page.getByText('sam.steward').first()).toBeVisible();
  await page.screenshot({
    path: 'test-results/screenshots/steward-settings.png',
    fullPage: true,
  });
});

test('Dagster assets from the real Dagster appear in the catalog with owners and lineage', async ({
  page,
}) => {
  await signInAs(page, 'Sam Patel');
  // The provider reads Dagster shortly after start; the catalog then processes the entities.
  await expect(async () => {
    await page.goto('/catalog/default/resource/claims.bronze.claims_raw');
    await expect(
      page.getByRole('heading', { name: 'claims / bronze / claims_raw' }),
    ).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByText('Claims Data Team').first()).toBeVisible();
  await expect(page.getByText('personal-data').first()).toBeVisible();
  // The About card links the asset to the real Dagster UI, which answers there.
  const open = page.getByRole('link', { name: 'Open in Dagster' }).first();
  const href = await open.getAttribute('href');
  expect(href).toBe('http://127.0.0.1:3100/assets/claims/bronze/claims_raw');
  expect((await page.request.get(href!)).ok()).toBe(true);
  await page.screenshot({
    path: 'test-results/screenshots/dagster-asset.png',
    fullPage: true,
  });

  await page.goto('/catalog/default/system/benefit_claims');
  await expect(
    page.getByRole('heading', { name: 'benefit_claims' }),
  ).toBeVisible();
  await expect(
    page.getByText('Dagster project', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Stale assets')).toBeVisible();
  await page.screenshot({
    path: 'test-results/screenshots/dagster-project.png',
    fullPage: true,
  });
});
