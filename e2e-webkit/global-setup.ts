// Vitest globalSetup for the WebKit suite (vitest.webkit.config.ts): serves a copy of the production build with a
// fixed clock and starts WebKitWebDriver on a virtual X display; the tests open one MiniBrowser session each.
// Builds nothing: `npm run build` comes first. Without the driver or MiniBrowser the run fails, saying what to install.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDriver, startServer, stop } from './processes.ts';

/** Today for the page, as e2e/fixtures.ts FIXED_NOW: 2026-11-23 10:00 in Asia/Shanghai. */
const FIXED_NOW = '2026-11-23T10:00:00+08:00';

// WebDriver classic has no clock control: the pages of the copy start with a tiny inline script that fixes Date
// before the app's code runs, allowed by its hash in the page's CSP (meta tag here, header via serve.mjs). The
// service worker precaches these same pages, so the clock holds offline too.
const CLOCK_SCRIPT = `(function(){var F=Date.parse('${FIXED_NOW}'),R=Date;function D(){if(!new.target)return new R(F).toString();return arguments.length?new (Function.prototype.bind.apply(R,[null].concat([].slice.call(arguments))))():new R(F)}D.prototype=R.prototype;Object.setPrototypeOf(D,R);D.now=function(){return F};window.Date=D})();`;
const CLOCK_SOURCE = `'sha256-${createHash('sha256').update(CLOCK_SCRIPT).digest('base64')}'`;

export type WebKitSetup = {
  /** The app, e.g. http://127.0.0.1:4173 (no trailing slash). */
  origin: string;
  driverPort: number;
  miniBrowser: string;
  /** The build with the fixed clock, for a test that starts its own server. */
  distDir: string;
  /** A free port for such a server or a proxy. */
  sparePort: number;
  /** The script source serve.mjs must allow for the clock. */
  clockSource: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    webkit: WebKitSetup;
  }
}

const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

function findMiniBrowser(): string | undefined {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : undefined;
  for (const dir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/libexec', '/usr/lib']) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      if (existsSync(join(dir, api, 'MiniBrowser'))) return join(dir, api, 'MiniBrowser');
    }
  }
  return undefined;
}

/** A copy of dist/ whose every page runs the clock script first. */
function distWithClock(): string {
  if (!existsSync('dist/shell.html')) throw new Error('dist/ has no build: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'xsyb-webkit-'));
  cpSync('dist', dir, { recursive: true });
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  if (pages.length === 0) throw new Error('no HTML page found in dist/');
  for (const page of pages) {
    const file = join(dir, page);
    const html = readFileSync(file, 'utf8');
    const withCsp = html.replace(/script-src 'self'/, `script-src 'self' ${CLOCK_SOURCE}`);
    if (withCsp === html) throw new Error(`${page}: no script-src 'self' in its CSP to extend`);
    writeFileSync(file, withCsp.replace(/<head>/, `<head><script>${CLOCK_SCRIPT}</script>`));
  }
  return dir;
}

/** Where a setup failure is written, for scripts/run-tests.mjs's summary line (Vitest's report has no place for it). */
const SETUP_REPORT = 'test-results/webkit-setup.json';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(SETUP_REPORT, { force: true });
  try {
    return await start(project);
  } catch (error) {
    const message = `the WebKit suite cannot run: ${error instanceof Error ? error.message : String(error)}`;
    mkdirSync('test-results', { recursive: true });
    writeFileSync(SETUP_REPORT, JSON.stringify({ error: message }));
    throw new Error(message, { cause: error });
  }
}

async function start(project: TestProject): Promise<() => Promise<void>> {
  const port = Number(process.env.PORT ?? 4173);
  const driverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? port + 10);
  // CI installs these (.ci/run); a machine without them fails here, saying so, rather than skipping the suite.
  const missing = [
    ...(onPath('WebKitWebDriver') ? [] : ['WebKitWebDriver (Debian package webkit2gtk-driver)']),
    ...(onPath('xvfb-run') ? [] : ['xvfb-run (Debian package xvfb)']),
  ];
  const miniBrowser = findMiniBrowser();
  if (!miniBrowser) missing.push('MiniBrowser (Debian package webkit2gtk-driver, or set MINIBROWSER_PATH)');
  if (missing.length || !miniBrowser) throw new Error(`not found: ${missing.join('; ')}`);
  // Screenshots: each region's plan, and the screen of a failed test.
  rmSync('test-results/webkit', { recursive: true, force: true });
  mkdirSync('test-results/webkit', { recursive: true });
  const processes: ChildProcess[] = [];
  const distDir = distWithClock();
  const teardown = async () => {
    for (const child of processes.reverse()) await stop(child);
    rmSync(distDir, { recursive: true, force: true });
  };
  try {
    processes.push(await startServer(distDir, port, CLOCK_SOURCE));
    processes.push(await startDriver(driverPort));
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('webkit', {
    origin: `http://127.0.0.1:${port}`,
    driverPort,
    miniBrowser,
    distDir,
    sparePort: Number(process.env.WEBKIT_SPARE_PORT ?? port + 20),
    clockSource: CLOCK_SOURCE,
  });
  return teardown;
}
