// A school's letter pasted on /letter in WebKit: with the answers in the link, the paste gives the plan at once,
// built from the letter and saying so, its fee the letter's own sentence.
import { readFileSync } from 'node:fs';
import { expect, expectNoBrokenText, expectText, h1, open, pagePath, pageText, test } from './fixtures.ts';

const ARTICLE = readFileSync(new URL('../e2e/letters/wechat-article.txt', import.meta.url), 'utf8');
const letter = JSON.parse(readFileSync(new URL('../app/i18n/letter.zh-Hans.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const PRESET = 'stage=primary&insured=none&residency=non-local&aid=no';

test('paste → plan: the letter’s plan, said to be from the pasted letter, its fee from the letter', async ({ browser }) => {
  await open(browser, `/letter?${PRESET}`);
  // A paste, as the clipboard gives it (the whole text at once, then the input event React listens to), and the
  // submit; again until the page takes it: the prerendered form ignores what is done before it hydrates.
  await browser.waitUntil(
    async () => {
      await browser.execute((text) => {
        const area = document.getElementById('letter') as HTMLTextAreaElement | null;
        if (!area?.form) return;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
        area.dispatchEvent(new Event('input', { bubbles: true }));
        area.form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      }, ARTICLE);
      // Never the letter in the address (a submit before hydration would put it there).
      expect(await pagePath(browser)).not.toContain('letter=');
      return (await pagePath(browser)) === `/letter/plan?${PRESET}`;
    },
    { timeout: 30_000, interval: 1_500, timeoutMsg: 'the paste never gave the letter’s plan' },
  );
  await expect.poll(() => h1(browser), { message: 'the plan’s title' }).toContain('您的办理清单');
  await expectText(browser, String(letter.planLine));
  await expectText(browser, '400');
  expectNoBrokenText(await pageText(browser), 'the letter’s plan');
});
