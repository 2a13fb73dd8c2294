#!/usr/bin/env node
// Benchmark, not a test: how much later a shared plan link paints its largest content than the same page as plain
// HTML. Lighthouse 12 with real throttling (--throttling-method=devtools: slow 4G and 4× CPU applied in the
// browser) in Chromium set to zh-CN, 3 runs each of (a) a plan link and (b) a static copy of the same page as the
// app rendered it, with its scripts removed; prints the median LCP of each and their ratio (target ≤ 1.15).
// Run `npm run build` first. Usage: npm run bench:lcp [-- --runs 3 --port 0 --url /plan/…] (port 0: a free one)
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';
import { startServer } from './start-server.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '0' },
    url: { type: 'string', default: '/plan/liaocheng/primary/none/local/no' },
  },
});
const RUNS = Number(args.runs);
const PLAN = args.url;
const STATIC_DIR = join('dist', '__bench');
const STATIC = '/__bench/plan-static.html';
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--lang=zh-CN', '--accept-lang=zh-CN'];
// On Linux, --lang alone leaves headless Chromium's navigator.languages English, and the app would then switch the
// page to English after loading (a second, late paint): the accept-lang flag and the locale variables make it zh-CN.
const CHROME_ENV = { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' };

const server = await startServer({ port: Number(args.port) });
const ORIGIN = server.url;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let chrome;
try {
  // The static copy: the plan as the app has rendered it in the browser, every script and module preload removed.
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--lang=zh-CN'] });
  const page = await (await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' })).newPage();
  await page.goto(`${ORIGIN}${PLAN}`, { waitUntil: 'networkidle' });
  await page.locator('h1').waitFor();
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link[^>]+rel="(modulepreload|manifest)"[^>]*>/gi, '');
  await browser.close();
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(join(STATIC_DIR, 'plan-static.html'), `<!doctype html>\n${html}`);

  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, envVars: CHROME_ENV });
  const lcp = { [PLAN]: [], [STATIC]: [] };
  for (let run = 1; run <= RUNS; run += 1) {
    for (const path of [PLAN, STATIC]) {
      const result = await lighthouse(`${ORIGIN}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        throttlingMethod: 'devtools',
        locale: 'zh',
      });
      const value = result.lhr.audits['largest-contentful-paint'].numericValue;
      const element = result.lhr.audits['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node?.nodeLabel ?? '';
      if (/[A-Za-z]{12,}/.test(element)) console.warn(`  (the LCP element is not in Chinese: ${element.slice(0, 60)}…)`);
      lcp[path].push(value);
      console.log(`run ${run}  ${path.padEnd(44)} LCP ${(value / 1000).toFixed(2)} s`);
    }
  }
  const app = median(lcp[PLAN]);
  const plain = median(lcp[STATIC]);
  console.log(
    `\nmedian of ${RUNS}: plan link ${(app / 1000).toFixed(2)} s, static copy ${(plain / 1000).toFixed(2)} s, ratio ${(app / plain).toFixed(2)} (target ≤ 1.15)`,
  );
} finally {
  await chrome?.kill();
  await server.stop();
  rmSync(STATIC_DIR, { recursive: true, force: true });
}
