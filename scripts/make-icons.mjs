// Renders the PNG icons from public/icon.svg with the system Chromium (run by hand after changing the SVG:
// `node scripts/make-icons.mjs`). The maskable icon keeps the mark inside the central 80 % safe zone.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const shoot = async (size, file, padding = 0) => {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  await page.setContent(
    `<body style="margin:0;background:#0b5cad"><div style="padding:${padding}px;width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `public/${file}`, omitBackground: false });
};
await shoot(192, 'icon-192.png');
await shoot(512, 'icon-512.png');
await shoot(512, 'icon-maskable-512.png', 52);
await shoot(180, 'apple-touch-icon.png');
await browser.close();
console.log('icons written to public/');
