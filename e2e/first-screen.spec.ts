// The first screen of a plan, as a parent on a small phone sees it (360×740), in simplified Chinese, in 大字模式 and in
// English: the first action's verb and key fact are on screen and never cut with "…", every first line is whole,
// a phone number is on the first screen to tap, and a number is never broken across lines. One test per case.
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, expectNoA11yViolations, test } from './fixtures.ts';

const SCREEN = { width: 360, height: 740 };
type Mode = 'zh-Hans' | '大字模式' | 'en';
const MODES: Mode[] = ['zh-Hans', '大字模式', 'en'];

interface Case {
  name: string;
  url: string;
  /** The first action's verb and key fact, in Chinese (both 简体 modes) and in English. */
  first: { zh: RegExp[]; en: RegExp[] };
}

const CASES: Case[] = [
  {
    name: '鹤山, pupil insured in another province',
    url: '/plan/jiangmen-heshan?stage=primary&insured=other-province&residency=non-local&aid=no',
    first: { zh: [/停保/, /原参保地/], en: [/stop that insurance/, /where they were enrolled/] },
  },
  {
    name: '鹤山, local pupil not insured',
    url: '/plan/jiangmen-heshan?stage=primary&insured=none&residency=local&aid=no',
    first: { zh: [/登记/, /9月1日后/], en: [/[Rr]egister/, /1 September/] },
  },
  {
    name: '天津, newborn born 2026-10-15',
    url: '/plan/tianjin?stage=newborn&born=2026-10-15&insured=none&residency=local&aid=no',
    first: { zh: [/参加下一年度/, /2026年12月31日/, /交一次还是两次/], en: [/next year/, /31 December 2026/, /one payment or two/] },
  },
  {
    name: '聊城, funded family',
    url: '/plan/liaocheng?stage=primary&insured=none&residency=local&aid=yes',
    first: { zh: [/缴费/, /低保对象/], en: [/contribution|pay/i, /低保/] },
  },
  {
    name: '柳州, pupil not insured',
    url: '/plan/liuzhou?stage=primary&insured=none&residency=local&aid=no',
    first: { zh: [/登记|参保/], en: [/[Rr]egist|enrol/] },
  },
  {
    name: '天津, pupil with no 居住证 (no route)',
    url: '/plan/tianjin?stage=primary&insured=none&residency=non-local&aid=no',
    first: { zh: [/材料没有写/, /先问/], en: [/does not say/, /Ask/] },
  },
  {
    name: '温州鹿城, pupil from elsewhere',
    url: '/plan/wenzhou-lucheng?stage=primary&insured=none&residency=non-local&aid=no',
    first: { zh: [/参保|登记/], en: [/enrol|regist/i] },
  },
];

async function openIn(page: Page, url: string, mode: Mode): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.first-actions')).toBeVisible();
  if (mode === 'en') await chooseLanguage(page, 'en');
  if (mode === '大字模式') {
    const toggle = page.getByRole('button', { name: '大字模式' });
    // A prerendered page ignores a tap before it hydrates: tap until the page takes it.
    await expect(async () => {
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
    }).toPass();
  }
}

/** Each first line that is cut, with how: an ellipsis, a line clamp, or text hidden below its box. */
async function clampedLines(page: Page): Promise<string[]> {
  return page.locator('.first-action-text, .first-action').evaluateAll((elements) =>
    elements.flatMap((el) => {
      const style = getComputedStyle(el);
      const clamp = style.getPropertyValue('-webkit-line-clamp');
      const problems = [
        style.textOverflow === 'ellipsis' ? 'text-overflow: ellipsis' : '',
        clamp && clamp !== 'none' ? `line-clamp ${clamp}` : '',
        el.scrollHeight > el.clientHeight + 1 && style.overflow !== 'visible' ? 'text hidden below' : '',
      ].filter(Boolean);
      return problems.length ? [`${problems.join(', ')}: ${el.textContent?.slice(0, 40)}`] : [];
    }),
  );
}

test.describe('the first screen at 360×740', () => {
  test.use({ viewport: SCREEN, deviceScaleFactor: 1 });

  for (const c of CASES) {
    for (const mode of MODES) {
      test(`${c.name} (${mode}): the first action says what to do, whole, with a number to tap`, async ({ page }) => {
        await openIn(page, c.url, mode);
        const first = page.locator('.first-action-text').first();
        for (const words of mode === 'en' ? c.first.en : c.first.zh) await expect(first).toContainText(words);

        // Never cut: no ellipsis or clamp on any first line, and the first one's words wholly inside the screen.
        expect(await clampedLines(page)).toEqual([]);
        const box = (await first.boundingBox())!;
        expect(box.y, 'first action top').toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, 'first action bottom').toBeLessThanOrEqual(SCREEN.height);
        expect(box.x + box.width, 'first action right edge').toBeLessThanOrEqual(SCREEN.width);

        // A number to tap among the first actions; in simplified Chinese at normal size, inside the first 740 px.
        const tel = page.locator('.first-actions a[href^="tel:"]').first();
        await expect(tel).toBeVisible();
        if (mode === 'zh-Hans') expect((await tel.boundingBox())!.y + 20, 'phone on screen 1').toBeLessThanOrEqual(SCREEN.height);
        // No number broken across lines ("022-" then "12393").
        const broken = await page
          .locator('a[href^="tel:"]')
          .evaluateAll((links) => links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent));
        expect(broken).toEqual([]);
      });
    }
  }
});

test.describe('the first screen says each thing once, and what to do (360×740)', () => {
  test.use({ viewport: SCREEN, deviceScaleFactor: 1 });

  test('鹤山, insured in another province: where the child is insured picks the number to call', async ({ page }) => {
    await openIn(page, CASES[0]!.url, 'zh-Hans');
    const stop = page.locator('.first-action').first();
    // Not knowing the place: how to dial it, and 12393 alone as a number to tap.
    await expect(stop).toContainText('拨“原参保地区号-12393”');
    await expect(stop.locator('a[href="tel:12393"]')).toBeVisible();
    // The picker is one tap away, under the line whose number it changes.
    await stop.locator('.origin-pick > summary').click();
    await expect(async () => {
      await stop.getByLabel('孩子现在在哪里参保？').selectOption({ label: '山东省聊城市' });
      await expect(stop.locator('a[href="tel:063512393"]')).toHaveText('0635-12393', { timeout: 1000 });
    }).toPass();
    await expect(stop).toContainText('问原参保地怎样停保：打 0635-12393');
    // The call line carries the nearest office's number on the line itself.
    await expect(page.locator('.first-call a[href^="tel:0750"]')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('聊城 funded: no fee that contradicts ¥0, no 先确认 after 是, links by step title, 12393 explained at most once', async ({
    page,
  }) => {
    await openIn(page, CASES[3]!.url, 'zh-Hans');
    const fee = page.locator('#step-fee');
    await expect(fee.locator('.fee-label', { hasText: '不属于上面资助人员的，个人缴费' })).toHaveCount(1);
    await expect(fee.locator('.fee-label', { hasText: /^个人缴费$/ })).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('先确认家里属于');
    // The list's links name the step they open, never a number beside the list's own.
    await expect(page.locator('.first-actions .visually-hidden', { hasText: /第\d+步/ })).toHaveCount(0);
    await expect(page.locator('.first-actions').getByRole('link', { name: /见下面“谁可以在这里参保、去哪里登记”/ })).toHaveCount(1);
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect((await page.locator('main').innerText()).split('12393是国家医疗保障局设立的全国热线').length - 1).toBeLessThanOrEqual(1);
  });

  test('plain words: the terms this plan uses are one tap from the first actions, in the app’s words', async ({ page }) => {
    await openIn(page, CASES[1]!.url, 'zh-Hans');
    const gloss = page.locator('.first-actions .gloss-list');
    await expect(gloss.locator('summary')).toContainText(/看不懂的词：\s*材料、缴费代扣、人社所/);
    await gloss.locator('summary').click();
    await expect(gloss).toContainText('由银行从您的账户按期自动扣医保费');
    await expect(gloss).toContainText('这些解释是本应用的话，不是政策原文');
    // The quote keeps the source's word.
    await expect(page.locator('#step-register')).toContainText('缴费代扣');
    await expectNoA11yViolations(page);
  });

  test('the not-listed page names the national document once, above its three rules', async ({ page }) => {
    await page.goto('/not-listed');
    const national = page.locator('.item.national');
    await expect(national.locator('li')).toHaveCount(3);
    const text = await page.locator('main').innerText();
    expect(text.split('国办发〔2024〕38号').length - 1).toBe(1);
    await expectNoA11yViolations(page);
  });
});
