// A letter's text drawn as a parent's phone would show it, for the picture benchmark and its test: screenshots of a
// 360 × 740 CSS px screen at device scale factor 2 (720 × 1480 pixels, as a mid-range Android phone saves them), in
// the system's Noto Sans CJK SC (no web font), at two text sizes (100 %: 16 px, 130 %: 20.8 px, a grandparent's
// setting); a long text is several screens, read in order. A photo-like copy of a screen is rotated 2.5°, slightly
// blurred, greyed and given grain, as a phone photo of the screen or of the paper would be.
// Usage: npx tsx scripts/render-letter.ts FILE [--zoom 100|130] [--photo] [--out DIR]   (writes screen-1.png, …)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

export const SCREEN = { width: 360, height: 740, deviceScaleFactor: 2 } as const;
/** Text sizes in percent of 16 px: the phone's default and a larger setting. */
export const ZOOMS = [100, 130] as const;
/** The photo-like copy: degrees of rotation, px of blur (in CSS px of the 360-px screen), grain strength 0–255. */
export const PHOTO = { rotate: 2.5, blur: 0.5, grain: 28 } as const;

export interface RenderOptions {
  /** Text size in percent of 16 px (default 100). */
  zoom?: number;
  /** A photo-like copy of each screen instead of the screenshot. */
  photo?: boolean;
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PAD = 16;

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** A browser kept open for several texts; `close` when done. */
export async function openRenderer(): Promise<{
  render: (text: string, options?: RenderOptions) => Promise<Buffer[]>;
  close: () => Promise<void>;
}> {
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({
    viewport: { width: SCREEN.width, height: SCREEN.height },
    deviceScaleFactor: SCREEN.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  // Nothing leaves the machine: the pages are built from strings.
  await context.route(/^(?!data:|about:)/, (route) => route.abort());

  async function screens(text: string, zoom: number): Promise<Buffer[]> {
    const page = await context.newPage();
    const size = 16 * (zoom / 100);
    const lineHeight = Math.round(size * 1.6);
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>
        html, body { margin: 0; background: #fff; }
        #text { font: ${size}px/${lineHeight}px 'Noto Sans CJK SC', sans-serif; color: #1a1a1a; padding: ${PAD}px;
          white-space: pre-wrap; overflow-wrap: anywhere; padding-bottom: ${SCREEN.height}px; }
        #mask { position: fixed; left: 0; right: 0; bottom: 0; background: #fff; }
        #bar { position: fixed; left: 0; right: 0; top: 0; height: ${PAD}px; background: #fff; }
      </style><div id="text">${escapeHtml(text)}</div><div id="bar"></div><div id="mask"></div>`,
    );
    await page.evaluate(() => document.fonts.ready);
    // Whole lines per screen: the next screen starts with the first line this one could not show in full; the line
    // above it is hidden under the top bar (as under a phone's title bar), not cut in half.
    const perScreen = Math.floor((SCREEN.height - 2 * PAD) / lineHeight);
    const textHeight = await page.evaluate(() => {
      const el = document.getElementById('text')!;
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().height;
    });
    const lines = Math.max(1, Math.round(textHeight / lineHeight));
    await page.evaluate((top) => (document.getElementById('mask')!.style.top = `${top}px`), PAD + perScreen * lineHeight);
    const out: Buffer[] = [];
    for (let i = 0; i * perScreen < lines; i++) {
      await page.evaluate((y) => window.scrollTo(0, y), i * perScreen * lineHeight);
      out.push(await page.screenshot({ type: 'png' }));
    }
    await page.close();
    return out;
  }

  async function photoOf(screen: Buffer, seed: number): Promise<Buffer> {
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><style>
        html, body { margin: 0; width: ${SCREEN.width}px; height: ${SCREEN.height}px; overflow: hidden; background: #8a8580; }
        img { position: absolute; left: 0; top: 0; width: ${SCREEN.width}px; height: ${SCREEN.height}px;
          transform: rotate(${PHOTO.rotate}deg) scale(0.95); filter: blur(${PHOTO.blur}px) contrast(0.85) brightness(0.93) sepia(0.15); }
        canvas { position: absolute; left: 0; top: 0; width: ${SCREEN.width}px; height: ${SCREEN.height}px; mix-blend-mode: multiply; }
      </style><img src="data:image/png;base64,${screen.toString('base64')}"><canvas></canvas>`,
    );
    await page.evaluate(
      ({ seed, grain, width, height }) => {
        const canvas = document.querySelector('canvas')!;
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d')!;
        const image = ctx.createImageData(width, height);
        // A seeded generator (mulberry32), inline (no named function: tsx would wrap it in a helper the page lacks):
        // the same grain on every run, so the benchmark is repeatable.
        let a = seed >>> 0;
        for (let i = 0; i < image.data.length; i += 4) {
          a = (a + 0x6d2b79f5) >>> 0;
          let t = a;
          t = Math.imul(t ^ (t >>> 15), t | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          const random = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
          // Uneven light: darker towards one corner, as under a desk lamp.
          const x = (i / 4) % width;
          const y = Math.floor(i / 4 / width);
          const shade = 255 - 30 * ((x / width + y / height) / 2);
          const v = Math.max(0, Math.min(255, shade - random * grain));
          image.data[i] = image.data[i + 1] = image.data[i + 2] = v;
          image.data[i + 3] = 255;
        }
        ctx.putImageData(image, 0, 0);
      },
      { seed, grain: PHOTO.grain, width: SCREEN.width * SCREEN.deviceScaleFactor, height: SCREEN.height * SCREEN.deviceScaleFactor },
    );
    await page.evaluate(() => document.querySelector('img')!.decode());
    const out = await page.screenshot({ type: 'png' });
    await page.close();
    return out;
  }

  return {
    async render(text, options = {}) {
      const shots = await screens(text, options.zoom ?? 100);
      if (!options.photo) return shots;
      const out: Buffer[] = [];
      for (const [i, shot] of shots.entries()) out.push(await photoOf(shot, i + 1));
      return out;
    },
    close: () => browser.close(),
  };
}

/** Renders one text and closes the browser. */
export async function renderLetter(text: string, options: RenderOptions = {}): Promise<Buffer[]> {
  const renderer = await openRenderer();
  try {
    return await renderer.render(text, options);
  } finally {
    await renderer.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      zoom: { type: 'string', default: '100' },
      photo: { type: 'boolean', default: false },
      out: { type: 'string', default: '.' },
    },
  });
  if (positionals.length !== 1) {
    process.stderr.write('usage: npx tsx scripts/render-letter.ts FILE [--zoom 100|130] [--photo] [--out DIR]\n');
    process.exit(2);
  }
  const shots = await renderLetter(readFileSync(positionals[0]!, 'utf8'), { zoom: Number(values.zoom), photo: values.photo });
  mkdirSync(values.out, { recursive: true });
  shots.forEach((shot, i) => writeFileSync(join(values.out, `screen-${i + 1}.png`), shot));
  process.stdout.write(`${shots.length} screen(s) written to ${values.out}\n`);
}
