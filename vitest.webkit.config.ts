// The WebKit suite (`npm run test:webkit`; `npm test` runs it after the Chromium e2e tests): WebdriverIO drives
// WebKitGTK's MiniBrowser through WebKitWebDriver, against the production build (run `npm run build` first).
// One browser session at a time; the JSON report is what scripts/run-tests.mjs counts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e-webkit/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['e2e-webkit/global-setup.ts'],
    // One MiniBrowser at a time: files one after another, tests in a file in order.
    fileParallelism: false,
    maxWorkers: 1,
    // A test takes 2–20 s on a quiet machine; 3× the slowest and more, for a busy one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Starting the server and the driver (the driver may take 30 s to say it is ready).
    teardownTimeout: 30_000,
    expect: { poll: { timeout: 30_000, interval: 200 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/webkit.json' },
  },
});
