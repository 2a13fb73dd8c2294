// Issue 14 on the production build: the server leaks no file and always answers a page with the app, no input
// breaks a page, and no link puts words in the app's mouth.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer } from '../scripts/start-server.mjs';
import { APP_ORIGIN, deployNextVersion, expect, expectNoA11yViolations, test, waitForServiceWorker } from './fixtures.ts';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const PAGE = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const answers = 'stage=primary&insured=none&residency=local&aid=no';

/** A GET with the request target sent byte for byte (fetch and Playwright would normalise %2e%2e and friends). */
function rawGet(
  path: string,
  accept = '*/*',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(APP_ORIGIN);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET', headers: { accept } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('1. the server serves only the site', () => {
  // What must never come back: the server bundle next to dist/, Vite's manifest, source maps.
  const serverBundle = existsSync('dist-ssr/entry-server.js') ? readFileSync('dist-ssr/entry-server.js', 'utf8').slice(0, 200) : undefined;
  const attacks = [
    '/..%2fdist-ssr%2fentry-server.js',
    '/..%2Fdist-ssr%2Fentry-server.js',
    '/%2e%2e%2fdist-ssr%2fentry-server.js',
    '/%2E%2E/dist-ssr/entry-server.js',
    '/..%5cdist-ssr%5centry-server.js',
    '/..%252fdist-ssr%252fentry-server.js',
    '/%252e%252e/dist-ssr/entry-server.js',
    '/../dist-ssr/entry-server.js',
    '/assets/..%2f..%2fdist-ssr%2fentry-server.js',
    '/assets/%2e%2e/%2e%2e/dist-ssr/entry-server.js',
    '/assets/..%2F..%2Fpackage.json',
    '/plan/..%2f..%2fdist-ssr%2fentry-server.js',
    '/plan/%2e%2e/%2e%2e/package.json',
    '/.vite/manifest.json',
    '/%2evite/manifest.json',
  ];

  for (const path of attacks) {
    test(`${path}: 404 for a file request, the app for a page, never the file`, async () => {
      const file = await rawGet(path);
      expect(file.status).toBe(404);
      const page = await rawGet(path, PAGE);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<div id="root">');
      for (const body of [file.body, page.body]) {
        if (serverBundle) expect(body).not.toContain(serverBundle);
        expect(body).not.toContain('"name": "student-medical-insurance-helper"');
        expect(body).not.toContain('"isEntry"');
      }
    });
  }

  test('no source map or other build leftover is served', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const script = html.match(/\/assets\/[^"]+\.js/)![0];
    expect((await rawGet(script)).status).toBe(200);
    expect((await rawGet(`${script}.map`)).status).toBe(404);
  });
});

test.describe('5. a page always gets the app, which explains the problem; only files get 404', () => {
  test('first visit, no service worker: a malformed path, a dot in the region, a 40 KB link', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();

    const malformed = await page.goto('/plan/%FF%FE?stage=primary');
    expect(malformed!.status()).toBe(200);
    await expect(page.getByRole('alert')).toHaveText(/链接里的地区不在本应用覆盖的范围内/);
    await expect(h1(page)).toHaveText('孩子在哪里上学？');

    const dotted = await page.goto('/plan/liao.cheng?stage=primary');
    expect(dotted!.status()).toBe(200);
    await expect(page.getByRole('alert')).toContainText('链接里的地区“liao.cheng”不在本应用覆盖的范围内');

    const long = await page.goto(`/plan/liaocheng?${answers}&utm=${'x'.repeat(40_000)}`);
    expect(long!.status()).toBe(200);
    await expect(h1(page)).toHaveText('在聊城参保：您的办理清单');

    const longBad = await page.goto(`/plan/liaocheng?stage=${'%E5%AD%A6'.repeat(6_000)}`);
    expect(longBad!.status()).toBe(200);
    await expect(page.getByRole('alert')).toHaveText(/链接里的“学段”无法识别，请重新回答。/);
    await context.close();
  });

  test('a request for a missing file still gets 404, and a plan path with a dot gets the app', async () => {
    expect((await rawGet('/assets/no-such-chunk.js')).status).toBe(404);
    expect((await rawGet('/no-such-icon.png')).status).toBe(404);
    expect((await rawGet('/plan/liao.cheng?stage=primary')).status).toBe(200);
    expect((await rawGet('/plan/%FF', PAGE)).status).toBe(200);
    expect((await rawGet('/assets/no-such-chunk.js', PAGE)).status).toBe(200);
  });
});

test('6. every response carries the security headers, and no other site can frame the app', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const script = html.match(/\/assets\/[^"]+\.js/)![0];
  for (const path of ['/', '/plan/liaocheng', '/plan/liaocheng/ask/aid', script, '/sw.js', '/assets/no-such-chunk.js']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
  // Another origin (a file: page here) that frames the app gets nothing drawn.
  const dir = mkdtempSync(join(tmpdir(), 'xsyb-frame-'));
  try {
    const framer = join(dir, 'framer.html');
    appendFileSync(framer, `<!doctype html><iframe id="f" src="${APP_ORIGIN}/" width="360" height="600"></iframe>`);
    await page.goto(`file://${framer}`);
    await page.waitForTimeout(1_000);
    const frame = page.frames().find((f) => f.url().startsWith(APP_ORIGIN));
    const heading = frame
      ? await frame
          .locator('h1')
          .count()
          .catch(() => 0)
      : 0;
    expect(heading).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Types into a React-controlled input, lone surrogates included (Playwright's fill would replace them). */
async function typeRaw(page: Page, selector: string, text: string) {
  await page.locator(selector).evaluate((input: HTMLInputElement, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('2. a lone surrogate or an emoji at the limit in /school makes a link, not the error screen', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/school');
  await page.getByLabel('山东省聊城市', { exact: true }).check();
  await typeRaw(page, '#school-name', '聊城\ud800实验小学');
  await typeRaw(page, '#school-class', '三年级\udc002班');
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  await expect(page.getByRole('heading', { name: '发给家长' })).toBeFocused();
  await expect(page.getByRole('heading', { name: '页面没有加载出来' })).toHaveCount(0);
  // The message names the school in its first line; the QR code's and the notice's link carry the name.
  expect((await page.getByLabel('班级群消息').inputValue()).split('\n')[0]).toBe('【聊城实验小学 三年级2班】学生医保参保提醒');
  const namedLink = async () => new URL((await page.locator('.school-notice .notice-link').textContent())!.trim());
  expect((await namedLink()).searchParams.get('school')).toBe('聊城实验小学 三年级2班');

  // 38 characters, then a flag (two code points) and a family (five): the flag fits, the family is left out whole.
  const name = `${'校'.repeat(37)}🇨🇳👨‍👩‍👧`;
  await typeRaw(page, '#school-name', name);
  await typeRaw(page, '#school-class', '');
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  await expect(page.getByLabel('班级群消息')).toHaveValue(new RegExp(`^【${'校'.repeat(37)}🇨🇳】`, 'u'));
  expect((await namedLink()).searchParams.get('school')).toBe(`${'校'.repeat(37)}🇨🇳`);
  expect(errors).toEqual([]);
});

test.describe('3. link values are not echoed beyond a short code', () => {
  for (const [what, value] of [
    ['10,000 characters', 'x'.repeat(10_000)],
    ['bidi overrides, NUL and zero-width characters', '\u202eevil\u0000\u200b'],
    ['a sentence (a fake bank transfer)', '请立即向6222021234567890转账500元以完成参保'],
  ] as const) {
    test(`stage= ${what}: a short plain message, none of the text`, async ({ page }) => {
      await page.goto(`/plan/liaocheng?stage=${encodeURIComponent(value)}&insured=none`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('链接里的“学段”无法识别，请重新回答。');
      const text = (await alert.textContent())!;
      expect(text.length).toBeLessThan(120);
      expect(text).not.toMatch(/[\u202e\u0000\u200b]|xxxx|转账|6222/);
      await expect(h1(page)).toHaveText('孩子现在处在哪个阶段？');
    });
  }

  test('a mistyped id is still named, and an unknown region says so without quoting text', async ({ page }) => {
    await page.goto('/plan/liaocheng?stage=university');
    await expect(page.getByRole('alert')).toContainText('链接里的“学段”是“university”，无法识别');
    await page.goto(`/plan/${encodeURIComponent('请扫码缴费 http://evil.example')}?${answers}`);
    await expect(page.getByRole('alert')).toHaveText(/链接里的地区不在本应用覆盖的范围内/);
    await expect(page.locator('body')).not.toContainText('evil.example');
  });
});

test.describe('4. a school name cannot carry instructions', () => {
  const evil = '请扫码缴费 http://evil.example 小学';

  test('/school refuses it with a plain message and makes no link', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/school');
    await page.getByLabel('山东省聊城市', { exact: true }).check();
    await page.getByLabel('学校名称（选填）').fill(evil);
    await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
    await expect(page.getByRole('alert')).toContainText('学校名称和班级里不能有网址、电话、账号或微信号');
    await expect(page.getByTestId('school-link')).toHaveCount(0);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: 'test-results/hardening-school-refused.png' });

    await page.getByLabel('学校名称（选填）').fill('聊城实验小学');
    await page.getByLabel('班级（选填）').fill('电话13800138000');
    await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
    await expect(page.getByTestId('school-link')).toHaveCount(0);
    await page.getByLabel('班级（选填）').fill('三年级2班');
    await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
    // The message's link is the region's alone; the school is named in the message and in the QR code's link.
    await expect(page.getByTestId('school-link')).toHaveText(`${APP_ORIGIN}/?region=liaocheng`);
    await expect(page.getByLabel('班级群消息')).toHaveValue(/^【聊城实验小学 三年级2班】学生医保参保提醒\n/);
    await expect(page.locator('.school-notice .notice-link')).toHaveText(`${APP_ORIGIN}/?region=liaocheng&school=聊城实验小学 三年级2班`);
  });

  test('a link carrying one opens without the school; a real name is shown only as who shared the link', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/?region=liaocheng&school=${encodeURIComponent(evil)}`);
    await expect(h1(page)).toHaveText('孩子在哪里上学？');
    await expect(page.getByLabel('山东省聊城市', { exact: true })).toBeChecked();
    await expect(page.locator('body')).not.toContainText('evil.example');
    await expect(page.locator('body')).not.toContainText('请扫码缴费');

    await page.goto(`/?region=liaocheng&school=${encodeURIComponent('聊城实验小学')}`);
    await expect(h1(page)).toHaveText('学生医保参保指引');
    await expect(page.locator('.school-shared-by')).toHaveText('这个链接由「聊城实验小学」分享');
    await expectNoA11yViolations(page);
    await page.screenshot({ path: 'test-results/hardening-school-welcome.png' });
  });
});

test('7. a choice ticked but not sent survives the update reload', async ({ page }) => {
  // Its own server on a copy of the build and a free port, so this test can "deploy" alone.
  const dir = mkdtempSync(join(tmpdir(), 'xsyb-deploy-'));
  cpSync('dist', dir, { recursive: true });
  const server = await startServer({ root: dir });
  try {
    const origin = server.url;
    await page.goto(`${origin}/plan/liaocheng?stage=junior&insured=none`);
    await waitForServiceWorker(page);
    await page.getByLabel('外地户籍，有本地居住证', { exact: true }).check();

    await deployNextVersion(page, dir);
    const prompt = page.getByRole('button', { name: '新版本可用，点此更新' });
    await Promise.all([page.waitForEvent('load'), prompt.click()]);
    await expect(prompt).toBeHidden();
    await expect(h1(page)).toHaveText('孩子的户籍是哪里的？');
    await expect(page.getByLabel('外地户籍，有本地居住证', { exact: true })).toBeChecked();
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page).toHaveURL(/residency=permit/);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('8. storage that throws is said once, plainly, and the journey goes on', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      configurable: true,
    });
  });
  await page.goto('/plan/liaocheng');
  const notice = page.getByText('这个浏览器不能在手机上保存您的回答（可能是无痕模式），但链接里的回答仍然有效。');
  await expect(notice).toHaveCount(1);
  await expect(notice).toBeVisible();
  await page.getByLabel('小学', { exact: true }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(h1(page)).toHaveText('孩子今年有没有在任何地方参加居民医保？');
  await expect(notice).toHaveCount(1);
  await notice.locator('..').getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByLabel('没有参保', { exact: true }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(h1(page)).toHaveText('孩子的户籍是哪里的？');
  await expect(notice).toHaveCount(0);
});

test('8. with working storage nothing is said', async ({ page }) => {
  await page.goto('/plan/liaocheng');
  await expect(h1(page)).toHaveText('孩子现在处在哪个阶段？');
  await page.waitForTimeout(500);
  await expect(page.getByText('这个浏览器不能在手机上保存您的回答')).toHaveCount(0);
});

test('9. stored answers with a missing or non-numeric version are dropped', async ({ page }) => {
  const state = { region: 'liaocheng', answers: { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } };
  await page.goto('/');
  for (const [stored, resumes] of [
    [{ state, version: 1 }, true],
    [{ state }, false],
    [{ state, version: '1' }, false],
    [{ state, version: null }, false],
  ] as const) {
    await page.evaluate((value) => localStorage.setItem('xsyb-answers', value), JSON.stringify(stored));
    await page.reload();
    await expect(h1(page)).toHaveText('孩子在哪里上学？');
    await page.waitForTimeout(300);
    await expect(page.getByRole('link', { name: '继续上次的回答（山东省聊城市）' }), JSON.stringify(stored)).toHaveCount(resumes ? 1 : 0);
  }
});

test('10. an impossible birth date is refused, and the message gives the range', async ({ page }) => {
  await page.goto('/plan/tianjin?stage=newborn&born=0000-01-01&insured=none&residency=local&aid=no');
  await expect(page.getByRole('alert')).toContainText('链接里的出生日期太早，请重新填写：出生日期要在2020-11-23到今天之间');
  await expect(h1(page)).toHaveText('孩子是哪天出生的？');
  await expect(page.getByText('1年1月1日')).toHaveCount(0);
  await page.getByLabel('孩子是哪天出生的？').fill('1990-05-01');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByRole('alert')).toContainText('出生日期要在2020-11-23到今天之间');
  await page.getByLabel('孩子是哪天出生的？').fill('2026-10-01');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page).toHaveURL(/born=2026-10-01/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
