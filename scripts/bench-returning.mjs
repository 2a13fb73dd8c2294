#!/usr/bin/env node
// Benchmark, not a test: does a parent who comes back see the page as fast as one who comes for the first time?
// For each page (a plan link and the start page), in Chromium at 4× CPU throttling and a 360×740 screen:
//   - first visit: a fresh profile, no service worker, nothing cached;
//   - returning visit: the same profile once the service worker controls the app, the worker stopped first (as on a
//     phone, where the browser stops it between visits), in a new tab.
// Prints the median of each over the runs (first paint; when the page's heading is parsed into the document; when it
// is on screen, from navigation start), the ratio returning ÷ first (target ≤ 1.0), and the load average (the machine
// is shared).
// Run `npm run build` first. Usage: npm run bench:returning [-- --runs 5 --dir dist --cpu 4]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    dir: { type: 'string', default: 'dist' },
    cpu: { type: 'string', default: '4' },
  },
});
const RUNS = Number(values.runs);
const SETTLE_MS = 1500;
const CPU_RATE = Number(values.cpu);
// The heading each page shows once it is on screen.
const PAGES = [
  { url: '/plan/liaocheng/junior/none/permit/no', heading: '您的办理清单' },
  { url: '/', heading: '' },
];
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!existsSync(`${values.dir}/shell.html`)) {
  console.error(`bench-returning: ${values.dir}/shell.html is missing; run \`npm run build\` first`);
  process.exit(1);
}

// Its own server on a free port, so it never meets a test server.
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', values.dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const found = chunk.toString().match(/http:\/\/[\d.]+:\d+/);
    if (found) resolve(found[0]);
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

// Set before the page's own scripts: the time (from navigation start) at which an h1 holding `heading` first is in
// the document, and the start of the first frame drawn after that (a frame is drawn only once the styles are in, so
// this is when it is on screen, not merely parsed).
function recordHeading(heading) {
  const w = window;
  w.__headingAt = undefined;
  w.__controlledAtStart = Boolean(navigator.serviceWorker?.controller);
  const look = () => {
    if (w.__headingAt !== undefined) return;
    for (const h of document.querySelectorAll('h1')) {
      if (h.textContent && h.textContent.includes(heading)) {
        w.__headingAt = performance.now();
        requestAnimationFrame(() => {
          w.__headingFrameAt = performance.now();
        });
        return;
      }
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
}

async function measure(context, url, heading) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  await page.addInitScript(recordHeading, heading);
  // Both visits start from a quiet browser: the work left from the step before (a closed tab, the worker filling its
  // precache or stopping) would otherwise land inside the visit measured, as it never does on a phone.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await page.goto(`${origin}${url}`);
  await page.waitForFunction(() => window.__headingFrameAt !== undefined, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const paints = performance.getEntriesByType('paint');
    const first = paints.find((p) => p.name === 'first-paint') ?? paints[0];
    // On screen: that frame, or the first paint when the heading came before it (the frame before a paint starts a
    // little earlier than the paint itself).
    const onScreen = Math.max(window.__headingFrameAt, first.startTime);
    return { paint: first.startTime, parsed: window.__headingAt, heading: onScreen, controlled: window.__controlledAtStart };
  });
  return { page, cdp, ...result };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const loads = [loadavg()[0]];
const results = Object.fromEntries(PAGES.map(({ url }) => [url, { first: [], returning: [] }]));
const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_FLAGS, '--lang=zh-CN'] });
try {
  for (let run = 1; run <= RUNS; run += 1) {
    for (const { url, heading } of PAGES) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });
      const first = await measure(context, url, heading);
      if (first.controlled) throw new Error('a first visit found a service worker in control');
      // Wait until the worker is installed (its precache filled) and controls the page.
      await first.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      await first.cdp.send('ServiceWorker.enable');
      await first.cdp.send('ServiceWorker.stopAllWorkers');
      await first.page.close();
      const returning = await measure(context, url, heading);
      if (!returning.controlled) throw new Error('a returning visit found no service worker in control');
      await returning.page.close();
      await context.close();
      results[url].first.push(first);
      results[url].returning.push(returning);
      loads.push(loadavg()[0]);
      console.log(
        `run ${run}  ${url.padEnd(40)} first: paint ${first.paint.toFixed(0)} ms, heading ${first.heading.toFixed(0)} ms;` +
          ` returning: paint ${returning.paint.toFixed(0)} ms, heading ${returning.heading.toFixed(0)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`\nmedian of ${RUNS}, Chromium ${CPU_RATE}× CPU throttling, 360×740, ${values.dir}:\n`);
console.log('| page | visit | first paint | heading parsed | heading on screen |');
console.log('| --- | --- | --- | --- | --- |');
for (const { url } of PAGES) {
  const m = (visit, key) => median(results[url][visit].map((r) => r[key]));
  const cells = (visit) => ['paint', 'parsed', 'heading'].map((key) => m(visit, key));
  const [first, returning] = [cells('first'), cells('returning')];
  console.log(`| \`${url}\` | first (no worker) | ${first.map((ms) => `${ms.toFixed(0)} ms`).join(' | ')} |`);
  const ratios = returning.map((ms, i) => `${ms.toFixed(0)} ms (${(ms / first[i]).toFixed(2)}×)`);
  console.log(`| \`${url}\` | returning (worker) | ${ratios.join(' | ')} |`);
}
console.log(`\nload average (1 min) while measuring: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} (2 cores)`);
