#!/usr/bin/env -S npx tsx
// The WebKit suite's runner (`npm run test:webkit`; `npm test` runs it after the Chromium e2e tests).
// Drives WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver) under one xvfb-run, against a copy of
// the production build served by scripts/serve.mjs. Prints one line per test, writes test-results/webkit.json,
// saves screenshots under test-results/webkit/, and stops the driver, the X server and the app servers it
// started whatever happens. Exits 1 when a test failed or the suite could not start.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Page } from './page.ts';
import { TESTS, type Context } from './tests.ts';
import { Session } from './webdriver.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const PORT = Number(process.env.PORT ?? 4173);
const DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? PORT + 1);
const OFFLINE_PORT = PORT + 2;
const RESULTS = join(root, 'test-results');
const REPORT = join(RESULTS, 'webkit.json');
const ARTIFACTS = join(RESULTS, 'webkit');
const TEST_TIMEOUT_MS = Number(process.env.WEBKIT_TEST_TIMEOUT_MS ?? 120_000);
const ONLY = process.env.WEBKIT_ONLY; // a substring of test names, to run some tests by hand

/** Today for the page, as e2e/fixtures.ts FIXED_NOW: 2026-11-23 10:00 in Asia/Shanghai. */
export const FIXED_NOW = '2026-11-23T10:00:00+08:00';

function findMiniBrowser(): string | undefined {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/libexec', '/usr/lib']) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = join(dir, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

// WebDriver has no page.clock: the suite serves a copy of dist/ whose pages start with a tiny inline script
// that fixes Date before the app's code runs, allowed by adding its hash to the page's own CSP. The service
// worker precaches these same pages from this server, so the clock holds offline too.
const CLOCK_SCRIPT = `(function(){var F=Date.parse('${FIXED_NOW}'),R=Date;function D(){if(!new.target)return new R(F).toString();return arguments.length?new (Function.prototype.bind.apply(R,[null].concat([].slice.call(arguments))))():new R(F)}D.prototype=R.prototype;Object.setPrototypeOf(D,R);D.now=function(){return F};window.Date=D})();`;

/** The fixed clock's CSP hash: the pages' meta tag and the server's CSP header must both allow it. */
function clockScriptHash(): string {
  return createHash('sha256').update(CLOCK_SCRIPT).digest('base64');
}

function prepareDist(): string {
  if (!existsSync('dist/shell.html')) throw new Error('dist/ has no build: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'xsyb-webkit-'));
  cpSync('dist', dir, { recursive: true });
  const hash = clockScriptHash();
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  let pages = 0;
  for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const withCsp = html.replace(/script-src 'self'/, `script-src 'self' 'sha256-${hash}'`);
    if (withCsp === html) throw new Error(`${file}: no script-src 'self' in its CSP to extend`);
    writeFileSync(file, withCsp.replace(/<head>/, `<head><script>${CLOCK_SCRIPT}</script>`));
    pages++;
  }
  if (pages === 0) throw new Error('no HTML page found in dist/');
  return dir;
}

// ── processes: each started in its own process group, so stopping it stops what it started (Xvfb, MiniBrowser).
const started = new Set<ChildProcess>();

function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  started.add(child);
  child.on('exit', () => started.delete(child));
  return child;
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopAndWait(child: ChildProcess, timeoutMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  stop(child);
  const timer = setTimeout(() => stop(child, 'SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

// Last resort on any exit path (an uncaught error, Ctrl-C): nothing may be left running.
process.on('exit', () => {
  for (const child of started) stop(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of started) stop(child, 'SIGKILL');
    process.exit(130);
  });
}

function output(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text.slice(-2000);
}

/** Starts scripts/serve.mjs on `port` over `dir`; resolves once it says it is serving. */
export async function startServer(dir: string, port: number): Promise<ChildProcess> {
  const child = start(process.execPath, [
    'scripts/serve.mjs',
    '--dir',
    dir,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--script-src-extra',
    `'sha256-${clockScriptHash()}'`,
  ]);
  const log = output(child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app server on ${port} did not start: ${log()}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('error', (error) => reject(error));
    child.on('exit', (code) => reject(new Error(`app server on ${port} exited (${code}): ${log()}`)));
  });
  return child;
}

async function startDriver(): Promise<ChildProcess> {
  // The X display: a 24-bit screen big enough for the window; -a picks a free display number.
  const child = start(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', 'WebKitWebDriver', `--port=${DRIVER_PORT}`, '--host=127.0.0.1'],
    {
      ...process.env,
      // The page's language and time zone as a parent in mainland China has them (Chromium: locale zh-CN, Asia/Shanghai).
      LANG: 'C.UTF-8',
      LANGUAGE: 'zh_CN',
      TZ: 'Asia/Shanghai',
    },
  );
  const log = output(child);
  const failed = new Promise<never>((_, reject) => {
    child.on('error', (error) =>
      reject(new Error(`could not start xvfb-run: ${error.message} (install the xvfb and webkit2gtk-driver packages)`)),
    );
    child.on('exit', (code) =>
      reject(
        new Error(
          `xvfb-run WebKitWebDriver exited (${code}) before it was ready: ${log() || 'no output'} (is webkit2gtk-driver installed?)`,
        ),
      ),
    );
  });
  const ready = (async () => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        const status = (await (await fetch(`http://127.0.0.1:${DRIVER_PORT}/status`)).json()) as { value?: { ready?: boolean } };
        if (status.value?.ready) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${DRIVER_PORT} within 30 s: ${log()}`);
  })();
  await Promise.race([ready, failed]);
  failed.catch(() => undefined); // once ready, a later exit is reported by the tests' own failures
  return child;
}

// ── the run
type Result = { name: string; status: 'passed' | 'failed'; seconds: number; error?: string };

async function main(): Promise<number> {
  const suiteStarted = Date.now();
  mkdirSync(ARTIFACTS, { recursive: true });
  rmSync(REPORT, { force: true });
  const results: Result[] = [];
  let startError: string | undefined;
  let dir: string | undefined;
  let driver: ChildProcess | undefined;
  let server: ChildProcess | undefined;
  let version = '';

  const write = () => {
    const passed = results.filter((r) => r.status === 'passed').length;
    const failed = results.length - passed + (startError ? 1 : 0);
    writeFileSync(
      REPORT,
      JSON.stringify(
        { engine: `WebKitGTK ${version}`.trim(), passed, failed, seconds: (Date.now() - suiteStarted) / 1000, startError, tests: results },
        null,
        2,
      ),
    );
    return { passed, failed };
  };

  try {
    const binary = findMiniBrowser();
    if (!binary) throw new Error('MiniBrowser not found (install libwebkit2gtk-4.1-0 / webkit2gtk-driver, or set MINIBROWSER_PATH)');
    dir = prepareDist();
    server = await startServer(dir, PORT);
    driver = await startDriver();
    const driverUrl = `http://127.0.0.1:${DRIVER_PORT}`;
    const capabilities = {
      // WebKitGTK replaces its default arguments with these, so --automation must be listed (the GTK 3
      // MiniBrowser has no --headless: the window lives on xvfb-run's X display).
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      pageLoadStrategy: 'normal',
    };

    const tests = ONLY ? TESTS.filter((t) => t.name.includes(ONLY)) : TESTS;
    console.log(`WebKit suite: ${tests.length} tests, MiniBrowser ${binary}, app http://127.0.0.1:${PORT}/, driver ${driverUrl}`);
    for (const test of tests) {
      const t0 = Date.now();
      let session: Session | undefined;
      let error: string | undefined;
      try {
        // Under load a MiniBrowser sometimes never answers its launch: give up on that one and launch another.
        for (let attempt = 1; !session; attempt++) {
          session = await Session.create(driverUrl, capabilities, 30_000).catch((e: unknown) => {
            if (attempt >= 3) throw e;
            return undefined;
          });
        }
        version ||= String(session.capabilities.browserVersion ?? '');
        // A phone-sized window (the Chromium project uses 390×844).
        await session.setWindowRect({ width: 390, height: 844 });
        const context: Context = {
          page: new Page(session, `http://127.0.0.1:${PORT}`),
          artifacts: ARTIFACTS,
          distDir: dir,
          offlinePort: OFFLINE_PORT,
          startServer,
          stopServer: stopAndWait,
        };
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          test.run(context),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`test timed out after ${TEST_TIMEOUT_MS / 1000}s`)), TEST_TIMEOUT_MS);
          }),
        ]).finally(() => clearTimeout(timer));
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        if (session) {
          try {
            writeFileSync(
              join(ARTIFACTS, `failed-${test.name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80)}.png`),
              await session.screenshot(),
            );
          } catch {
            // no screenshot: the browser may be gone
          }
        }
      } finally {
        await session?.delete().catch(() => undefined);
      }
      const seconds = (Date.now() - t0) / 1000;
      results.push({ name: test.name, status: error ? 'failed' : 'passed', seconds, ...(error ? { error } : {}) });
      console.log(`${error ? '  ✘' : '  ✔'} ${test.name} (${seconds.toFixed(1)}s)${error ? `\n      ${error}` : ''}`);
      write();
    }
  } catch (e) {
    startError = `the WebKit suite could not run: ${e instanceof Error ? e.message : String(e)}`;
    console.error(startError);
  } finally {
    if (driver) await stopAndWait(driver);
    if (server) await stopAndWait(server);
    for (const child of [...started]) await stopAndWait(child);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  const { passed, failed } = write();
  console.log(`WebKit: ${passed} passed, ${failed} failed in ${((Date.now() - suiteStarted) / 1000).toFixed(1)}s; report ${REPORT}`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

process.exitCode = await main();
