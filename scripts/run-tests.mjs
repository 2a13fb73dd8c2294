#!/usr/bin/env node
// The single test command behind `npm test` (and so behind .ci/run). Runs every suite in order, carrying on
// after a failure, streams each tool's output, then prints one line per suite and a final `N passed, N failed`.
// Exits 1 if anything failed or if nothing was counted at all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const RESULTS = 'test-results';
const VITEST_JSON = join(RESULTS, 'vitest.json');
const E2E_JSON = join(RESULTS, 'e2e.json');
const WEBKIT_JSON = join(RESULTS, 'webkit.json');
const WEBKIT_SETUP_JSON = join(RESULTS, 'webkit-setup.json');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// Stale reports must never be counted as this run's.
mkdirSync(RESULTS, { recursive: true });
for (const name of readdirSync(RESULTS)) {
  if (name.endsWith('.json')) rmSync(join(RESULTS, name), { force: true });
}

/** @type {{ name: string, passed: number, failed: number, note: string, seconds: number }[]} */
const suites = [];

function run(title, command, args) {
  console.log(`\n━━━ ${title}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = (Date.now() - started) / 1000;
  if (result.error) console.error(`${title}: could not start ${command}: ${result.error.message}`);
  const code = result.status ?? 1;
  return { ok: !result.error && code === 0, code, seconds };
}

function record(name, passed, failed, note, seconds = 0) {
  suites.push({ name, passed, failed, note, seconds });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// 1. Type check: one test.
{
  const r = run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  record('typecheck', r.ok ? 1 : 0, r.ok ? 0 : 1, r.ok ? 'tsc clean' : `tsc exited ${r.code}`, r.seconds);
}

// Lint (ESLint, with the import boundaries) and format (Prettier): one test each.
for (const [name, script] of [
  ['lint', 'lint'],
  ['format', 'format:check'],
]) {
  const r = run(name, npm, ['run', '-s', script]);
  record(name, r.ok ? 1 : 0, r.ok ? 0 : 1, r.ok ? 'clean' : `npm run ${script} exited ${r.code}`, r.seconds);
}

// 2. Unit tests: counted from vitest's JSON report.
{
  const r = run('unit', bin('vitest'), [
    'run',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${VITEST_JSON}`,
  ]);
  const report = readJson(VITEST_JSON);
  if (!report) {
    record('unit (vitest)', 0, 1, `no ${VITEST_JSON} (vitest exited ${r.code})`, r.seconds);
  } else {
    const passed = Number(report.numPassedTests ?? 0);
    let failed = Number(report.numFailedTests ?? 0);
    let note = `${report.numTotalTests ?? passed + failed} tests in ${report.numTotalTestSuites ?? '?'} suites`;
    if (!r.ok && failed === 0) {
      failed = 1; // e.g. a file that failed to load, or an unhandled error outside any test
      note += `; vitest exited ${r.code} with no failed test counted`;
    }
    record('unit (vitest)', passed, failed, note, r.seconds);
  }
}

// 3. Production build: one test.
const build = run('build', npm, ['run', 'build']);
record('build', build.ok ? 1 : 0, build.ok ? 0 : 1, build.ok ? 'dist/ built' : `npm run build exited ${build.code}`, build.seconds);

// 4. Size budget, once the project has one: one test.
const scripts = readJson('package.json')?.scripts ?? {};
if (scripts.budget) {
  if (!build.ok) {
    record('budget', 0, 1, 'not run: the build failed');
  } else {
    const r = run('budget', npm, ['run', 'budget']);
    record('budget', r.ok ? 1 : 0, r.ok ? 0 : 1, r.ok ? 'within budget' : `npm run budget exited ${r.code}`, r.seconds);
  }
}

// 5. End-to-end tests against the built app: counted from Playwright's JSON report.
if (!build.ok) {
  record('e2e (playwright)', 0, 1, 'not run: the build failed');
} else {
  const r = run('e2e', bin('playwright'), ['test']);
  const report = readJson(E2E_JSON);
  const stats = report?.stats;
  if (!stats) {
    record('e2e (playwright)', 0, 1, `no stats in ${E2E_JSON} (playwright exited ${r.code})`, r.seconds);
  } else {
    const passed = Number(stats.expected ?? 0) + Number(stats.flaky ?? 0);
    let failed = Number(stats.unexpected ?? 0);
    let note = `${stats.flaky ?? 0} flaky, ${stats.skipped ?? 0} skipped`;
    if (!r.ok && failed === 0) {
      failed = 1; // e.g. the web server did not start, a global timeout, or an error outside any test
      const errors = Array.isArray(report.errors) ? report.errors.length : 0;
      note += `; playwright exited ${r.code} with no failed test counted (${errors} error(s) outside tests)`;
    }
    record('e2e (playwright)', passed, failed, note, r.seconds);
  }
}

// 6. The same journeys in a real WebKit (WebdriverIO driving WebKitGTK's MiniBrowser through WebKitWebDriver, run by
// Vitest: vitest.webkit.config.ts): counted from its Vitest JSON report. A suite that cannot start (no driver, no X
// server) counts as one failure, with the reason its global setup wrote.
if (!build.ok) {
  record('e2e (webkit)', 0, 1, 'not run: the build failed');
} else {
  const r = run('webkit', bin('vitest'), ['run', '-c', 'vitest.webkit.config.ts']);
  const report = readJson(WEBKIT_JSON);
  const setupError = readJson(WEBKIT_SETUP_JSON)?.error;
  if (!report) {
    record('e2e (webkit)', 0, 1, setupError ?? `no ${WEBKIT_JSON} (vitest exited ${r.code})`, r.seconds);
  } else {
    const passed = Number(report.numPassedTests ?? 0);
    let failed = Number(report.numFailedTests ?? 0);
    let note = setupError ?? `${report.numTotalTests ?? passed + failed} tests in ${report.numTotalTestSuites ?? '?'} suites`;
    if ((!r.ok || passed === 0) && failed === 0) {
      failed = 1; // the driver or the server did not start, or an error outside any test
      if (!setupError) note += `; vitest exited ${r.code} with no failed test counted`;
    }
    record('e2e (webkit)', passed, failed, note, r.seconds);
  }
}

const passed = suites.reduce((sum, s) => sum + s.passed, 0);
const failed = suites.reduce((sum, s) => sum + s.failed, 0);

console.log('\n━━━ summary');
const width = Math.max(...suites.map((s) => s.name.length));
for (const s of suites) {
  const mark = s.failed > 0 ? 'FAIL' : 'ok  ';
  console.log(
    `${mark} ${s.name.padEnd(width)}  passed ${String(s.passed).padStart(3)} · failed ${String(s.failed).padStart(3)}  ${s.seconds.toFixed(1).padStart(6)}s  ${s.note}`,
  );
}
if (passed + failed === 0) console.log('no test was counted: treating the run as failed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed + failed === 0 ? 1 : 0);
