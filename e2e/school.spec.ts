// A school's link for the class WeChat group (/school), the screen it opens for parents, the QR code, the A4
// notice, and the plan's calendar reminders and printed checklist — on the production build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser, Page } from '@playwright/test';
import { APP_ORIGIN, expect, expectNoA11yViolations, FIXED_NOW, test } from './fixtures.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function makeLink(page: Page, region: string, school: string, className = ''): Promise<string> {
  await page.goto('/school');
  await expect(h1(page)).toHaveText('给班级家长发参保指引');
  await page.getByLabel(region, { exact: true }).check();
  await page.getByLabel('学校名称（选填）').fill(school);
  if (className) await page.getByLabel('班级（选填）').fill(className);
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  await expect(page.getByRole('heading', { name: '发给家长' })).toBeFocused();
  return (await page.getByTestId('school-link').textContent())!.trim();
}

/** Reads the QR image's pixels in the page and decodes them here with jsQR. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const { width, height, rgba } = await page.locator(selector).evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
  });
  return jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data;
}

/** A parent's phone: a new browser context with nothing stored, the same fixed day. */
async function parentPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  return page;
}

/** The class of the first tests, and the link its QR code and printed notice carry (the school's name in it). */
const LIAOCHENG_CLASS = '聊城实验小学 三年级2班';
const LIAOCHENG_NAMED_LINK = `${APP_ORIGIN}/?region=liaocheng&school=${encodeURIComponent(LIAOCHENG_CLASS)}`;

test('a teacher makes a message: a short link to the region, the school in its first line, the facts and a number to call', async ({
  page,
  requests,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await page.goto('/school');
  await expectNoA11yViolations(page);
  const link = await makeLink(page, '山东省聊城市', '聊城实验小学', '三年级2班');
  // The message's link names the region only: a short link reads as the app's in WeChat, a long encoded one as spam.
  expect(link).toBe(`${APP_ORIGIN}/?region=liaocheng`);
  await expect(page.locator('.school-preview')).toHaveText(
    '家长扫二维码打开，第一屏写的是：“这个链接由「聊城实验小学 三年级2班」分享”。消息里的链接只带地区，学校名称写在消息第一行。',
  );

  // The message: the school, the key facts with their policy year, the notice that this year's may differ, a
  // number to call, the link last.
  const message = await page.getByLabel('班级群消息').inputValue();
  expect(message.split('\n')[0]).toBe(`【${LIAOCHENG_CLASS}】学生医保参保提醒`);
  expect(message).toContain('· 个人缴费：¥360，在2023年9月至12月底缴纳2024学年居民医保费的在校学生（含托幼机构儿童），每人（2024学年）');
  // A past year's date, worded as in the plan: what it was, and whom to ask for this year's.
  expect(message).toContain(
    '· 集中缴费期：上一次（2024学年）：2023年11月1日 至 2023年12月31日；今年的日期：请向聊城市医疗保障局、国家税务总局东昌府区税务局确认',
  );
  expect(message).toContain('由学校统计汇总本校参保学生名单');
  expect(message).toContain('以上是往年材料（2024学年）的规定，今年的金额和日期可能不同');
  expect(message).toContain('\n有疑问打电话问聊城市医疗保障局：0635-2189313\n');
  expect(message.split('\n').at(-1)).toBe(link);

  // Copy confirms, and what was copied is the message with the link.
  await page.getByRole('button', { name: '复制消息' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制消息' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(message);
  expect(copied).toContain(link);
  requests.expectNoExternalRequests();
});

test('the QR code, made on the device, holds the school’s link and downloads as a PNG', async ({ page, requests }) => {
  await makeLink(page, '山东省聊城市', '聊城实验小学', '三年级2班');
  // A parent who scans sees which school sent it: the QR code (on screen and on the notice) carries the name.
  await expect(page.locator('img.qr-screen')).toBeVisible();
  expect(await decodeQr(page, 'img.qr-screen')).toBe(LIAOCHENG_NAMED_LINK);
  expect(await decodeQr(page, '.school-notice img.qr')).toBe(LIAOCHENG_NAMED_LINK);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载二维码图片（PNG）' }).click()]);
  expect(download.suggestedFilename()).toBe('xsyb-liaocheng-qr.png');
  const png = readFileSync((await download.path())!);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await expectNoA11yViolations(page);
  requests.expectNoExternalRequests();
});

test('a parent opening the school’s link sees the school, skips the region question and goes on', async ({ browser }) => {
  const parent = await parentPage(browser);
  await parent.goto(LIAOCHENG_NAMED_LINK);
  await expect(h1(parent)).toHaveText('学生医保参保指引');
  await expect(parent.locator('.school-shared-by')).toHaveText(`这个链接由「${LIAOCHENG_CLASS}」分享`);
  await expect(parent.getByText('地区：山东省聊城市')).toBeVisible();
  await expect(parent.getByRole('radio')).toHaveCount(0);
  await expect(parent.getByText('孩子在哪里上学？')).toHaveCount(0);
  await expectNoA11yViolations(parent);
  await parent.getByRole('link', { name: '开始' }).click();
  await expect(h1(parent)).toHaveText('孩子现在处在哪个阶段？');
  await expect(parent).toHaveURL(/\/plan\/liaocheng$/);
  await expect(parent.getByText('山东省聊城市 · 第 1 题')).toBeVisible();
  await parent.context().close();
});

test('a parent opening the message’s short link finds the region already chosen', async ({ browser }) => {
  const parent = await parentPage(browser);
  await parent.goto(`${APP_ORIGIN}/?region=liaocheng`);
  await expect(h1(parent)).toHaveText('孩子在哪里上学？');
  await expect(parent.getByLabel('山东省聊城市', { exact: true })).toBeChecked();
  await expect(parent.locator('.school-shared-by')).toHaveCount(0);
  await parent.getByRole('button', { name: '开始' }).click();
  await expect(h1(parent)).toHaveText('孩子现在处在哪个阶段？');
  await expect(parent).toHaveURL(/\/plan\/liaocheng$/);
  await parent.context().close();
});

test('a school name with HTML or script in it shows as plain text and runs nothing', async ({ page, browser }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const evil = '<img src=x onerror=alert(1)>"小学';
  await makeLink(page, '广西壮族自治区柳州市', evil);
  // The parent opens what the QR code holds: the link with the school's name in it.
  await expect(page.locator('.school-notice img.qr')).toBeVisible();
  const link = (await decodeQr(page, '.school-notice img.qr'))!;
  expect(link).toBe(`${APP_ORIGIN}/?region=liuzhou&school=${encodeURIComponent(evil)}`);
  await expect(page.locator('.school-notice h2')).toHaveText(`${evil} 发来的参保指引`);
  expect(await page.getByLabel('班级群消息').inputValue()).toContain(`【${evil}】`);
  await expect(page.locator('main img')).toHaveCount(2); // the two QR images, nothing the name made
  await expect(page.locator('main img:not(.qr)')).toHaveCount(0);

  const parent = await parentPage(browser);
  const script = '<script>window.__pwned=1</script>小学';
  // (A namespaced key: a dotted one such as app.name reads as a web address, and such a name is dropped.)
  const nested = '<b>粗</b>{{region}}$t(translation:app)';
  for (const [url, shown] of [
    [link, `这个链接由「${evil}」分享`],
    [`/?region=liuzhou&school=${encodeURIComponent(script)}`, `这个链接由「${script}」分享`],
    // i18next nesting and placeholders in the name stay as typed.
    [`/?region=liuzhou&school=${encodeURIComponent(nested)}`, `这个链接由「${nested}」分享`],
    // Control characters are removed and the name is cut at 40 characters.
    [`/?region=tianjin&school=${encodeURIComponent(`\u202e\u0000${'长'.repeat(45)}\n`)}`, `这个链接由「${'长'.repeat(40)}」分享`],
  ] as const) {
    await parent.goto(url.startsWith('/') ? `${APP_ORIGIN}${url}` : url);
    await expect(h1(parent)).toHaveText('学生医保参保指引');
    await expect(parent.locator('.school-shared-by')).toHaveText(shown);
    await expect(parent.locator('main img, main script, main b')).toHaveCount(0);
    expect(await parent.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  await parent.context().close();
});

test('a bad or unknown region in a school link falls back to choosing it, with the school still named', async ({ page }) => {
  await page.goto(`/?region=shanghai&school=${encodeURIComponent('某某小学')}`);
  await expect(page.getByText('这个链接由「某某小学」分享')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('链接里的地区“shanghai”不在本应用覆盖的范围内');
  await expect(h1(page)).toHaveText('孩子在哪里上学？');
  await expectNoA11yViolations(page);
  await page.getByLabel('天津市', { exact: true }).check();
  await page.getByRole('button', { name: '开始' }).click();
  await expect(h1(page)).toHaveText('孩子现在处在哪个阶段？');

  await page.goto(`/?school=${encodeURIComponent('某某小学')}`);
  await expect(page.getByText('这个链接由「某某小学」分享')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(h1(page)).toHaveText('孩子在哪里上学？');
});

test('/school asks for the region first, and offers Web Share where the browser has it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        (window as unknown as { __shared?: ShareData }).__shared = data;
      },
    });
  });
  await page.goto('/school');
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  await expect(page.getByRole('alert')).toContainText('请选择学校所在的地区');
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: '请选择学校所在的地区' }).click();
  await expect(page.locator('#region')).toBeFocused();

  await page.getByLabel('浙江省温州市鹿城区', { exact: true }).check();
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  const message = await page.getByLabel('班级群消息').inputValue();
  expect(message).toContain('参保缴费时间：材料没有写——参保缴费从哪天开始、哪天截止。请咨询鹿城区医保服务中心、孩子就读的学校');
  expect(message).toContain('· 个人缴费：¥660，每人每年（2024年报道中的数字，不是文件原文）（2024年报道时）');
  // The source names no office with a phone: the message gives the area's national hotline, labelled as such.
  expect(message).toContain('\n有疑问打 0577-12393（全国医保服务热线）\n');
  expect(message.split('\n').at(-1)).toBe(`${APP_ORIGIN}/?region=wenzhou-lucheng`);
  await page.getByRole('button', { name: '分享消息' }).click();
  expect(await page.evaluate(() => (window as unknown as { __shared?: ShareData }).__shared?.text)).toBe(message);
});

test('the A4 notice: only it prints, on one page, with region, school, key facts, QR and the policy-year notice', async ({ page }) => {
  const link = await makeLink(page, '广东省江门市鹤山市', '鹤山市第一小学');
  expect(link).toBe(`${APP_ORIGIN}/?region=jiangmen-heshan`);
  const named = `${APP_ORIGIN}/?region=jiangmen-heshan&school=${encodeURIComponent('鹤山市第一小学')}`;
  await expect(page.locator('.school-notice img.qr')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const notice = page.locator('.school-notice');
  await expect(notice).toBeVisible();
  await expect(h1(page)).toBeHidden();
  await expect(page.getByRole('button', { name: '复制消息' })).toBeHidden();
  await expect(notice.getByRole('heading', { level: 2 })).toHaveText('鹤山市第一小学 发来的参保指引');
  await expect(notice).toContainText('地区：广东省江门市鹤山市');
  await expect(notice).toContainText('个人缴费：¥406，每人每年（2024年度）');
  // A past year's date reads as what it was, next to whom to ask for this year's (the plan's wording).
  await expect(notice).toContainText('2024年度集中参保缴费开始：上一次（2024年度）：2023年9月1日 起，材料没有写截止日期；今年的日期：请向');
  await expect(notice).toContainText('这些是2024年度的规定');
  await expect(notice).toContainText('今年的金额和日期可能不同');
  // The printed link is the QR code's, with the school's name, readable.
  await expect(notice.locator('.notice-link')).toHaveText(`${APP_ORIGIN}/?region=jiangmen-heshan&school=鹤山市第一小学`);
  expect(await decodeQr(page, '.school-notice img.qr')).toBe(named);
  await expectNoA11yViolations(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('the plan: 添加到日历 for each date still ahead, with a real .ics; none for past dates', async ({ page }) => {
  // Born in August: the 90-day rule (births in 9月至12月 have the 下一年度 rule, issue 18 finding 10).
  await page.goto('/plan/tianjin?stage=newborn&born=2026-08-31&insured=none&residency=permit&aid=no');
  await expect(h1(page)).toContainText('您的办理清单');
  const tools = page.locator('.plan-tools');
  // Collapsed under its heading, one tap away.
  await expect(tools.getByRole('link', { name: /^添加到日历：/ }).first()).toBeHidden();
  // A prerendered plan completes itself on hydration (the birth date's deadline joins the list): open the list
  // until it shows both reminders, as a parent would tap again.
  const calendar = tools.locator('details.calendar');
  await expect(async () => {
    if (!(await calendar.evaluate((d) => (d as HTMLDetailsElement).open))) await tools.getByRole('heading', { name: '添加到日历' }).click();
    await expect(tools.getByRole('link', { name: /^添加到日历：/ })).toHaveCount(2, { timeout: 1000 });
  }).toPass();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools.getByRole('link', { name: '添加到日历：出生之日起90天（含）内参保的，从出生之日起享受当年度待遇（自2024年6月1日起）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('xsyb-tianjin-newborn-90-days.ics');
  const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
  expect(ics).toContain('DTSTART;VALUE=DATE:20261128\r\n');
  expect(ics).toContain('TRIGGER:-P2DT15H\r\n');
  expect(ics).toContain(`URL;VALUE=URI:${APP_ORIGIN}/plan/tianjin/newborn/none/permit/no?born=2026-08-31`);
  await expect(tools.getByRole('link', { name: '全部添加到日历（2 个提醒）' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto('/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no');
  // Only past years' dates: no reminders, and the dates say so themselves.
  await expect(page.locator('.first-actions')).toContainText('上一次：2023年11月1日');
  await expect(page.getByRole('heading', { name: '添加到日历' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^添加到日历/ })).toHaveCount(0);
});

test('the plan prints as a checklist: a box per step, no buttons, the link back, axe clean', async ({ page }) => {
  await page.goto('/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no');
  await expect(page.getByRole('button', { name: '打印清单' })).toBeVisible();
  // On screen every step is closed; printing opens them all (beforeprint), and closes them again after.
  const steps = page.locator('details.step-details');
  expect(await steps.count()).toBeGreaterThan(3);
  expect(await steps.evaluateAll((els) => els.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
  // A prerendered plan listens for beforeprint once it hydrates: print until it takes.
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await steps.evaluateAll((els) => els.every((d) => (d as HTMLDetailsElement).open))).toBe(true);
  }).toPass();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#step-pay')).toContainText('支付宝“社保费缴纳”');
  await expect(page.locator('.step-summary').first()).toBeHidden();
  await expect(page.locator('.first-actions')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印清单' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.cite').first()).toBeHidden();
  await expect(page.getByText(`打印于2026年11月23日。办理清单的链接：${APP_ORIGIN}/plan/liaocheng/primary/none/local/no`)).toBeVisible();
  const boxes = await page.locator('.step-number').evaluateAll((els) => els.map((el) => getComputedStyle(el).borderTopStyle));
  expect(boxes.length).toBeGreaterThan(3);
  expect(new Set(boxes)).toEqual(new Set(['solid']));
  await expectNoA11yViolations(page);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), 'the checklist fits one A4 sheet').toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await steps.evaluateAll((els) => els.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
});

test('the first screen loads neither the school page nor the QR library', async ({ page }) => {
  const assets = join(process.cwd(), 'dist', 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const qrChunks = files.filter((f) => readFileSync(join(assets, f), 'utf8').includes('toDataURL') && !f.startsWith('school-page'));
  expect(qrChunks.length).toBeGreaterThan(0);
  // Requests of the page itself (a service worker's precaching is not the page loading code).
  const requested: string[] = [];
  page.on('request', (request) => {
    if (!request.serviceWorker()) requested.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  const loaded = async () => [...requested];

  await page.goto('/');
  await expect(h1(page)).toHaveText('孩子在哪里上学？');
  const first = await loaded();
  expect(first.filter((f) => f.startsWith('school-page') || qrChunks.includes(f))).toEqual([]);

  await page.goto(`/?region=tianjin&school=${encodeURIComponent('天津一小')}`);
  await expect(h1(page)).toHaveText('学生医保参保指引');
  expect((await loaded()).filter((f) => f.startsWith('school-page') || qrChunks.includes(f))).toEqual([]);

  await makeLink(page, '天津市', '天津一小');
  await expect(page.locator('img.qr-screen')).toBeVisible();
  const after = await loaded();
  expect(after.some((f) => f.startsWith('school-page'))).toBe(true);
  expect(after.some((f) => qrChunks.includes(f))).toBe(true);
});

test('/school and a school link fit 320 px, with tap targets of at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await makeLink(page, '广东省江门市鹤山市', '鹤山市沙坪街道中心小学', '六年级1班');
  await expect(page.locator('img.qr-screen')).toBeVisible();
  for (const url of [null, `/?region=jiangmen-heshan&school=${encodeURIComponent('鹤山市沙坪街道中心小学')}`]) {
    if (url) await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url ?? '/school').toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'main a, main button, main label, main summary, main input:not([type=radio]):not(.visually-hidden), main textarea, header a',
        ),
      ]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height < 44)
        .map(({ el }) => el.textContent?.trim().slice(0, 30) || el.id),
    );
    expect(small, url ?? '/school').toEqual([]);
  }
});

test('link previews: the page carries a title, a description and Open Graph tags with a 1200×630 PNG', async ({ page, request }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('学生医保参保助手');
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  expect(await meta('name="description"')).toBeTruthy();
  expect(await meta('property="og:title"')).toContain('学生医保参保助手');
  expect(await meta('property="og:description"')).toBeTruthy();
  expect(await meta('name="twitter:card"')).toBe('summary_large_image');
  const image = await meta('property="og:image"');
  expect(image).toBe('/og-image.png');
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  const png = await response.body();
  // IHDR: width and height are the big-endian words at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('a teacher finds /school from the start page, copies the short link beside the message, and prints the school’s link', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await page.goto('/');
  const teachers = page.getByRole('link', { name: '老师：生成班级群通知' });
  await expect(teachers).toBeVisible();
  await teachers.click();
  await expect(h1(page)).toHaveText('给班级家长发参保指引');
  const link = await makeLink(page, '天津市', '天津市第一中学', '初二3班');
  // 复制链接 sits on the same row as 复制消息, and copies the link alone.
  const copyMessage = page.getByRole('button', { name: '复制消息' });
  const copyLink = page.getByRole('button', { name: '复制链接' });
  const [a, b] = [(await copyMessage.boundingBox())!, (await copyLink.boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  await copyLink.click();
  await expect(page.getByRole('status').filter({ hasText: '已复制链接' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toBe(`${APP_ORIGIN}/?region=tianjin`);
  // The notice prints the link its QR code holds: the school's, not the bare region link of the message.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.school-notice .notice-link');
  await expect(printed).toHaveText(`${APP_ORIGIN}/?region=tianjin&school=天津市第一中学 初二3班`);
  const named = `${APP_ORIGIN}/?region=tianjin&school=${encodeURIComponent('天津市第一中学 初二3班')}`;
  expect(encodeURI((await printed.textContent())!)).toBe(named);
  expect(await decodeQr(page, '.school-notice img.qr')).toBe(named);
  await page.emulateMedia({ media: 'screen' });
  await expectNoA11yViolations(page);
});
