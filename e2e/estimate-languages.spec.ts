// The estimate's trace in English: every step is said through the `estimate-trace` templates with Intl amounts,
// none is left in the engine's simplified Chinese; still axe clean.
import { readFileSync } from 'node:fs';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';

type Tree = { [key: string]: string | Tree };
const load = (file: string): Tree => JSON.parse(readFileSync(new URL(`../app/i18n/${file}`, import.meta.url), 'utf8'));
const texts = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)));

// The Chinese words of the simplified-Chinese templates (what is left around {{values}} and nested templates, two
// characters or more), except those the English templates keep on purpose as a gloss, such as 起付线.
const english = texts(load('estimate-trace.en.json')).join('\n');
const CHINESE_TEMPLATE_WORDS = [
  ...new Set(
    texts(load('estimate-trace.zh-Hans.json'))
      .flatMap((text) => text.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/))
      .map((part) => part.trim())
      .filter((part) => /\p{Script=Han}.*\p{Script=Han}/u.test(part) && !english.includes(part)),
  ),
];

const LIAOCHENG = '/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no';

test('聊城 pneumonia in English: the trace is English with CN¥ amounts and no simplified-Chinese step', async ({ page }) => {
  await page.goto(LIAOCHENG);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(async () => {
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 1000 });
  }).toPass();

  const pneumonia = page.locator('#estimate-pneumonia');
  // One line, in English, from the same summary templates.
  await expect(pneumonia.locator(':scope > summary')).toHaveText(
    'Pneumonia, treated in hospital, CN¥8,000: Basic insurance pays CN¥5,250; your family pays CN¥2,750',
  );
  await pneumonia.locator(':scope > summary').click();
  await expect(pneumonia).toHaveAttribute('open', '');
  const trace = pneumonia.locator('.estimate-trace');

  // 二级 (the sample's level), first admission: D 500; (8000 − 500) × 70% = 5250; b = 2750 < 1.1万; family 2750.
  // The assumption sits beside the result, not as the trace's first step (issue 18, finding 20).
  await expect(pneumonia).toContainText('(assuming all of it is covered, 合规费用; the actual claim decides)');
  await expect(trace).not.toContainText('Cost: CN¥8,000');
  await expect(trace).toContainText('Deductible (起付线) at a level 2 hospital (二级医院), for the first hospital stay this year: CN¥500');
  await expect(trace).toContainText('The part above the deductible: CN¥8,000 − CN¥500 = CN¥7,500');
  await expect(trace).toContainText('Reimbursement rate (报销比例) at a level 2 hospital (二级医院): 70%');
  await expect(trace).toContainText('At that rate: CN¥7,500 × 70% = CN¥5,250');
  await expect(trace).toContainText('Basic medical insurance pays: CN¥5,250');
  await expect(trace).toContainText('Your family pays: CN¥8,000 − CN¥5,250 − CN¥0 = CN¥2,750');

  // Every step (the citations below them stay in the source's own words): no engine Chinese, no 元 amounts.
  const steps = await trace.locator('.trace-step').allInnerTexts();
  expect(steps.length).toBeGreaterThan(8);
  expect(CHINESE_TEMPLATE_WORDS.length).toBeGreaterThan(20);
  for (const step of steps) {
    expect(step).not.toMatch(/\d元|\{\{|\$t\(/);
    for (const words of CHINESE_TEMPLATE_WORDS) expect(step, words).not.toContain(words);
  }

  // A new cost is worked out and said in English too: 150000 at 二级 reaches 大病保险.
  await pneumonia.getByLabel('Cost (yuan)').fill('150000');
  await expect(trace).toContainText('At that rate: CN¥149,500 × 70% = CN¥104,650');
  await expect(trace).toContainText('the band from CN¥11,000 to CN¥100,000: CN¥34,350 × 60% = CN¥20,610');
  await expectNoA11yViolations(page);
});
