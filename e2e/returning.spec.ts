// A parent who comes back (the service worker in control) sees a page as fast as on a first visit: the plan link
// paints the plan itself, never a blank page or a question first, online and offline; and the worker answers every
// navigation by its path alone, as the server does (issue 21).
import type { BrowserContext, Page } from '@playwright/test';
import { expect, FIXED_NOW, test, waitForServiceWorker } from './fixtures.ts';

const PLAN = '/plan/liaocheng/junior/none/permit/no';
const PLAN_TITLE = '在聊城参保：您的办理清单';
const FIRST_QUESTION = '孩子现在处在哪个阶段？';
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

type Seen = { h1s: string[]; texts: string[]; blankFrames: number };

/**
 * A new tab of the context that records, from navigation on, every h1 text and every text of the page (at each
 * change of the document), and each frame drawn while the page was blank (#root there but empty).
 */
async function recordingTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  await page.addInitScript(() => {
    const seen: Seen = { h1s: [], texts: [], blankFrames: 0 };
    (window as unknown as { __seen: Seen }).__seen = seen;
    const record = () => {
      for (const h of document.querySelectorAll('h1')) if (h.textContent && seen.h1s.at(-1) !== h.textContent) seen.h1s.push(h.textContent);
      const text = document.body?.textContent?.trim() ?? '';
      if (text && seen.texts.at(-1) !== text) seen.texts.push(text);
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
    // A frame is about to be drawn: what would the parent see?
    const frame = () => {
      const root = document.getElementById('root');
      if (root && !root.textContent?.trim()) seen.blankFrames += 1;
      if (document.readyState !== 'complete' || seen.h1s.length === 0) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return page;
}

const seenOn = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

/** Opens `/` once and waits until the worker is installed and controls the page: the parent has been here before. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await waitForServiceWorker(page);
}

async function expectControlled(page: Page) {
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the worker answers this tab').toBe(true);
}

test('a returning parent’s plan link shows only the plan, from its first paint, online and then offline', async ({ page, context }) => {
  await visitOnce(page);

  // A plan link never opened before, online: the prerendered plan from the network, not the empty shell.
  const tab = await recordingTab(context);
  await tab.goto(PLAN);
  await expect(h1(tab)).toHaveText(PLAN_TITLE);
  await expectControlled(tab);
  let seen = await seenOn(tab);
  expect(seen.h1s).toEqual([PLAN_TITLE]);
  expect(seen.blankFrames, 'frames drawn while the page was blank').toBe(0);
  expect(seen.texts.filter((text) => text.includes(FIRST_QUESTION))).toEqual([]);
  // The days-left counts fill in after hydration (the page was drawn for the build's day).
  await expect(tab.locator('#step-pay')).toBeVisible();
  await tab.close();

  // The same link again with no network: the copy kept from the visit, drawn at once.
  await context.setOffline(true);
  const offline = await recordingTab(context);
  await offline.goto(`${PLAN}?from=singlemessage`);
  await expect(h1(offline)).toHaveText(PLAN_TITLE);
  seen = await seenOn(offline);
  expect(seen.h1s).toEqual([PLAN_TITLE]);
  expect(seen.blankFrames, 'frames drawn while the page was blank').toBe(0);
  expect(seen.texts.filter((text) => text.includes(FIRST_QUESTION))).toEqual([]);

  // A plan link never opened, offline: the shell and the cached code draw it.
  await offline.goto('/plan/tianjin/primary/none/local/no');
  await expect(h1(offline)).toHaveText('在天津参保：您的办理清单');
});

test('the start page and /school open as before for a returning parent, online and offline', async ({ page, context }) => {
  await visitOnce(page);
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    const tab = await recordingTab(context);
    await tab.goto('/');
    await expect(h1(tab)).toHaveText('孩子在哪里上学？');
    await expectControlled(tab);
    const seen = await seenOn(tab);
    expect(seen.h1s).toEqual(['孩子在哪里上学？']);
    expect(seen.blankFrames, `frames drawn while / was blank (${offline ? 'offline' : 'online'})`).toBe(0);

    await tab.goto('/school');
    await expect(h1(tab)).toHaveText('给班级家长发参保指引');
    expect((await seenOn(tab)).h1s).toEqual(['给班级家长发参保指引']);
    await tab.close();
  }
});

test.describe('the worker and the server agree on what a page is: its path, never its query', () => {
  const cases = [
    // A page's file name is the page: the plan, under its own path.
    {
      url: '/plan/liaocheng/primary/none/local/no.html',
      heading: '在聊城参保：您的办理清单',
      path: '/plan/liaocheng/primary/none/local/no',
    },
    // A query that ends like a file name is still a query.
    { url: '/?region=liaocheng&school=a/b.cn', heading: undefined, path: '/' },
    { url: '/plan/liaocheng?stage=primary&x=/a.b', heading: '孩子今年有没有在任何地方参加居民医保？', path: '/plan/liaocheng' },
  ];

  for (const { url, heading, path } of cases) {
    test(`${url} opens the same page online and offline`, async ({ page, context }) => {
      await visitOnce(page);
      const headings: string[] = [];
      for (const offline of [false, true]) {
        await context.setOffline(offline);
        const tab = await recordingTab(context);
        const response = await tab.goto(url);
        expect(response?.status(), offline ? 'offline' : 'online').toBe(200);
        await expect(h1(tab)).not.toBeEmpty();
        if (heading) await expect(h1(tab)).toHaveText(heading);
        expect(new URL(tab.url()).pathname).toBe(path);
        await expectControlled(tab);
        headings.push((await h1(tab).textContent()) ?? '');
        await tab.close();
      }
      expect(headings[1], 'offline as online').toBe(headings[0]);
    });
  }
});
