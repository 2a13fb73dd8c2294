// What the WebKit tests share: a MiniBrowser session per test (WebdriverIO over WebKitWebDriver, a screenshot when
// the test fails), and what a parent does with a page: tap a choice by its label, a button by its text, type into a
// field named by its label, read the page's text. Selectors never use CSS classes or the order of blocks.
// Facts come from the region modules and the UI dictionaries, so a new region or a reworded string needs no change.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, inject } from 'vitest';
import { Key, remote } from 'webdriverio';
import { REGIONS } from '../app/policies/catalog/regions.ts';
import type { RegionId, RegionPolicy } from '../app/policies/model/types.ts';

export { expect };
/** The app's origin, the driver, MiniBrowser (see ./global-setup.ts). */
export const webkit = inject('webkit');
/** How long a step may take to show (a busy machine is slow). */
const WAIT_MS = 30_000;
const SCREENSHOTS = 'test-results/webkit';

const load = (file: string) => JSON.parse(readFileSync(new URL(`../app/i18n/${file}`, import.meta.url), 'utf8'));
export const ui = { 'zh-Hans': load('zh-Hans.json'), 'zh-Hant': load('zh-Hant.json'), en: load('en.json') };
export const zh = ui['zh-Hans'];
/** Fills {{name}} placeholders the way i18next does. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

export const REGION_LIST = Object.entries(REGIONS) as [RegionId, RegionPolicy][];
/** The answers every region's journey gives: a pupil, not insured, local, not in a funded group. */
export const ANSWERS = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const;
export const QUERY = new URLSearchParams(ANSWERS).toString();

// Locator strategies, run in the page: the first visible element with this text (whitespace collapsed as a reader
// sees it), inside `root` when given. Self-contained: WebdriverIO sends each function's source to the page.
const STRATEGIES = {
  /** The label a parent taps for a choice (a radio's label; tapping it checks the radio). */
  choice: (text: string, root?: HTMLElement) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const labels = [...(root ?? document).querySelectorAll<HTMLElement>('label')].filter((el) => el.getClientRects().length > 0);
    return labels.filter((l) => norm(l.innerText) === text).slice(0, 1);
  },
  /** A button, link or summary with this visible text (or accessible name from aria-label). */
  button: (text: string, root?: HTMLElement) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const all = [...(root ?? document).querySelectorAll<HTMLElement>('button, a[href], summary, [role=button], input[type=submit]')].filter(
      (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
    );
    const found =
      all.find((el) => norm(el.innerText || (el as HTMLInputElement).value || '') === text) ??
      all.find((el) => el.getAttribute('aria-label') === text);
    return found ? [found] : [];
  },
  /** The form control a label names (exact text, or the label's first line when it carries a hint), or aria-label. */
  field: (text: string, root?: HTMLElement) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const scope = root ?? document;
    const labels = [...scope.querySelectorAll<HTMLLabelElement>('label')].filter((el) => el.getClientRects().length > 0);
    const label = labels.find((l) => norm(l.innerText) === text) ?? labels.find((l) => norm(l.innerText.split('\n')[0] ?? '') === text);
    const control = label ? (label.control ?? label.querySelector<HTMLElement>('input, textarea, select')) : undefined;
    const found =
      control ?? [...scope.querySelectorAll<HTMLElement>('input, textarea, select')].find((el) => el.getAttribute('aria-label') === text);
    return found ? [found as HTMLElement] : [];
  },
  /** The disclosure (<details>) whose one-line summary starts with this text. */
  disclosure: (text: string, root?: HTMLElement) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const summaries = [...(root ?? document).querySelectorAll<HTMLElement>('details > summary')].filter(
      (el) => el.getClientRects().length > 0,
    );
    const found = summaries.find((s) => norm(s.innerText).startsWith(text));
    return found ? [found.parentElement!] : [];
  },
};

/** A new MiniBrowser for each test, phone-sized (the Chromium project uses 390×844); closed after, with a screenshot on failure. */
export const test = base.extend<{ browser: WebdriverIO.Browser }>({
  browser: async ({ task }, use) => {
    const browser = await launch();
    await browser.setWindowSize(390, 844);
    for (const [name, find] of Object.entries(STRATEGIES)) browser.addLocatorStrategy(name, find);
    await use(browser);
    if (task.result?.state === 'fail') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await browser
        .saveScreenshot(join(SCREENSHOTS, `failed-${task.name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80)}.png`))
        .catch(() => undefined);
    }
    await browser.deleteSession().catch(() => undefined);
  },
});

async function launch(): Promise<WebdriverIO.Browser> {
  const options = {
    hostname: '127.0.0.1',
    port: webkit.driverPort,
    path: '/',
    logLevel: 'error' as const,
    waitforTimeout: WAIT_MS,
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks WebDriver classic only (no BiDi).
      'wdio:enforceWebDriverClassic': true,
      // WebKitGTK replaces its default arguments with these, so --automation must be listed (the GTK 3
      // MiniBrowser has no --headless: the window lives on xvfb-run's X display).
      'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
      pageLoadStrategy: 'normal' as const,
    },
  };
  // Under load a MiniBrowser sometimes never answers its launch: give up on that one and launch another.
  for (let attempt = 1; ; attempt++) {
    try {
      const browser = await remote({ ...options, connectionRetryTimeout: 30_000 });
      browser.options.connectionRetryTimeout = 120_000; // a command (a page load, a script) may take longer
      return browser;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

// ── reading the page
export const open = (browser: WebdriverIO.Browser, path: string) => browser.url(path.startsWith('http') ? path : `${webkit.origin}${path}`);
/** Path and query, e.g. /plan/liaocheng?stage=primary. */
export const pagePath = (browser: WebdriverIO.Browser) => browser.execute(() => location.pathname + location.search);
export const pageText = (browser: WebdriverIO.Browser) => browser.execute(() => (document.body ? document.body.innerText : ''));
export const textOf = (element: WebdriverIO.Element) => element.getProperty('innerText').then((t) => String(t).replace(/\s+/g, ' ').trim());
export const h1 = (browser: WebdriverIO.Browser) =>
  browser.execute(() => (document.querySelector('main h1, h1') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '');

export const expectH1 = (browser: WebdriverIO.Browser, title: string, timeout = WAIT_MS) =>
  expect.poll(() => h1(browser), { timeout, message: `h1 “${title}”` }).toBe(title);
export const expectText = (browser: WebdriverIO.Browser, fragment: string, timeout = WAIT_MS) =>
  expect.poll(() => pageText(browser), { timeout, message: `“${fragment}” in the page` }).toContain(fragment);

export function expectNoBrokenText(text: string, where: string) {
  expect(text.match(/NaN|undefined|Infinity|Invalid Date|\{\{\w+\}\}/)?.[0], `${where}: the page shows it`).toBeUndefined();
}

// ── acting on it
/** The visible element `strategy` finds for `text` (inside `within` when given), once there. */
export async function find(
  browser: WebdriverIO.Browser,
  strategy: keyof typeof STRATEGIES,
  text: string,
  within?: WebdriverIO.Element,
): Promise<WebdriverIO.Element> {
  let element: WebdriverIO.Element | undefined;
  await browser.waitUntil(
    async () => {
      element = await (within ?? browser).custom$(strategy, text).getElement();
      return Boolean(element.elementId);
    },
    { timeoutMsg: `no ${strategy} “${text}” on ${await pagePath(browser).catch(() => '?')} after ${WAIT_MS / 1000}s` },
  );
  return element!;
}

export const tapChoice = async (browser: WebdriverIO.Browser, text: string, within?: WebdriverIO.Element) =>
  (await find(browser, 'choice', text, within)).click();
export const tapButton = async (browser: WebdriverIO.Browser, text: string, within?: WebdriverIO.Element) =>
  (await find(browser, 'button', text, within)).click();

/** Replaces a text field's content by typing, as a person does (select all, delete, type). */
export async function type(field: WebdriverIO.Element, text: string) {
  await field.click();
  await field.addValue(`${Key.Control}a${Key.NULL}${Key.Backspace}`);
  if (text) await field.addValue(text);
}

/** Taps the one-line summary that starts with `text` unless its disclosure is open; returns the opened block. */
export async function openDisclosure(browser: WebdriverIO.Browser, text: string): Promise<WebdriverIO.Element> {
  const details = await find(browser, 'disclosure', text);
  if (!(await details.getProperty('open'))) await details.$('summary').click();
  await expect.poll(() => details.getProperty('open'), { message: `“${text}…” opens` }).toBe(true);
  return details;
}

// ── the plan
/** What the plan shows for the family's own payment: the amount as ¥1,234, or the source's silence. */
function feeText(region: RegionPolicy): string {
  const fee = region.fee.individual;
  if ('notStated' in fee) return fill(zh.plan.notStated, { what: fee.what });
  return `¥${(fee.amountFen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

/** The plan for `id` is on screen: its URL, its h1, the policy year and the family's fee in the text. */
export async function expectPlan(browser: WebdriverIO.Browser, id: RegionId, region: RegionPolicy) {
  const fee = feeText(region);
  await expect
    .poll(
      async () => {
        // Each step is a disclosure, closed until tapped: open every one, as a parent reading the whole plan does.
        await browser.execute(() => document.querySelectorAll<HTMLElement>('main details:not([open]) > summary').forEach((s) => s.click()));
        const [heading, text] = [await h1(browser), await pageText(browser)];
        // The h1 names the region: today by its full name, which does not always contain the short one (温州鹿城).
        const named = heading.includes(region.shortName) || heading.includes(region.name);
        return { named, year: text.includes(region.source.policyYear), fee: text.includes(fee) };
      },
      {
        timeout: WAIT_MS,
        message: `the ${id} plan (h1 with “${region.shortName}” or “${region.name}”, ${region.source.policyYear}, ${fee})`,
      },
    )
    .toEqual({ named: true, year: true, fee: true });
  const path = await pagePath(browser);
  expect(path.startsWith(`/plan/${id}`), `the plan's URL is ${path}`).toBe(true);
  expectNoBrokenText(await pageText(browser), path);
}
