// Offline use, installability and recovery, on the production build served by `npm start`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { REGIONS } from '../app/policies/catalog/regions.ts';
import { REGION_IDS } from '../app/policies/model/types.ts';
import type { RegionId } from '../app/policies/model/types.ts';
import { startServer } from '../scripts/start-server.mjs';
import { deployNextVersion, expect, expectNoA11yViolations, FIXED_NOW, test, waitForServiceWorker } from './fixtures.ts';

const answers = 'stage=primary&insured=none&residency=local&aid=no';
/** What each region's plan shows as the fee, from the region's own data: its amount, or the source's silence. */
const REGION_FEES = Object.fromEntries(
  REGION_IDS.map((id) => {
    const fee = REGIONS[id].fee.individual;
    return [id, 'notStated' in fee ? `材料没有写：${fee.what}` : `¥${(fee.amountFen / 100).toLocaleString('zh-CN')}`];
  }),
) as Record<RegionId, string>;

async function freshPage(context: BrowserContext) {
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  return page;
}

test('after one visit, every region’s plan opens offline, also after a reload and in a fresh tab', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await expect(page.getByText('离线可用：没有网络时也能打开')).toBeVisible();
  await context.setOffline(true);

  for (const region of REGION_IDS) {
    // Plan links never opened before: their code and data come from the precache.
    await page.goto(`/plan/${region}?${answers}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
    await expect(page.locator('#step-fee')).toContainText(REGION_FEES[region]!);
    await page.reload();
    await expect(page.locator('#step-fee')).toContainText(REGION_FEES[region]!);
  }
  await expect(page.getByText('当前离线：显示的是保存在手机上的内容')).toBeVisible();

  // The questions and check-your-answers work offline too.
  await page.goto('/plan/tianjin/check?stage=newborn&born=2026-10-01&insured=none&residency=permit&aid=no');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  await page.goto('/plan/liuzhou?stage=junior');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子今年有没有在任何地方参加居民医保？');

  const tab = await freshPage(context);
  await tab.goto(`/plan/liaocheng?${answers}`);
  await expect(tab.locator('#step-pay')).toContainText('支付宝“社保费缴纳”');
  await tab.goto('/no/such/page');
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expectNoA11yViolations(tab);
});

test('deep links work online without a service worker: pages fall back to the shell, files do not', async ({ browser, request }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await freshPage(context);
  await page.goto(`/plan/wenzhou-lucheng/check?${answers}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  await context.close();

  const missing = await request.get('/assets/no-such-chunk.js');
  expect(missing.status()).toBe(404);
  const shell = await request.get('/plan/liaocheng/ask/aid');
  expect(shell.status()).toBe(200);
  expect(shell.headers()['cache-control']).toBe('no-cache');
  const prerendered = await request.get('/plan/liaocheng');
  expect(await prerendered.text()).toContain('孩子现在处在哪个阶段？');
  const asset = (await prerendered.text()).match(/\/assets\/[^"]+\.js/)![0];
  expect((await request.get(asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('a new version waits for the parent: the prompt appears, and answers survive the update', async ({ page }) => {
  // A second server on a copy of the build and a free port, so this test can "deploy" without disturbing the others.
  const dir = mkdtempSync(join(tmpdir(), 'xsyb-deploy-'));
  cpSync('dist', dir, { recursive: true });
  const server = await startServer({ root: dir });
  try {
    const origin = server.url;
    await page.goto(`${origin}/plan/liaocheng?stage=junior&insured=none`);
    await waitForServiceWorker(page);
    await page.getByLabel('本地户籍', { exact: true }).check();

    await deployNextVersion(page, dir);
    const prompt = page.getByRole('button', { name: '新版本可用，点此更新' });
    await expect(prompt).toBeVisible();
    // Nothing reloaded by itself: the choice not yet sent is still ticked.
    await expect(page.getByLabel('本地户籍', { exact: true })).toBeChecked();
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('家里是否属于政府资助或帮扶的困难群体？');

    await Promise.all([page.waitForEvent('load'), prompt.click()]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('家里是否属于政府资助或帮扶的困难群体？');
    await expect(page).toHaveURL(/stage=junior&insured=none&residency=local/);
    await expect(prompt).toBeHidden();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a code chunk that fails to load (an old tab after a deploy) recovers with one reload', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await freshPage(context);
  let failures = 0;
  await context.route(/\/assets\/plan-route-[^/]+\.js$/, (route) => {
    if (failures++ === 0) return route.abort();
    return route.continue();
  });
  await page.goto('/');
  await page.getByLabel('天津市', { exact: true }).check();
  await page.getByRole('button', { name: '开始' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子现在处在哪个阶段？');
  expect(failures).toBeGreaterThanOrEqual(1);
  // It recovered by reloading, which leaves its once-a-minute guard behind.
  expect(await page.evaluate(() => sessionStorage.getItem('xsyb-chunk-reload-at'))).not.toBeNull();
  await context.close();
});

test('a chunk that keeps failing shows a plain message with a reload button, not a blank page', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await freshPage(context);
  await context.route(/\/assets\/plan-route-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await page.getByLabel('天津市', { exact: true }).check();
  await page.getByRole('button', { name: '开始' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有加载出来');
  await expect(page.getByRole('button', { name: '重新加载' })).toBeVisible();
  await context.close();
});

test('the manifest makes the app installable, with its icons at their sizes', async ({ request, page }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: '学生医保参保助手',
    short_name: '学生医保',
    lang: 'zh-Hans',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  const purposes = manifest.icons.map((i: { purpose?: string }) => i.purpose ?? 'any');
  expect(purposes).toContain('maskable');
  for (const icon of [...manifest.icons, { src: '/apple-touch-icon.png', sizes: '180x180' }]) {
    const png = await (await request.get(icon.src)).body();
    expect(png.subarray(1, 4).toString(), icon.src).toBe('PNG');
    // Width and height sit in the IHDR chunk, bytes 16–23.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
  await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');
});

test('persistent storage is asked for once a plan is shown, and a refusal breaks nothing', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { persistCalls: string[] }).persistCalls = calls;
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persisted: async () => false,
        persist: async () => {
          calls.push('persist');
          return false;
        },
      },
    });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual([]);
  await page.goto(`/plan/liaocheng?${answers}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  await expect.poll(() => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual(['persist']);
});

test.describe('inside WeChat on iPhone', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003127) NetType/WIFI Language/zh_CN',
  });

  test('explains how to open the page in Safari, and the plan still works online', async ({ page }) => {
    await page.goto(`/plan/jiangmen-heshan?${answers}`);
    await expect(page.getByText('点右上角“···”，选“在Safari中打开”')).toBeVisible();
    await expect(page.locator('#step-fee')).toContainText('¥406');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: '知道了' }).click();
    await page.reload();
    await expect(page.locator('#step-fee')).toContainText('¥406');
    await expect(page.getByText('在Safari中打开')).toBeHidden();
  });
});

test('Android: an 安装到桌面 button from beforeinstallprompt, hidden once installed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The install hints load after the first screen; wait for them before the browser's event.
  await expect(page.getByRole('complementary', { name: '离线和安装' })).toBeAttached();
  const install = page.getByRole('button', { name: '安装到桌面' });
  await expect(install).toHaveCount(0);
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
    event.prompt = async () => undefined;
    event.userChoice = Promise.resolve({ outcome: 'accepted' });
    window.dispatchEvent(event);
  });
  await expect(install).toBeVisible();
  await expectNoA11yViolations(page);
  await install.click();
  await expect(install).toBeHidden();
});

test.describe('Safari on iPhone', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });

  test('shows the 添加到主屏幕 steps once, until dismissed', async ({ page }) => {
    await page.goto('/');
    const tip = page.getByText('再点“添加到主屏幕”');
    await expect(tip).toBeVisible();
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(tip).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(tip).toBeHidden();
  });
});
