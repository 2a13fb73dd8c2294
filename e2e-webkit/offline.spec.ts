// Offline in WebKit: after one visit, plan links never opened, a reload and /school work with the server stopped.
import { REGIONS } from '../app/policies/catalog/regions.ts';
import { expect, expectH1, expectPlan, expectText, open, QUERY, REGION_LIST, tapButton, tapChoice, test, webkit, zh } from './fixtures.ts';
import { startServer, stop } from './processes.ts';

test('offline after one visit: plan links never opened, a reload and /school, with the server stopped', async ({ browser }) => {
  // Its own server (and so its own origin and service worker), stopped half-way: the page then meets a port
  // that refuses, as a phone with no network does.
  const origin = `http://127.0.0.1:${webkit.sparePort}`;
  const server = await startServer(webkit.distDir, webkit.sparePort, webkit.clockSource);
  const controlled = () => browser.execute(() => Boolean(navigator.serviceWorker.controller));
  try {
    await open(browser, `${origin}/`);
    await expectH1(browser, zh.start.title);
    // The app says so once the service worker has precached everything; then it must control the page.
    await expectText(browser, zh.pwa.offlineReady);
    if (!(await controlled())) await browser.refresh();
    await expect.poll(controlled, { message: 'the service worker controls the page' }).toBe(true);
  } finally {
    await stop(server);
  }
  const refused = await fetch(`${origin}/`).then(
    () => false,
    () => true,
  );
  expect(refused, `the server on ${webkit.sparePort} refuses`).toBe(true);

  for (const [id, region] of REGION_LIST) {
    await open(browser, `${origin}/plan/${id}?${QUERY}`);
    await expectPlan(browser, id, region);
  }
  await browser.refresh();
  const [lastId, lastRegion] = REGION_LIST.at(-1)!;
  await expectPlan(browser, lastId, lastRegion);
  await open(browser, `${origin}/school`);
  await expectH1(browser, zh.school.title);
  await tapChoice(browser, REGIONS.tianjin.name);
  await tapButton(browser, zh.school.submit);
  await expectText(browser, `${origin}/?region=tianjin`);
});
