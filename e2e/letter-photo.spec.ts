// A letter as a picture (/letter's "拍照或选图片"): read on the phone by the OCR engine served from this site, the text
// in the box for the parent to check, each doubtful figure "请核对" until confirmed, then the plan; cancel, a picture
// with no text and a failure keep the box as it was; after the first use it works offline.
//
// The pictures are our own (e2e/fixtures/), each made once with Playwright's Chromium and committed:
//  - letter-plain.png (88 KB, 360×919): app/policies/letter/fixtures/plain.txt, each line a <p> (margin 0 0 4px) in a
//    <body> with 12px padding, white, font 18px/1.6 "Noto Sans CJK SC"; viewport 360 px wide, deviceScaleFactor 1,
//    page.screenshot({ fullPage: true }). Small on purpose: reading it takes seconds.
//  - letter-plain-4o0.png (88 KB): the same, with the fee written 4o0 (a small letter o in the figure, as a misreading
//    gives it), so the engine reads a figure the reader must not take as a fact.
//  - no-text.png (1 KB, 240×160): a blue rounded rectangle on a pale blue page, no text.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test, waitForServiceWorker } from './fixtures.ts';

const PICTURE = fileURLToPath(new URL('./fixtures/letter-plain.png', import.meta.url));
const PICTURE_4O0 = fileURLToPath(new URL('./fixtures/letter-plain-4o0.png', import.meta.url));
const NO_TEXT = fileURLToPath(new URL('./fixtures/no-text.png', import.meta.url));
const BOX = '把学校发的医保通知粘贴到这里';
const PRESET = 'stage=primary&insured=none&residency=non-local&aid=no';
// Loading the engine and reading a picture take seconds here, and three times as long on a slow, busy machine.
const READ_TIMEOUT = 60_000;

/** /letter, hydrated (the submit button takes taps only then). */
async function openLetter(page: Page) {
  await page.goto(`/letter?${PRESET}`);
  await expect(page.getByRole('button', { name: '按这份通知办' })).toBeEnabled();
}

/** Chooses pictures; the first time, the download is announced with its size and the parent goes on. */
async function choose(page: Page, files: string | string[], { firstTime = true } = {}) {
  await page.getByLabel('拍照或选图片').setInputFiles(files);
  if (!firstTime) return;
  await expect(page.getByText(/^需要下载约 \d+\.\d MB 的识别程序（只下载一次，之后没有网络也能用）。$/)).toBeVisible();
  await page.getByRole('button', { name: '下载并识别' }).click();
}

const status = (page: Page) => page.locator('.letter-photo [role="status"]');

/** Taps 核对无误 on every figure still listed for checking (the parent compared each with its crop). */
async function confirmEveryFigure(page: Page) {
  const confirms = page.locator('.photo-doubts li').getByRole('button', { name: /核对无误/ });
  for (let n = await confirms.count(); n > 0; n -= 1) {
    await confirms.first().click();
    await expect(confirms).toHaveCount(n - 1);
  }
}

test('a screenshot of the letter → progress bar → text in the box → 请核对 confirmed → the plan with the letter’s fee', async ({
  page,
  requests,
}) => {
  await openLetter(page);
  await choose(page, PICTURE);
  await expect(page.locator('.letter-photo progress')).toBeVisible();
  await expect(status(page)).toHaveText(/加载识别程序…|识别第 1 张，共 1 张…/);
  const box = page.getByLabel(BOX);
  await expect(box).toHaveValue(/每人每年400元/, { timeout: READ_TIMEOUT });
  await expect(box).toHaveValue(/云溪市实验小学关于2027年度城乡居民医?/);
  await expect(box).toBeFocused();
  await expect(status(page)).toContainText('已把从图片识别出的文字填进框里');
  await expect(page.locator('.letter-photo progress')).toHaveCount(0);

  // Each doubtful figure beside its crop of the picture; the form refuses while one is left.
  const confirms = page.getByRole('button', { name: /核对无误$/ });
  if ((await confirms.count()) > 0) {
    await expect(page.locator('.photo-doubts img').first()).toHaveAttribute('src', /^data:image\/png;base64,/);
    await page.getByRole('button', { name: '按这份通知办' }).click();
    await expect(page.getByRole('alert')).toContainText(/还有 \d+ 处数字请核对/);
    while ((await confirms.count()) > 0) await confirms.first().click();
  }
  await page.getByRole('button', { name: '删除识别程序' }).waitFor();

  await page.getByRole('button', { name: '按这份通知办' }).click();
  await expect(page).toHaveURL(/\/letter\/plan\?/);
  await expect(page.getByText('这份清单是按手机从您选的图片里识别出的学校通知生成的，本应用没有核对过。')).toBeVisible();
  const fee = page.locator('#step-fee');
  await fee.locator('summary').first().click();
  await expect(fee).toContainText('400');
  await fee.locator('.cite-letter summary').first().click();
  await expect(fee.locator('.cite-letter').first()).toContainText('出处（从图片识别的通知）');
  await expect(fee.locator('.cite-letter').first()).toContainText('下面是手机从您选的图片里识别出的通知文字');
  // The whole letter as read, the fee's sentence marked across the picture's line ends.
  await expect(fee.locator('.cite-letter mark').first()).toHaveText(/每人每年400元/);
  await expect(fee.locator('.cite-letter .letter-text').first()).toContainText('云溪市实验小学');
  requests.expectNoExternalRequests();
});

test('a doubtful figure: 请核对 beside its crop, no plan until it is corrected, then the plan with the corrected fee', async ({ page }) => {
  await openLetter(page);
  await choose(page, PICTURE_4O0);
  const box = page.getByLabel(BOX);
  await expect(box).toHaveValue(/每人每年4o0元/, { timeout: READ_TIMEOUT });
  const doubt = page.locator('.photo-doubts li').filter({ hasText: '识别为“4o0”' });
  await expect(doubt).toContainText('请核对');
  await expect(doubt.getByRole('img', { name: '第 1 张图片里的这个数字' })).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(doubt.getByRole('button', { name: '“4o0”核对无误' })).toBeVisible();

  await page.getByRole('button', { name: '按这份通知办' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/还有 \d+ 处数字请核对/);
  await expect(page).toHaveURL(/\/letter\?/);

  // The parent reads the picture and corrects the figure in the box: the doubt is gone; the other figures the engine
  // was unsure of are confirmed one by one; then the letter goes through.
  await box.fill((await box.inputValue()).replace('4o0', '400'));
  await expect(doubt).toHaveCount(0);
  await confirmEveryFigure(page);
  await page.getByRole('button', { name: '按这份通知办' }).click();
  await expect(page).toHaveURL(/\/letter\/plan\?/);
  const fee = page.locator('#step-fee');
  await fee.locator('summary').first().click();
  await expect(fee).toContainText('400');
});

test('/school: a picture of the letter fills the teacher’s box; an unchecked figure keeps the message back until corrected', async ({
  page,
}) => {
  await page.goto('/school');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('给班级家长发参保指引');
  await expect(page.getByRole('button', { name: '生成消息、链接和二维码' })).toBeEnabled();
  await choose(page, PICTURE_4O0);
  const box = page.getByLabel('粘贴今年的通知（选填）');
  await expect(box).toHaveValue(/每人每年4o0元/, { timeout: READ_TIMEOUT });
  await expect(page.locator('.photo-doubts')).toContainText('识别为“4o0”');
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  await expect(page.getByRole('alert')).toContainText(/还有 \d+ 处数字请核对/);
  await expect(page.getByLabel('班级群消息')).toHaveCount(0);
  await box.fill((await box.inputValue()).replace('4o0', '400'));
  await confirmEveryFigure(page);
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  await expect(page.getByRole('heading', { name: '发给家长' })).toBeFocused();
  await expect(page.getByLabel('班级群消息')).toHaveValue(/缴费金额：“[^”]*每人每年400元/);
});

test('cancel while reading: the box as it was, and a plain message', async ({ page }) => {
  await openLetter(page);
  const box = page.getByLabel(BOX);
  const before = '先粘贴的一行字';
  await expect(async () => {
    await box.fill(before);
    await expect(box).toHaveValue(before, { timeout: 1000 });
  }).toPass();
  // Three pages: reading the second and third leaves time to cancel once the first has begun.
  await choose(page, [PICTURE, PICTURE, PICTURE]);
  await expect(status(page)).toHaveText(/识别第 [12] 张，共 3 张…/, { timeout: READ_TIMEOUT });
  await page.getByRole('button', { name: '取消' }).click();
  await expect(status(page)).toHaveText('已取消识别，框里的内容没有改变。');
  await expect(page.locator('.letter-photo progress')).toHaveCount(0);
  await expect(box).toHaveValue(before);
});

test('a picture with no text: a plain message, the box as it was', async ({ page }) => {
  await openLetter(page);
  await choose(page, NO_TEXT);
  await expect(status(page)).toHaveText('没有从图片里认出中文文字，框里的内容没有改变。请换一张清楚的图片，或者直接粘贴文字。', {
    timeout: READ_TIMEOUT,
  });
  await expect(page.getByLabel(BOX)).toHaveValue('');
});

test('after the first use the engine works offline; 删除识别程序 frees its space', async ({ page, context }) => {
  await openLetter(page);
  await waitForServiceWorker(page);
  await choose(page, PICTURE);
  const box = page.getByLabel(BOX);
  await expect(box).toHaveValue(/每人每年400元/, { timeout: READ_TIMEOUT });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: '按这份通知办' })).toBeEnabled();
  await expect(page.getByRole('button', { name: '删除识别程序' })).toBeVisible();
  await box.fill('');
  // No download to announce: the engine is on the phone.
  await choose(page, PICTURE, { firstTime: false });
  await expect(box).toHaveValue(/每人每年400元/, { timeout: READ_TIMEOUT });

  await page.getByRole('button', { name: '删除识别程序' }).click();
  await expect(status(page)).toHaveText(/^已删除识别程序，释放了约 \d+\.\d MB 空间。$/);
  expect(await page.evaluate(() => caches.has('ocr'))).toBe(false);
});

test('axe: the letter form with the picture panel open (the download asked, then the text and its figures to check)', async ({ page }) => {
  await openLetter(page);
  await page.getByLabel('拍照或选图片').setInputFiles(PICTURE_4O0);
  await expect(page.getByRole('button', { name: '下载并识别' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '下载并识别' }).click();
  await expect(page.getByLabel(BOX)).toHaveValue(/每人每年4o0元/, { timeout: READ_TIMEOUT });
  await expect(page.getByText('请核对这些数字：')).toBeVisible();
  await expectNoA11yViolations(page);
});
