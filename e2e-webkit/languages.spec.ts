// The language switch and 大字模式 in WebKit: what a grandparent on an iPhone changes first.
import { REGIONS } from '../app/policies/catalog/regions.ts';
import {
  expect,
  expectH1,
  expectNoBrokenText,
  expectPlan,
  expectText,
  fill,
  open,
  pageText,
  QUERY,
  tapButton,
  test,
  ui,
  zh,
} from './fixtures.ts';

const LIAOCHENG = `/plan/liaocheng?${QUERY}`;

/** Picks `name` in the header's language menu (a native select, each language named in itself), as a tap on the
 * option does, until the page takes it: a prerendered page ignores a choice made before it hydrates. */
async function pickLanguage(browser: WebdriverIO.Browser, name: string, lang: string) {
  const pageLang = () => browser.execute(() => document.documentElement.lang);
  await browser.waitUntil(
    async () => {
      // A native menu's options are drawn by the system, out of WebDriver's reach: choose the option as the menu
      // does (select it, then the change event the page listens for).
      const chosen = await browser.execute((name) => {
        const menu = [...document.querySelectorAll<HTMLSelectElement>('header select')]
          .filter((el) => el.getClientRects().length > 0)
          .find((el) => /语言|語言|Language/.test(el.getAttribute('aria-label') ?? ''));
        const option = menu && [...menu.options].find((o) => o.text.replace(/\s+/g, ' ').trim() === name);
        if (!option) return false;
        option.selected = true;
        option.parentElement!.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }, name);
      return (
        chosen && (await browser.waitUntil(async () => (await pageLang()) === lang, { timeout: 2_000, interval: 200 }).catch(() => false))
      );
    },
    { timeoutMsg: `the page is not in ${lang} after choosing “${name}” (lang=${await pageLang()})` },
  );
}

test('the language switch (简体 → 繁體 → English, remembered) and 大字模式', async ({ browser }) => {
  await open(browser, LIAOCHENG);
  await expectPlan(browser, 'liaocheng', REGIONS.liaocheng);
  await pickLanguage(browser, '繁體', 'zh-Hant');
  await expectText(browser, fill(ui['zh-Hant'].plan.yearLine, { year: '2024學年' }));
  await pickLanguage(browser, 'English', 'en');
  await expectText(browser, 'CN¥360');
  expectNoBrokenText(await pageText(browser), 'the plan in English');
  await open(browser, '/');
  await expectH1(browser, ui.en.start.title);
  await pickLanguage(browser, '简体', 'zh-Hans');
  await expectH1(browser, zh.start.title);

  // 大字模式: the text grows, the button says it is on, and nothing sticks out of a 390 px screen.
  await open(browser, LIAOCHENG);
  await expectPlan(browser, 'liaocheng', REGIONS.liaocheng);
  const size = () => browser.execute(() => parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize));
  const before = await size();
  await tapButton(browser, zh.app.largeText);
  await expect.poll(size, { message: 'larger text' }).toBeGreaterThan(before);
  const after = await size();
  const pressed = await browser.execute(
    (label: string) =>
      [...document.querySelectorAll('button')].find((el) => el.getAttribute('aria-label') === label)?.getAttribute('aria-pressed'),
    zh.app.largeText as string,
  );
  expect(pressed, 'the 大字 button reports aria-pressed').toBe('true');
  const overflowX = await browser.execute(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflowX, 'in 大字模式 the plan scrolls sideways by (px)').toBeLessThanOrEqual(0);
  await browser.refresh();
  await expectPlan(browser, 'liaocheng', REGIONS.liaocheng);
  await expect.poll(size, { message: `大字模式 kept after a reload (${after}px)` }).toBe(after);
});
