// Authoring aid, run by hand (never by the build or the tests): renders the link-preview image public/og-image.png
// (1200×630) from the HTML below, and docs/school-notice.png, the /school A4 notice as it prints, from the app.
// Everything is drawn locally by Chromium; nothing is fetched.
//
//   npm run build && npm start &                       # the app on http://127.0.0.1:4173
//   FONTCONFIG_FILE=… npx tsx scripts/make-school-images.ts
//
// The images need a Chinese font: set FONTCONFIG_FILE to a fonts.conf that adds one (e.g. Noto Sans CJK, from
// Debian's fonts-noto-cjk) if the system has none. CHROMIUM_PATH picks the browser, as in playwright.config.ts.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const OG_HTML = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body {
    font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    background: #0b5cad; color: #fff; display: flex; flex-direction: column; justify-content: center;
    padding: 0 96px; box-sizing: border-box; position: relative; overflow: hidden;
  }
  .mark { width: 120px; height: 120px; border-radius: 28px; background: #fff; display: flex; align-items: center;
    justify-content: center; margin-bottom: 40px; }
  .mark svg { width: 84px; height: 84px; }
  h1 { font-size: 88px; line-height: 1.15; margin: 0 0 24px; font-weight: 700; letter-spacing: 2px; }
  p { font-size: 40px; line-height: 1.45; margin: 0; color: #dbe8f6; }
  .steps { margin-top: 36px; font-size: 30px; color: #fff; opacity: .9; }
  .band { position: absolute; right: -120px; top: -120px; width: 420px; height: 420px; border-radius: 50%;
    background: rgba(255,255,255,.08); }
</style></head><body>
  <div class="band"></div>
  <div class="mark"><svg viewBox="0 0 24 24" aria-hidden="true"><path fill="#0b5cad"
    d="M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z"/></svg></div>
  <h1>学生医保参保助手</h1>
  <p>给孩子在就读地参加城乡居民医保：一步步怎么办</p>
  <p class="steps">停保 · 登记 · 缴费 · 截止日期 · 咨询电话 — 每一条注明出处和年度</p>
</body></html>`;

async function main() {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const og = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
    await og.setContent(OG_HTML);
    await og.screenshot({ path: 'public/og-image.png', type: 'png' });
    console.log('wrote public/og-image.png');

    // A4 at 96 dpi is 794 × 1123 CSS pixels; the print stylesheet's 10 mm page margin is added as padding.
    // bypassCSP only so the page-margin padding below can be added as a style tag.
    const page = await browser.newPage({
      viewport: { width: 794, height: 1123 },
      deviceScaleFactor: 1.5,
      locale: 'zh-CN',
      bypassCSP: true,
    });
    await page.goto(`${BASE}/school`);
    await page.getByLabel('山东省聊城市', { exact: true }).check();
    await page.getByLabel('学校名称（选填）').fill('聊城市实验小学');
    await page.getByLabel('班级（选填）').fill('三年级2班');
    await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
    await page.locator('.school-notice img.qr').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.addStyleTag({ content: 'body { margin: 0; padding: 10mm; min-height: 297mm; box-sizing: border-box; }' });
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: 'docs/school-notice.png', type: 'png', clip: { x: 0, y: 0, width: 794, height: 1123 } });
    console.log('wrote docs/school-notice.png');
  } finally {
    await browser.close();
  }
}

await main();
