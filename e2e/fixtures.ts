import AxeBuilder from '@axe-core/playwright';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

/** The app's origin under test (vite preview, see playwright.config.ts). */
export const APP_ORIGIN = `http://127.0.0.1:${process.env.PORT ?? 4173}`;

/** "Today" for every test: 2026-11-23 10:00 in Asia/Shanghai (02:00 UTC). */
export const FIXED_NOW = new Date('2026-11-23T10:00:00+08:00');

/** Every request URL the page's browser context made (pages and service workers), in order. */
export class RequestLog {
  readonly urls: string[] = [];

  /** URLs that left the app's origin (data:, blob: and about: URLs never leave the machine and are ignored). */
  external(): string[] {
    return this.urls.filter((url) => {
      if (/^(data|blob|about):/i.test(url)) return false;
      try {
        return new URL(url).origin !== APP_ORIGIN;
      } catch {
        return true;
      }
    });
  }

  /** Fails listing every request that went anywhere but the app's origin. */
  expectNoExternalRequests(): void {
    expect(this.external(), `requests left ${APP_ORIGIN}`).toEqual([]);
  }
}

type Fixtures = {
  /** Records every request URL from the moment the page exists, before any navigation. */
  requests: RequestLog;
};

export const test = base.extend<Fixtures>({
  // Freeze the clock before any navigation: the app reads today's date from it. A test may call
  // page.clock.setFixedTime / install / setSystemTime again to pick another day.
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await use(page);
  },
  requests: async ({ page }, use) => {
    const log = new RequestLog();
    const context = page.context();
    const record = (request: { url(): string }) => {
      log.urls.push(request.url());
    };
    context.on('request', record);
    await use(log);
    context.off('request', record);
  },
});

export { expect };

/** WCAG 2.0/2.1 A and AA, and heading-order (a best practice, not a WCAG tag: a screen reader's outline of the page). */
async function axeViolations(page: Page, options: { include?: string; exclude?: string }): Promise<string[]> {
  // `options` first: it replaces what the builder holds; withTags then adds the tags beside the extra rule.
  let builder = new AxeBuilder({ page })
    .options({ rules: { 'heading-order': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${node.target.map(String).join(' ')} — ${violation.help}`,
    ),
  );
}

/**
 * Runs axe (see above) on the page as it is now, then again with every disclosure (<details>) open, since
 * a parent opens them (headings, contrast and names inside a closed step are invisible to the first run), and puts
 * the disclosures back as they were. Fails listing each violation's id and targets, and which run found it.
 */
export async function expectNoA11yViolations(page: Page, options: { include?: string; exclude?: string } = {}): Promise<void> {
  // The opened page is long (every step, every estimate's trace): its run gets time of its own on a busy machine.
  test.info().setTimeout(test.info().timeout + 30_000);
  const closed = await axeViolations(page, options);
  const opened = await page.evaluate(() => {
    const shut = [...document.querySelectorAll('details:not([open])')];
    for (const d of shut) {
      d.setAttribute('data-axe-opened', '');
      (d as HTMLDetailsElement).open = true;
    }
    return shut.length;
  });
  const open = opened ? await axeViolations(page, options) : [];
  if (opened)
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details[data-axe-opened]')) {
        d.removeAttribute('data-axe-opened');
        (d as HTMLDetailsElement).open = false;
      }
    });
  expect([...closed, ...open.map((v) => `opened: ${v}`)], `axe on ${page.url()} (as shown, then every <details> open)`).toEqual([]);
}

/**
 * Waits until a service worker is active and controls the page, so what follows is served (and precached) by it.
 * `ready` settles once a registration has an active worker; `controller` is set when it claims the page
 * (clientsClaim). The predicate given to waitForFunction is synchronous: an async one returns a promise, which is
 * truthy, and would resolve at once (the lint forbids it, see eslint.config.js).
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * The next deploy of the copy of the build in `dir`: its service worker changes by one byte, and the page asks the
 * browser to look for it until it does (update() refuses while the first worker is still settling in).
 */
export async function deployNextVersion(page: Page, dir: string): Promise<void> {
  appendFileSync(join(dir, 'sw.js'), '\n// next deploy\n');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        try {
          await (await navigator.serviceWorker.getRegistration())?.update();
          return true;
        } catch {
          return false;
        }
      }),
    )
    .toBe(true);
}

/** Each UI language as the header's menu names it (in itself). */
export const LANGUAGE_NAMES = { 'zh-Hans': '简体', 'zh-Hant': '繁體', en: 'English' } as const;

/**
 * Chooses a language in the header's menu (labelled in two languages, e.g. "语言 Language"). A prerendered page
 * ignores a choice made before it hydrates: choose until the page takes it.
 */
export async function chooseLanguage(page: Page, language: keyof typeof LANGUAGE_NAMES): Promise<void> {
  const menu = page.getByRole('combobox', { name: /Language/ });
  await expect(menu.locator('option', { hasText: LANGUAGE_NAMES[language] })).toHaveAttribute('value', language);
  await expect(async () => {
    await menu.selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language, { timeout: 1000 });
  }).toPass();
}
