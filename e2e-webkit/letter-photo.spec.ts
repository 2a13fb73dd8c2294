// "拍照或选图片" in WebKit (the engine of every iPhone browser and of WeChat on iPhone): the engine's worker runs its
// WebAssembly under the CSP of its own response (/ocr/ allows 'wasm-unsafe-eval'; pages do not), and a screenshot of
// our own letter fixture (e2e/fixtures/letter-plain.png, see e2e/letter-photo.spec.ts) fills the box.
import { readFileSync } from 'node:fs';
import { expect, open, tapButton, test } from './fixtures.ts';

const PICTURE = readFileSync(new URL('../e2e/fixtures/letter-plain.png', import.meta.url)).toString('base64');
const photo = (
  JSON.parse(readFileSync(new URL('../app/i18n/letter.zh-Hans.json', import.meta.url), 'utf8')) as {
    photo: { downloadGo: string; done: string };
  }
).photo;

test('a screenshot of the letter → the download asked → text in the box', async ({ browser }) => {
  await open(browser, '/letter');
  // The picture as the file picker gives it (a File in the input, then its change event); again until the page has
  // hydrated and asks about the download.
  await browser.waitUntil(
    async () => {
      await browser.execute((b64) => {
        const input = document.querySelector<HTMLInputElement>('input[type=file]');
        if (!input || input.disabled) return;
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const files = new DataTransfer();
        files.items.add(new File([bytes], 'letter.png', { type: 'image/png' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, PICTURE);
      await browser.pause(500);
      return browser.execute((go) => [...document.querySelectorAll('button')].some((b) => b.innerText.trim() === go), photo.downloadGo);
    },
    { timeout: 30_000, interval: 1_000, timeoutMsg: 'the picture panel never asked about the download' },
  );
  await tapButton(browser, photo.downloadGo);
  const box = () => browser.execute(() => (document.getElementById('letter') as HTMLTextAreaElement | null)?.value ?? '');
  const status = () => browser.execute(() => document.querySelector('.letter-photo [role=status]')?.textContent ?? '');
  await expect
    .poll(async () => `${await box()}|${await status()}`, { timeout: 90_000, message: 'the text read from the picture' })
    .toMatch(/每人每年400元/);
  expect(await status()).toBe(photo.done);
});
