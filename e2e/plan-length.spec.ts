// How long a plan is on a small phone: at 360×740, simplified Chinese, normal text size, with every step and the
// estimate collapsed, a plan fits in at most 3 screens, and its first screen shows the title, the policy-year line
// and the first action. Sweeps every region over a spread of answers (every stage, every insured answer, aid yes and
// no), one test per plan, and prints each plan's screens.
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { REGION_IDS } from '../app/policies/catalog/region-index.ts';
import { INSURED, RESIDENCY, STAGES } from '../app/policies/model/types.ts';

// Every region of the registry, every stage, insured answer and residency of the URL contract.
const REGIONS = REGION_IDS;
const SCREEN = { width: 360, height: 740 };
const MAX_SCREENS = 3;
/** A spread, not the full product: each stage, each insured answer and each residency at least once, aid both ways. */
function spread(): URLSearchParams[] {
  const out: URLSearchParams[] = [];
  STAGES.forEach((stage, i) => {
    const insured = INSURED[i % INSURED.length]!;
    const residency = RESIDENCY[i % RESIDENCY.length]!;
    for (const aid of ['no', 'yes'] as const) {
      const q = new URLSearchParams({ stage, insured, residency, aid });
      if (stage === 'newborn') q.set('born', '2026-10-01');
      out.push(q);
    }
  });
  for (const insured of INSURED) out.push(new URLSearchParams({ stage: 'primary', insured, residency: 'non-local', aid: 'no' }));
  // Each plan once (the stage sweep may already hold one of the insured sweep's).
  return [...new Map(out.map((q) => [String(q), q])).values()];
}

interface Measure {
  screens: number;
  firstActionBottom: number;
  yearLineBottom: number;
}

async function measure(page: Page, region: string, query: URLSearchParams): Promise<Measure> {
  await page.goto(`/plan/${region}?${query}`);
  await expect(page.locator('.first-actions')).toBeVisible();
  // Wait for the estimate to load in its collapsed form (its cards, or its word that it has no figures), so its
  // height is counted, not its loading line's.
  await expect(page.locator('.estimate-card, .estimate .not-stated').first()).toBeVisible();
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return {
      // Everything the page shows, its header, footer and the collapsed estimate included.
      screens: document.documentElement.scrollHeight / window.innerHeight,
      firstActionBottom: box('.first-action').bottom + window.scrollY,
      yearLineBottom: box('.year-line').bottom + window.scrollY,
    };
  });
}

test.describe('plan length at 360×740', () => {
  test.use({ viewport: SCREEN, deviceScaleFactor: 1 });

  // One test per plan: a region's sweep in one test summed ~19 page loads against one time limit.
  for (const region of REGIONS) {
    test.describe(region, () => {
      for (const query of spread()) {
        test(`${query}: fits in ${MAX_SCREENS} screens, first action on the first`, async ({ page }) => {
          const m = await measure(page, region, query);
          console.log(`[plan-length] ${region} ${query}: ${m.screens.toFixed(2)} screens`);
          const problems: string[] = [];
          if (m.screens > MAX_SCREENS) problems.push(`${query}: ${m.screens.toFixed(2)} screens`);
          if (m.firstActionBottom > SCREEN.height) problems.push(`${query}: first action ends at ${Math.round(m.firstActionBottom)} px`);
          if (m.yearLineBottom > SCREEN.height) problems.push(`${query}: policy-year line ends at ${Math.round(m.yearLineBottom)} px`);
          expect(problems).toEqual([]);
        });
      }
    });
  }
});
