import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/chromium-flags.mjs';

// PORT lets several checkouts run their e2e suites side by side; `npm start` reads the same variable.
const PORT = Number(process.env.PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const CI = Boolean(process.env.CI);

// Browsers cannot be downloaded on this project's machines: use the system Chromium (Debian's `chromium`
// package). CHROMIUM_PATH wins; otherwise /usr/bin/chromium or whatever `command -v chromium` finds; otherwise
// undefined, so Playwright falls back to its own browser where one is installed.
function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  // A test that fails once in three runs is a bug to fix, not to retry.
  retries: 0,
  // Limits leave at least 3× a test's duration on a slow, busy 2-core machine (the slowest took 22 s with a load
  // average of ~28 on 2 cores, the whole suite 11 minutes); the suite's limit stays well inside CI's 90 minutes.
  timeout: 90_000,
  globalTimeout: 40 * 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'allow',
    actionTimeout: 30_000,
    navigationTimeout: 45_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: false,
        hasTouch: true,
        launchOptions: {
          executablePath: findChromium(),
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  webServer: {
    command: 'npm start',
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
