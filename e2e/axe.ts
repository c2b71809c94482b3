import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_22_AA = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
];

/** A part of the page that is not ours to fix, and why it is left out. */
export interface AxeExclusion {
  selector: string;
  why: string;
}

/**
 * Runs axe with the WCAG 2.2 A and AA rules on the page as it is now, and
 * fails naming each violation: its rule id, what it asks for and the nodes.
 * The whole page is checked, Backstage's sidebar and header included (they
 * pass); `exclude` leaves out a part we do not own, with the reason.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { exclude?: AxeExclusion[] } = {},
) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  for (const exclusion of options.exclude ?? []) {
    builder = builder.exclude(exclusion.selector);
  }
  const { violations } = await builder.analyze();
  const described = violations.map(
    v =>
      `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s): ${v.nodes
        .map(n => n.target.join(' '))
        .join(' | ')}`,
  );
  const leftOut = (options.exclude ?? [])
    .map(e => `${e.selector} (${e.why})`)
    .join('; ');
  expect(
    described,
    `axe found WCAG 2.2 A/AA violations on ${page.url()}${
      leftOut ? `, leaving out ${leftOut}` : ''
    }`,
  ).toEqual([]);
}
