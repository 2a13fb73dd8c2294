// /school in WebKit: a teacher makes the class message and the QR code; parents open what they were sent.
import jsQR from 'jsqr';
import { REGIONS } from '../app/policies/catalog/regions.ts';
import { expect, expectH1, expectText, fill, find, open, pagePath, tapButton, tapChoice, test, type, webkit, zh } from './fixtures.ts';

/** Decodes every QR image in the page here, with jsQR, from the pixels the page drew. */
async function decodeQrImages(browser: WebdriverIO.Browser): Promise<string[]> {
  const images = await browser.execute(() =>
    [...document.querySelectorAll('main img')]
      .filter((img): img is HTMLImageElement => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0)
      .map((img) => {
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let binary = '';
        for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
        return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
      }),
  );
  return images.flatMap(({ width, height, rgba }) => {
    const found = jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height);
    return found ? [found.data] : [];
  });
}

test('/school: the message carries a short link and the school in its first line, the QR code the school; parents opening either go on', async ({
  browser,
}) => {
  await open(browser, '/school');
  await expectH1(browser, zh.school.title);
  await tapChoice(browser, REGIONS.liaocheng.name);
  const name = '聊城实验小学';
  await type(await find(browser, 'field', zh.school.nameLabel), name);
  await tapButton(browser, zh.school.submit);

  // The message's link names the region only (a long percent-encoded one reads as spam in WeChat); the school is
  // the message's first line. The QR code keeps the school in its link, so a parent who scans sees who sent it.
  const shortLink = `${webkit.origin}/?region=liaocheng`;
  const namedLink = `${shortLink}&school=${encodeURIComponent(name)}`;
  await expectText(browser, fill(zh.school.preview, { heading: fill(zh.school.sharedBy, { school: name }) }));
  expect(await (await find(browser, 'button', zh.school.linkOpen)).getAttribute('href'), 'the link the page shows').toBe(shortLink);
  const message = (await (await find(browser, 'field', zh.school.messageTitle)).getValue()).split('\n');
  expect(message[0], 'the message’s first line').toBe(fill(zh.school.message.heading, { school: name }));
  expect(message.at(-1), 'the message’s last line').toBe(shortLink);
  const decoded = await browser.waitUntil(
    async () => {
      const found = await decodeQrImages(browser);
      return found.length ? found : false;
    },
    { timeoutMsg: 'no QR code in the page decodes' },
  );
  expect(
    decoded.every((d) => d === namedLink),
    `the QR codes decode to ${JSON.stringify(decoded)}`,
  ).toBe(true);

  // A parent who scans: the app's own heading; the school is named in its own line (never made the app's words).
  await open(browser, namedLink);
  await expectH1(browser, zh.school.bannerNoSchool);
  await expectText(browser, fill(zh.school.sharedBy, { school: name }));
  await expectText(browser, fill(zh.school.welcome.region, { region: REGIONS.liaocheng.name }));
  await tapButton(browser, zh.school.welcome.start);
  await expectH1(browser, zh.stage.title);
  expect(await pagePath(browser), 'the school link goes on to 聊城’s questions').toMatch(/^\/plan\/liaocheng/);

  // A parent who taps the message's link: the start page with 聊城 already chosen.
  await open(browser, shortLink);
  await expectH1(browser, zh.start.title);
  await expect
    .poll(() => browser.execute(() => document.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value), {
      message: 'the region the message’s link chose',
    })
    .toBe('liaocheng');
  await tapButton(browser, zh.start.continue);
  await expectH1(browser, zh.stage.title);
  expect(await pagePath(browser), 'the message’s link goes on to 聊城’s questions').toMatch(/^\/plan\/liaocheng/);
});
