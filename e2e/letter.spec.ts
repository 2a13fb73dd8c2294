// A school's letter pasted on /letter becomes the same plan a region gets: questions, plan, 出处 in the letter
// itself; the letter stays on the phone, works offline, and what is not a collection channel is only a warning.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, expectNoA11yViolations, test } from './fixtures.ts';

const letter = (name: string) => readFileSync(new URL(`./letters/${name}.txt`, import.meta.url), 'utf8');
const ARTICLE = letter('wechat-article');
const NOTICE = letter('official-notice');
const PAY_TEACHER = letter('pay-teacher');
const HEATING = letter('heating-fee');

const BOX = '把学校发的医保通知粘贴到这里';
const PRESET = 'stage=primary&insured=none&residency=non-local&aid=no';

async function paste(page: Page, text: string) {
  const box = page.getByLabel(BOX);
  // The prerendered form takes typing once it has hydrated: fill until the text stays.
  await expect(async () => {
    await box.fill(text);
    await expect(box).toHaveValue(text, { timeout: 1000 });
  }).toPass();
  await page.getByRole('button', { name: '按这份通知办' }).click();
}

async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: '继续' }).click();
}

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.active && navigator.serviceWorker.controller);
  });
}

/** No request, to any origin, carries a word of the letter. */
function expectLetterNotSent(urls: string[], words: string[]) {
  for (const url of urls) {
    const decoded = decodeURIComponent(url);
    for (const word of words) expect(decoded, url).not.toContain(word);
  }
}

test('paste → questions → plan, its first action on the first screen at 360×740, each 出处 the letter with its sentence marked', async ({
  page,
  requests,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByLabel('我的城市不在这里').check();
  await page.getByRole('button', { name: '开始' }).click();
  await paste(page, ARTICLE);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子现在处在哪个阶段？');
  await choose(page, '小学');
  await choose(page, '没有参保');
  await choose(page, '本地户籍');
  await choose(page, '不是');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  await page.getByRole('link', { name: '查看我的办理清单' }).click();

  await expect(page).toHaveURL(/\/letter\/plan\?stage=primary&insured=none&residency=local&aid=no$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  const line = page.getByText('这份清单是按您粘贴的学校通知生成的，本应用没有核对过。');
  await expect(line).toBeInViewport();
  const firstAction = page.locator('.first-actions li').first();
  await expect(firstAction).toBeVisible();
  const box = await firstAction.boundingBox();
  expect(box!.y + box!.height, 'the first action ends on the first screen').toBeLessThanOrEqual(740);

  // The fee, with the letter as its source: the whole letter, the fee's sentence marked.
  const fee = page.locator('#step-fee');
  await fee.locator('summary').first().click();
  await expect(fee).toContainText('400');
  await fee.locator('.cite-letter summary').first().click();
  await expect(fee.locator('.cite-letter mark').first()).toHaveText(/每人每年400元/);
  await expect(fee.locator('.letter-text').first()).toContainText('关于做好2027年度城乡居民医保参保缴费工作');

  requests.expectNoExternalRequests();
  expectLetterNotSent(requests.urls, ['岳阳', '湖南税务', '8881234']);
  // No link to share or follow carries it either (a number to call, and a calendar file made on the phone, may).
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expectLetterNotSent(
    hrefs.filter((href) => !/^(data|tel):/.test(href)),
    ['岳阳', '湖南税务', '8881234'],
  );
});

test('answers in the query preset the questions: after the paste, the plan at once; 修改回答 and Back work', async ({ page }) => {
  await page.goto(`/letter?${PRESET}`);
  await paste(page, ARTICLE);
  await expect(page).toHaveURL(new RegExp(`/letter/plan\\?${PRESET}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');

  await page.getByRole('link', { name: '修改回答' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  await page.getByRole('link', { name: '修改户籍' }).click();
  await expect(page).toHaveURL(/\/letter\/ask\/residency\?/);
  await page.getByRole('link', { name: /返回/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  await page.getByRole('link', { name: '查看我的办理清单' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
});

test('a letter that names one of our regions: the plan says our data’s year and that the letter wins', async ({ page }) => {
  await page.goto(`/letter?${PRESET}`);
  await paste(page, NOTICE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  await expect(page.locator('.letter-region')).toContainText('山东省聊城市');
  await expect(page.locator('.letter-region')).toContainText('2024学年');
  await expect(page.locator('.letter-region')).toContainText('以通知为准');
});

test('after one visit to /, /letter works offline, and the plan reopens offline from the letter kept on the phone', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await expect(page.getByText('离线可用：没有网络时也能打开')).toBeVisible();
  await context.setOffline(true);
  await page.goto(`/letter?${PRESET}`);
  await paste(page, ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  await expect(page.getByText('这份清单是按您粘贴的学校通知生成的，本应用没有核对过。')).toBeVisible();
});

test('a request to pay a teacher, a QR code and a link: plain text with the warning, never a link or a channel', async ({ page }) => {
  await page.goto(`/letter?${PRESET}`);
  await paste(page, PAY_TEACHER);
  const warnings = page.locator('.letter-warnings');
  await expect(warnings.getByRole('heading', { level: 2 })).toHaveText('通知里有这些内容，付款前先核实');
  await expect(warnings).toContainText('要求把钱转给个人');
  await expect(warnings).toContainText('班主任个人微信');
  await expect(warnings).toContainText('http://pay.yb-example.cn/x8k2');
  await expect(warnings).toContainText('付款前先向当地医保局或12393核实');
  await expect(page.locator('a[href*="yb-example"]')).toHaveCount(0);
  await expect(page.locator('#step-pay')).not.toContainText('班主任个人微信');
});

test('too long: a plain message, and the text stays in the box', async ({ page }) => {
  await page.goto('/letter');
  const long = `${ARTICLE}\n${'城乡居民医保'.repeat(3400)}`;
  expect(long.length).toBeGreaterThan(20_000);
  await paste(page, long);
  await expect(page.getByRole('alert')).toContainText('超过了 20000 字');
  await expect(page.getByLabel(BOX)).toHaveValue(long);
  await expect(page).toHaveURL(/\/letter$/);
});

test('not a letter about 居民医保: said so, nothing read, the text stays', async ({ page }) => {
  await page.goto(`/letter?${PRESET}`);
  await paste(page, HEATING);
  await expect(page.getByRole('alert')).toContainText('看起来不是城乡居民医保');
  await expect(page.getByLabel(BOX)).toHaveValue(HEATING);
  await expect(page).toHaveURL(new RegExp(`/letter\\?${PRESET}$`));
});

test('删除这份通知: the letter leaves the phone, and the plan’s link opens the empty form', async ({ page }) => {
  await page.goto(`/letter?${PRESET}`);
  await paste(page, ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('xsyb-letter'))).toContain('岳阳');
  await page.getByRole('button', { name: '删除这份通知' }).click();
  await expect(page).toHaveURL(new RegExp(`/letter\\?${PRESET}$`));
  await expect(page.getByLabel(BOX)).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('xsyb-letter'))).toBeNull();
  await page.goto(`/letter/plan?${PRESET}`);
  await expect(page).toHaveURL(new RegExp(`/letter\\?${PRESET}$`));
  await expect(page.getByLabel(BOX)).toHaveValue('');
});

const AXE = {
  'zh-Hans': { box: BOX, submit: '按这份通知办' },
  'zh-Hant': { box: '把學校發的醫保通知貼上到這裡', submit: '按這份通知辦' },
  en: { box: 'Paste the school’s letter about the medical insurance here', submit: 'Make a plan from this letter' },
} as const;

for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) {
  test(`axe (${language}): the paste form, its error, and the plan with a warning and a 出处 open`, async ({ page }) => {
    const words = AXE[language];
    await page.goto(`/letter?${PRESET}`);
    await chooseLanguage(page, language);
    await expect(page.getByLabel(words.box)).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: words.submit }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel(words.box).fill(PAY_TEACHER);
    await page.getByRole('button', { name: words.submit }).click();
    await expect(page).toHaveURL(/\/letter\/plan\?/);
    await expect(page.locator('.letter-warnings')).toBeVisible();
    await page.locator('#step-fee summary').first().click();
    await page.locator('#step-fee .cite-letter summary').first().click();
    await expect(page.locator('#step-fee mark').first()).toBeVisible();
    await expectNoA11yViolations(page);
  });
}
