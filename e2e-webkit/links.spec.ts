// Links a parent is sent or taps: a plan link opened cold, garbled links, and a link tapped while the plan is
// still loading its code.
import { createServer, request } from 'node:http';
import { REGIONS } from '../app/policies/catalog/regions.ts';
import { expect, expectNoBrokenText, expectPlan, expectText, fill, h1, open, pageText, QUERY, test, webkit, zh } from './fixtures.ts';

test('a plan link opened cold: the plan, with dates counted from 2026-11-23', async ({ browser }) => {
  // Born in August: the 90-day rule applies (births in 9月至12月 have the 下一年度 rule, issue 18 finding 10).
  await open(browser, '/plan/tianjin?stage=newborn&born=2026-08-31&insured=none&residency=permit&aid=no');
  await expectPlan(browser, 'tianjin', REGIONS.tianjin);
  // Dates through Intl in JavaScriptCore, and days left from the fixed today (as e2e/wizard.spec.ts); the
  // prerendered page is drawn for the build's day, so the counts fill in once it hydrates.
  for (const fragment of [
    '2026年9月1日 至 2026年12月31日',
    fill(zh.plan.deadline.open, { count: 38 }),
    '2026年11月28日',
    fill(zh.plan.deadline.open, { count: 5 }),
  ]) {
    await expectText(browser, fragment);
  }
});

test('garbled links: a plain message and a way on, never a blank screen', async ({ browser }) => {
  const cases: [string, string][] = [
    [
      '/plan/liaocheng?stage=%E5%B0%8F%E5&insured=zzz&residency=local&aid=no',
      fill(zh.question.linkProblem, { field: zh.fields.stage, value: '' }).split('“')[0]!,
    ],
    ['/plan/liaocheng?stage=newborn&born=2026-02-30', fill(zh.question.linkDateMalformed, { value: '2026-02-30' })],
    ['/plan/liaocheng?stage=newborn&born=2027-01-01', fill(zh.question.linkDateFuture, { value: '2027-01-01' })],
    ['/plan/no-such-region?stage=primary', fill(zh.start.unknownRegion, { value: 'no-such-region' })],
    ['/no/such/page', zh.notFound.title],
    // A school link cut off in the middle of a character, as chat apps sometimes do.
    ['/?region=liaocheng&school=%E8%81%8A%E5%9F', fill(zh.school.sharedBy, { school: '' }).split('「')[0]!],
  ];
  for (const [url, message] of cases) {
    await open(browser, url);
    await expectText(browser, message);
    expect(await h1(browser), `${url}: a heading is shown`).not.toBe('');
    expectNoBrokenText(await pageText(browser), url);
  }
});

test('a link opened while the plan’s estimate code is still on its way goes where it points (no reload back)', async ({ browser }) => {
  // WebKit stops a page's loads when a navigation starts (Chromium lets them run until the new page commits), so
  // the late estimate chunk fails as the parent leaves; the app's reload-once for a deploy then cancelled the
  // navigation and reloaded the old plan. A proxy holds that chunk back to make the race certain.
  const target = new URL(webkit.origin);
  const proxy = createServer((req, res) => {
    const forward = () =>
      req.pipe(
        request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (upstream) => {
          res.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(res);
        }).on('error', () => res.destroy()),
      );
    if (/estimate-section-[\w-]+\.js/.test(req.url ?? '')) setTimeout(forward, 4_000);
    else forward();
  });
  await new Promise<void>((resolve) => proxy.listen(webkit.sparePort, '127.0.0.1', resolve));
  try {
    await open(browser, `http://127.0.0.1:${webkit.sparePort}/plan/liaocheng?${QUERY}`);
    await expectPlan(browser, 'liaocheng', REGIONS.liaocheng);
    // As a parent tapping a link: a navigation started by the page, then the new plan must arrive.
    await browser.execute((path) => {
      (window as { __oldPage?: boolean }).__oldPage = true;
      location.assign(path);
    }, `/plan/tianjin?${QUERY}`);
    await expectPlan(browser, 'tianjin', REGIONS.tianjin);
    const how = await browser.execute(() =>
      (window as { __oldPage?: boolean }).__oldPage
        ? 'old page'
        : (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
    );
    expect(how, 'how the tianjin plan came').toBe('navigate');
  } finally {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
  }
});
