// Everyone can use it: keyboard only, focus on each new question, large text, text zoom, and nothing leaves the phone.
import { chooseLanguage, expect, expectNoA11yViolations, test } from './fixtures.ts';

test('the whole journey works by keyboard alone, and focus moves to each new question’s heading', async ({ page }) => {
  await page.goto('/');
  // Tab to the first region radio, pick 聊城 with the arrow key, submit with Enter.
  await page.getByLabel('广东省江门市鹤山市', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('山东省聊城市', { exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('孩子现在处在哪个阶段？');

  for (const [label, next] of [
    ['幼儿园', '孩子今年有没有在任何地方参加居民医保？'],
    ['没有参保', '孩子的户籍是哪里的？'],
    ['本地户籍', '家里是否属于政府资助或帮扶的困难群体？'],
    ['不是', '检查您的回答'],
  ] as const) {
    await page.getByLabel(label, { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText(next);
    await expect(heading).toBeFocused();
  }
  // On check-your-answers, Tab reaches the plan link and Enter opens it.
  const planLink = page.getByRole('link', { name: '查看我的办理清单' });
  for (let i = 0; i < 30 && !(await planLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(planLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toContainText('您的办理清单');
  await expect(heading).toBeFocused();
});

test('Back and 修改 links say what they change to a screen reader', async ({ page }) => {
  await page.goto('/plan/tianjin/check?stage=primary&insured=none&residency=local&aid=no');
  for (const field of ['上学的地方', '学段', '现在的参保情况', '户籍', '困难群体']) {
    await expect(page.getByRole('link', { name: `修改${field}` })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: '返回上一步：困难群体' })).toBeVisible();
});

test('大字模式 makes the text larger, is remembered, and stays accessible', async ({ page }) => {
  await page.goto('/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
  const before = await size();
  const toggle = page.getByRole('button', { name: '大字模式' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThan(before * 1.15);
  await expectNoA11yViolations(page);
  await page.reload();
  await expect(page.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThan(before * 1.15);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('at 200 % text zoom on a 320 px screen nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/plan/jiangmen-heshan?stage=primary&insured=same-province&residency=non-local&aid=no');
  await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('respects reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const animated = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return parseFloat(style.transitionDuration) > 0 || style.animationName !== 'none';
      }).length,
  );
  expect(animated).toBe(0);
});

test('a full journey makes no request to any other origin, and 清除我的信息 erases the answers', async ({ page, requests }) => {
  await page.goto('/plan/wenzhou-lucheng?stage=junior&insured=none&residency=permit&aid=no');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  await page.getByRole('button', { name: '大字模式' }).click();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('xsyb-')).length)).toBeGreaterThan(0);
  // Behind the footer's one line, with the privacy promise it keeps.
  await page.getByText('关于本应用和隐私').click();
  await expect(page.getByText('您的回答只保存在这部手机上')).toBeVisible();
  await page.getByRole('button', { name: '清除我的信息' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子在哪里上学？');
  await expect(page.getByText('已清除保存在这部手机上的回答和设置。')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('xsyb-')))).toEqual([]);
  await page.reload();
  await expect(page.getByRole('link', { name: /继续上次的回答/ })).toHaveCount(0);
  await expect(page.getByLabel('浙江省温州市鹿城区', { exact: true })).not.toBeChecked();
  requests.expectNoExternalRequests();
});

test('the page carries a Content-Security-Policy with no inline scripts, and none are needed', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => msg.text().includes('Content Security Policy') && violations.push(msg.text()));
  await page.goto('/plan/tianjin?stage=newborn&born=2026-10-01&insured=none&residency=local&aid=no');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(violations).toEqual([]);
});

// One test per language and plan: each opens one plan, so a slow machine never sums six plans' axe runs.
const OPEN_PLAN_TITLES = { 'zh-Hans': '大概能报销多少', 'zh-Hant': '大概能報銷多少', en: 'Roughly how much you can get back' } as const;
test.describe('the plan with every step and marker open: axe clean in three languages, and at 320 px with 225 % text nothing scrolls sideways', () => {
  for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    for (const url of [
      '/plan/liaocheng?stage=primary&insured=other-province&residency=local&aid=yes',
      '/plan/tianjin?stage=primary&insured=none&residency=non-local&aid=no',
    ]) {
      test(`${language} ${url}`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.goto(url);
        await chooseLanguage(page, language);
        await expect(page.locator('.first-actions')).toBeVisible();
        // Every disclosure, the estimate's examples and their traces included (long amounts live there).
        await expect(page.getByRole('heading', { level: 2, name: OPEN_PLAN_TITLES[language] })).toBeVisible();
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await expectNoA11yViolations(page);
        await page.setViewportSize({ width: 320, height: 640 });
        await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${language} ${url}`).toBeLessThanOrEqual(0);
      });
    }
  }
});
