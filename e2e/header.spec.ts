// The header on a small phone: one row at 320 px (name, language menu, 大字 开/关) in every language and in 大字模式,
// no sideways scrolling at 225 % text; and each screen's main button on the first screen at 360×640.
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';

async function expectOneRow(page: Page) {
  const header = (await page.locator('.site-header').boundingBox())!;
  const parts = [page.locator('.site-name'), page.getByRole('combobox', { name: /Language/ }), page.locator('.site-header .tool-button')];
  for (const part of parts) {
    const box = (await part.boundingBox())!;
    // Every control within the header's single row (and the name, however many lines it takes, beside them).
    expect(box.y).toBeGreaterThanOrEqual(header.y);
    expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height + 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  const [select, toggle] = [(await parts[1]!.boundingBox())!, (await parts[2]!.boundingBox())!];
  expect(Math.abs(select.y + select.height / 2 - (toggle.y + toggle.height / 2))).toBeLessThan(2);
  expect(header.height).toBeLessThan(90);
}

test('at 320 px the header is one row in each language and in 大字模式, and the toggle shows its state', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expectOneRow(page);
  const toggle = page.getByRole('button', { name: '大字模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveText('大字关');
  // The start page is prerendered: a tap before it hydrates does nothing, so tap until it takes.
  await expect(async () => {
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  await expect(toggle).toHaveText('大字开');
  await expectOneRow(page);
  await expectNoA11yViolations(page);
  const menu = page.getByRole('combobox', { name: /Language/ });
  await menu.selectOption('zh-Hant');
  await expectOneRow(page);
  await menu.selectOption('en');
  await expect(page.getByRole('button', { name: 'Large text' })).toHaveText('Largeon');
  await expectOneRow(page);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Large text' }).click();
  await expectOneRow(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('at 320 px with 225 % text nothing scrolls sideways and the header controls stay reachable', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of [
    '/',
    '/plan/liaocheng/ask/insured?stage=primary',
    '/plan/liaocheng/check?stage=primary&insured=none&residency=local&aid=no',
  ]) {
    await page.goto(url);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '225%';
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
    for (const control of [page.getByRole('combobox', { name: /Language/ }), page.getByRole('button', { name: '大字模式' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  }
});

test('开始, 继续 and 查看我的办理清单 are on the first screen at 360×640', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const screens: [string, string][] = [
    ['/', '开始'],
    ['/plan/liaocheng', '继续'],
    ['/plan/liaocheng/ask/insured?stage=primary', '继续'],
    ['/plan/liaocheng/ask/residency?stage=primary&insured=none', '继续'],
    ['/plan/liaocheng/check?stage=primary&insured=none&residency=local&aid=no', '查看我的办理清单'],
    // A newborn's check page has one row more (the birth date).
    ['/plan/tianjin/check?stage=newborn&born=2026-10-01&insured=none&residency=non-local&aid=no', '查看我的办理清单'],
  ];
  for (const [url, name] of screens) {
    await page.goto(url);
    const control = page.getByRole(name === '查看我的办理清单' ? 'link' : 'button', { name, exact: true });
    await expect(control, url).toBeInViewport({ ratio: 1 });
  }
});
