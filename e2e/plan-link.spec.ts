// A shared plan link paints the plan itself: its HTML is the plan (prerendered per answer path), it never shows
// a question first, with or without JavaScript, and old query links open the same plan under its own path.
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, FIXED_NOW, test } from './fixtures.ts';

const PLAN = '/plan/liaocheng/primary/none/local/no';
const OLD_LINK = '/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no';
const PLAN_TITLE = '在聊城参保：您的办理清单';
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** A fresh browser (nothing cached, no service worker) that records every h1 text the page ever shows. */
async function coldPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  // A hydration mismatch is an uncaught error (React #418) and would redraw the whole page: none may happen.
  page.on('pageerror', (error) => errors.set(page, [...(errors.get(page) ?? []), error.message]));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __h1s: string[] }).__h1s = []);
    const record = () => {
      for (const h of document.querySelectorAll('h1')) if (h.textContent && seen.at(-1) !== h.textContent) seen.push(h.textContent);
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return page;
}

const errors = new WeakMap<Page, string[]>();
const headingsSeen = (page: Page) => page.evaluate(() => (window as unknown as { __h1s: string[] }).__h1s);

test('without JavaScript, a plan link and an old query link are the plan, from HTML', async ({ browser }) => {
  const page = await coldPage(browser, { javaScriptEnabled: false });
  for (const url of [PLAN, OLD_LINK, '/plan/tianjin/newborn/none/permit/no?born=2026-10-01']) {
    const response = await page.goto(url);
    expect(response!.status()).toBe(200);
    await expect(h1(page)).toHaveText(url.includes('tianjin') ? '在天津参保：您的办理清单' : PLAN_TITLE);
    await expect(page.getByText('孩子现在处在哪个阶段？')).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
  }
  await page.context().close();
});

test('with JavaScript, a cold plan link shows only the plan heading from its first paint, and hydrates in place', async ({ browser }) => {
  const page = await coldPage(browser);
  const response = await page.goto(PLAN, { waitUntil: 'commit' });
  expect(await response!.text()).toContain(`<h1 tabindex="-1">${PLAN_TITLE}</h1>`);
  await expect(h1(page)).toHaveText(PLAN_TITLE);
  // Hydrated in place: the header's controls work (the language menu is React's; a choice made before hydration
  // is not seen, so choose until it is).
  await expect(async () => {
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 500 });
  }).toPass();
  expect((await headingsSeen(page))[0]).toBe(PLAN_TITLE);
  expect(await headingsSeen(page)).not.toContain('孩子现在处在哪个阶段？');
  expect(errors.get(page) ?? []).toEqual([]);
  await page.context().close();
});

test('an old query link gets the plan file from the server and its own path in the address bar', async ({ browser }) => {
  const page = await coldPage(browser);
  const response = await page.goto(OLD_LINK);
  expect(await response!.text()).toContain(`data-prerendered="${PLAN}"`);
  await expect(h1(page)).toHaveText(PLAN_TITLE);
  await expect(page).toHaveURL(PLAN);
  expect(await headingsSeen(page)).toEqual([PLAN_TITLE]);
  expect(errors.get(page) ?? []).toEqual([]);
  await page.context().close();
});

test('a newborn’s link fills in the birth date after hydration, with no layout shift above the fold', async ({ browser }) => {
  const page = await coldPage(browser);
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/plan/tianjin/newborn/none/permit/no?born=2026-10-01');
  await expect(h1(page)).toHaveText('在天津参保：您的办理清单');
  await expect(page.getByText('2026年10月1日').first()).toBeVisible();
  expect(await headingsSeen(page)).toEqual(['在天津参保：您的办理清单']);
  expect(errors.get(page) ?? []).toEqual([]);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  test.info().annotations.push({ type: 'CLS', description: String(cls) });
  expect(cls).toBeLessThan(0.1);
  await page.context().close();
});

test('a link whose answers do not fit (a baby born this year “renewing”) asks again with a plain message', async ({ page }) => {
  await page.goto('/plan/tianjin/newborn/here/local/no?born=2026-10-01');
  await expect(h1(page)).toHaveText('孩子今年有没有在任何地方参加居民医保？');
  await expect(
    page.getByRole('link', { name: '链接里的“现在的参保情况”是“已经在本市参保，这次是续保”，今年出生的孩子不会是这种情况，请重新选择。' }),
  ).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(4);
  await expect(page.getByLabel('已经在本市参保，这次是续保')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.getByLabel('没有参保').check();
  await page.getByRole('button', { name: '继续' }).click();
  // Then on in order, the link's other answers kept.
  await expect(h1(page)).toHaveText('孩子的户籍是哪里的？');
  await expect(page.getByLabel('本地户籍', { exact: true })).toBeChecked();
});

test('a garbled plan path or a missing birth date opens the question with the link’s problem', async ({ page }) => {
  await page.goto('/plan/tianjin/university/none/local/no');
  await expect(h1(page)).toHaveText('孩子现在处在哪个阶段？');
  await expect(page.getByRole('link', { name: /“university”，无法识别/ })).toBeVisible();
  await page.goto('/plan/tianjin/newborn/none/local/no');
  await expect(h1(page)).toHaveText('孩子是哪天出生的？');
  await page.goto('/plan/tianjin/newborn/none/local/no?born=2026-02-30');
  await expect(page.getByRole('link', { name: '链接里的出生日期“2026-02-30”格式不对，请重新填写。' })).toBeVisible();
});
