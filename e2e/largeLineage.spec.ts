import { expect, Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { syntheticLineage } from '../bench/lineage/syntheticGraph';

/**
 * Scale of the graph view: a 10,000-asset lineage. The backend caps a walk at
 * 2,000 assets, so this test answers the lineage route itself with a generated
 * graph (the same generator the layout benchmark uses) and checks that the tab
 * lays it out, draws only what is in view and still responds to the keyboard
 * and the zoom controls. Everything else on the page is the real demo portal.
 */
const SIZE = 10_000;

function lineageAnswer(root: string) {
  const graph = syntheticLineage(SIZE, 7);
  const keys = new Map(
    graph.nodes.map((n, i) => [n.id, i === 0 ? root : `estate/${n.id}`]),
  );
  return {
    instanceId: 'demo',
    roots: [root],
    depth: 5,
    direction: 'both',
    truncated: false,
    nodes: graph.nodes.map(n => ({
      key: keys.get(n.id)!,
      location: 'estate',
      group: null,
      status: {
        running: false,
        checks: 'none',
        lastMaterializedAt: '2026-11-27T09:00:00Z',
      },
    })),
    edges: graph.edges.map(e => ({
      from: keys.get(e.source)!,
      to: keys.get(e.target)!,
    })),
  };
}

async function signIn(page: Page) {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in as Dana Okafor' }).click();
}

test('a 10,000-asset lineage lays out off the main thread and stays interactive', async ({
  page,
}) => {
  const body = JSON.stringify(lineageAnswer('claims/silver/claims_clean'));
  await page.route('**/api/dagster/lineage**', route =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await signIn(page);
  await expect(async () => {
    await page.goto(
      '/catalog/default/resource/claims.silver.claims_clean/dagster-lineage',
    );
    await expect(
      page.getByRole('heading', { name: 'claims / silver / claims_clean' }),
    ).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });

  const svg = page.locator('svg[data-layout]');
  await expect(svg).toHaveAttribute('data-layout', 'worker', {
    timeout: 60_000,
  });
  await expect(
    page.getByText(
      new RegExp(`of ${SIZE.toLocaleString('en-GB')}|of ${SIZE} assets`),
    ),
  ).toBeVisible();
  // Only the nodes in view are drawn.
  const drawn = await page.locator('svg g[role="button"]').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(SIZE / 10);

  // Still interactive: keyboard focus moves and selects, zoom redraws.
  await page.locator('svg g[role="button"]').first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.locator('svg g[role="button"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/lineage-10000.png' });
});
