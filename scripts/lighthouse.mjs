#!/usr/bin/env node
// Lighthouse 12 with its mobile defaults (simulated slow 4G, 4× CPU slowdown) on the start page and a plan page,
// against the production build served as `npm start` serves it, in Debian's Chromium. Prints each score against
// its threshold and exits 1 when one is below. Run `npm run build` first. Usage: npm run lighthouse
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';
import { startServer } from './start-server.mjs';

const PAGES = ['/', '/plan/liaocheng/primary/none/local/no'];
const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// The production build as `npm start` serves it, on a free port.
const server = await startServer();
const ORIGIN = server.url;

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
let failures = 0;
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${ORIGIN}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(THRESHOLDS),
    });
    const { categories, audits } = result.lhr;
    console.log(`\n${path}`);
    for (const [id, min] of Object.entries(THRESHOLDS)) {
      const score = Math.round((categories[id]?.score ?? 0) * 100);
      const ok = score >= min;
      if (!ok) failures += 1;
      console.log(`  ${ok ? 'ok  ' : 'LOW '} ${id.padEnd(15)} ${String(score).padStart(3)}  (at least ${min})`);
      if (!ok) {
        for (const ref of categories[id].auditRefs) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            console.log(`         - ${ref.id}: ${audit.displayValue ?? audit.score}`);
        }
      }
    }
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      console.log(`  ${audits[id].title}: ${audits[id].displayValue}`);
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}
console.log(failures ? `\nlighthouse: ${failures} below threshold` : '\nlighthouse: all at or above threshold');
process.exit(failures ? 1 : 0);
