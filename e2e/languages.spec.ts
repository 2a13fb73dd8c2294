// Three languages: switchable on every screen, remembered, the first visit following the browser; axe clean in each.
import { readFileSync } from 'node:fs';
import { jiangmenHeshan } from '../app/policies/regions/jiangmen-heshan.ts';
import type { Note } from '../app/policies/model/types.ts';
import { chooseLanguage, expect, expectNoA11yViolations, test } from './fixtures.ts';

const load = (file: string) => JSON.parse(readFileSync(new URL(`../app/i18n/${file}`, import.meta.url), 'utf8'));
const ui = { 'zh-Hans': load('zh-Hans.json'), 'zh-Hant': load('zh-Hant.json'), en: load('en.json') } as const;
const regionsEn: Record<string, string> = load('regions/jiangmen-heshan.en.json');
type Language = keyof typeof ui;

const SCREENS = [
  ['/', (l: Language) => ui[l].start.title],
  ['/plan/liaocheng?stage=primary', (l: Language) => ui[l].insured.title],
  ['/plan/liaocheng/check?stage=primary&insured=none&residency=local&aid=no', (l: Language) => ui[l].check.title],
  ['/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no', null],
  ['/not-listed', (l: Language) => ui[l].notListed.title],
  ['/school', (l: Language) => ui[l].school.title],
  ['/no/such/page', (l: Language) => ui[l].notFound.title],
] as const;

// One test per screen and language: each walks one screen, so a slow machine never sums seven screens' axe runs.
for (const language of ['zh-Hant', 'en'] as const) {
  test.describe(`every screen switches to ${language} and stays accessible`, () => {
    for (const [url, title] of SCREENS) {
      test(url, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await chooseLanguage(page, language);
        if (title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(language));
        await expectNoA11yViolations(page);
        await chooseLanguage(page, 'zh-Hans');
      });
    }
  });
}

test('the plan in English keeps names a parent must find in Chinese, and figures through Intl', async ({ page }) => {
  const stopNote = (jiangmenHeshan.years.at(-1)!.stopOtherCoverage.sameProvince as Note[])[0]!.text;
  await page.goto('/plan/jiangmen-heshan?stage=primary&insured=same-province&residency=non-local&aid=no');
  await chooseLanguage(page, 'en');
  const stop = page.locator('#step-stop-other');
  await expect(stop).toContainText(regionsEn[stopNote]!);
  await expect(stop).toContainText('粤医保');
  await expect(page.locator('#step-fee')).toContainText('CN¥406');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Heshan');
});

test('the choice is remembered, and a first visit follows the browser’s language', async ({ browser }) => {
  const hk = await browser.newContext({ locale: 'zh-HK' });
  const page = await hk.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['zh-Hant'].start.title);
  await chooseLanguage(page, 'en');
  await page.goto('/plan/tianjin?stage=junior');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.en.insured.title);
  await hk.close();

  const us = await browser.newContext({ locale: 'en-US' });
  const second = await us.newPage();
  await second.goto('/plan/liuzhou');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(ui.en.stage.title);
  await us.close();
});
