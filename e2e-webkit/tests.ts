// The WebKit tests: what a parent on an iPhone (Safari or WeChat, both WebKit) would notice. Facts come from
// the region modules and the UI dictionaries, so a new region or a reworded string needs no change here.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { REGION_NAMES } from '../app/policies/catalog/region-index.ts';
import { REGIONS } from '../app/policies/catalog/regions.ts';
import type { RegionId, RegionPolicy } from '../app/policies/model/types.ts';
import { expect, type Page } from './page.ts';

export type Context = {
  page: Page;
  artifacts: string;
  distDir: string;
  offlinePort: number;
  startServer: (dir: string, port: number) => Promise<ChildProcess>;
  stopServer: (server: ChildProcess) => Promise<void>;
};
export type Test = { name: string; run: (context: Context) => Promise<void> };

const load = (file: string) => JSON.parse(readFileSync(new URL(`../app/i18n/${file}`, import.meta.url), 'utf8'));
const ui = { 'zh-Hans': load('zh-Hans.json'), 'zh-Hant': load('zh-Hant.json'), en: load('en.json') };
const zh = ui['zh-Hans'];
/** Fills {{name}} placeholders the way i18next does. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

const REGION_LIST = Object.entries(REGIONS) as [RegionId, RegionPolicy][];
/** The answers every region's journey gives: a pupil, not insured, local, not in a funded group. */
const ANSWERS = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const;
const QUERY = new URLSearchParams(ANSWERS).toString();

/** What the plan shows for the family's own payment: the amount as ¥1,234, or the source's silence. */
function feeText(region: RegionPolicy): string {
  const fee = region.fee.individual;
  if ('notStated' in fee) return fill(zh.plan.notStated, { what: fee.what });
  const yuan = fee.amountFen / 100;
  return `¥${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

function expectNoBrokenText(text: string, where: string) {
  const broken = text.match(/NaN|undefined|Infinity|Invalid Date|\{\{\w+\}\}/);
  expect(!broken, `${where}: the page shows “${broken?.[0]}”`);
}

/** The plan for `region` is on screen: its URL, its h1, the policy year and the family's fee in the text. */
async function expectPlan(page: Page, id: RegionId, region: RegionPolicy) {
  // The h1 names the region: today by its full name, which does not always contain the short one (温州鹿城).
  await page.waitFor(
    `the ${id} plan (h1 with “${region.shortName}” or “${region.name}”, ${region.source.policyYear}, ${feeText(region)})`,
    async () => {
      // Each step is a disclosure, closed until tapped: open every one, as a parent reading the whole plan does.
      await page.run(`document.querySelectorAll('main details:not([open]) > summary').forEach((s) => s.click())`);
      const [h1, text] = [await page.h1(), await page.text()];
      return (
        (h1.includes(region.shortName) || h1.includes(region.name)) &&
        text.includes(region.source.policyYear) &&
        text.includes(feeText(region))
      );
    },
  );
  const path = await page.path();
  expect(path.startsWith(`/plan/${id}`), `the plan's URL is ${path}, not /plan/${id}…`);
  expectNoBrokenText(await page.text(), path);
}

async function answer(page: Page, title: string, option: string) {
  await page.waitForH1(`“${title}”`, (h1) => h1 === title);
  await page.tapLabel(option);
  await page.tapButton(zh.question.continue);
}

async function screenshot(page: Page, artifacts: string, name: string) {
  await page.run('window.scrollTo(0, 0)');
  writeFileSync(join(artifacts, `${name}.png`), await page.session.screenshot());
}

const wizard: Test[] = REGION_LIST.map(([id, region]) => ({
  name: `wizard: ${region.name} from / through every question to the plan`,
  async run({ page, artifacts }) {
    await page.goto('/');
    await page.waitForH1(`“${zh.start.title}”`, (h1) => h1 === zh.start.title);
    // The start page names each region as the region index does (the UI dictionary no longer lists regions).
    await page.tapLabel(REGION_NAMES[id]['zh-Hans']);
    await page.tapButton(zh.start.continue);
    await answer(page, zh.stage.title, zh.stage.options[ANSWERS.stage]);
    await answer(page, zh.insured.title, zh.insured.options[ANSWERS.insured]);
    await answer(page, zh.residency.title, zh.residency.options[ANSWERS.residency]);
    await answer(page, zh.aid.title, zh.aid.options[ANSWERS.aid]);
    await page.waitForH1(`“${zh.check.title}”`, (h1) => h1 === zh.check.title);
    for (const option of [zh.stage.options.primary, zh.insured.options.none, zh.residency.options.local, zh.aid.options.no]) {
      expect((await page.text()).includes(option), `check your answers lists “${option}”`);
    }
    await page.tapButton(zh.check.submit);
    await expectPlan(page, id, region);
    for (const [key, value] of Object.entries(ANSWERS)) {
      expect((await page.path()).includes(value), `the plan's URL keeps the answer ${key}=${value}`);
    }
    await screenshot(page, artifacts, `plan-${id}`);
  },
}));

// Born in August: the 90-day rule applies (births in 9月至12月 have the 下一年度 rule, issue 18 finding 10).
const TIANJIN_NEWBORN = '/plan/tianjin?stage=newborn&born=2026-08-31&insured=none&residency=permit&aid=no';

const links: Test[] = [
  {
    name: 'a plan link opened cold: the plan, with dates counted from 2026-11-23',
    async run({ page }) {
      await page.goto(TIANJIN_NEWBORN);
      await expectPlan(page, 'tianjin', REGIONS.tianjin);
      // Dates through Intl in JavaScriptCore, and days left from the fixed today (as e2e/wizard.spec.ts); the
      // prerendered page is drawn for the build's day, so the counts fill in once it hydrates.
      for (const fragment of [
        '2026年9月1日 至 2026年12月31日',
        fill(zh.plan.deadline.open, { count: 38 }),
        '2026年11月28日',
        fill(zh.plan.deadline.open, { count: 5 }),
      ]) {
        await page.waitForText(fragment);
      }
    },
  },
  {
    name: 'garbled links: a plain message and a way on, never a blank screen',
    async run({ page }) {
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
        await page.goto(url);
        await page.waitFor(`“${message}” on ${url}`, async () => (await page.text()).includes(message));
        const h1 = await page.h1();
        expect(h1.length > 0, `${url}: a heading is shown`);
        expectNoBrokenText(await page.text(), url);
      }
    },
  },
];

const LIAOCHENG = `/plan/liaocheng?${QUERY}`;

const estimate: Test = {
  name: 'the estimate: change a cost and a hospital level, then type bad amounts',
  async run({ page }) {
    await page.goto(LIAOCHENG);
    await expectPlan(page, 'liaocheng', REGIONS.liaocheng);
    const title = zh.estimate.samples.pneumonia.title;
    // Each example is one line (the illness, its cost and the estimate) until tapped.
    const card = await page.openDisclosure(title);
    const cost = await page.field(zh.estimate.costLabel, card);
    expect((await page.value(cost)) === '8000', 'the pneumonia example starts at 8000');
    // 150000 at 二级 (hand-worked in e2e/estimate.spec.ts): fund 104,650; 大病 20,610; family 24,740.
    await page.type(cost, '150000');
    await page.tapLabel(zh.estimate.level['2'], card);
    await page.waitFor('the figures for ¥150,000 at 二级', async () => {
      const text = await page.textOf(card);
      return ['¥104,650', '¥20,610', '¥24,740'].every((figure) => text.includes(figure));
    });
    const bad: [string, string][] = [
      ['abc', fill(zh.estimate.errors['not-a-number'], { example: 8000 })],
      ['-5', zh.estimate.errors.negative],
      ['', fill(zh.estimate.errors.empty, { example: 8000 })],
      ['1.234', fill(zh.estimate.errors['too-many-decimals'], { example: 8000 })],
    ];
    for (const [typed, message] of bad) {
      await page.type(cost, typed);
      await page.waitFor(`the message “${message}” for ${JSON.stringify(typed)}`, async () => {
        const text = await page.textOf(card);
        return text.includes(message) && text.includes(zh.estimate.fixInput) && !text.includes('¥104,650');
      });
      expectNoBrokenText(await page.textOf(card), `after typing ${JSON.stringify(typed)}`);
    }
    // Full-width digits and a thousands separator, as a Chinese keyboard types them: 二级 (12000 − 500) × 70% = 8050.
    await page.type(cost, '１２,０００');
    await page.waitFor('the figures for ¥12,000', async () => (await page.textOf(card)).includes('¥8,050'));
  },
};

/** Picks `name` in the header's language menu (a native select, each language named in itself), as a tap on the
 * option does, until the page takes it: a prerendered page ignores a choice made before it hydrates. */
async function pickLanguage(page: Page, name: string, lang: string) {
  await page.waitFor(`the page in ${lang} after choosing “${name}”`, async () => {
    const option = await page.run<unknown>(
      `const [name] = arguments;
       const menu = [...document.querySelectorAll('header select')].filter(visible).find((el) => /语言|語言|Language/.test(el.getAttribute('aria-label') || ''));
       return (menu && [...menu.options].find((o) => norm(o.text) === name)) || null;`,
      name,
    );
    if (!option) return false;
    // A native menu's options are drawn by the system, out of WebDriver's reach: choose the option as the menu
    // does (select it, then the change event the page listens for).
    await page.run(
      `const option = arguments[0]; option.selected = true; option.parentElement.dispatchEvent(new Event('change', { bubbles: true }));`,
      option,
    );
    for (let i = 0; i < 10; i++) {
      if ((await page.run('return document.documentElement.lang')) === lang) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  });
}

const languages: Test = {
  name: 'the language switch (简体 → 繁體 → English, remembered) and 大字模式',
  async run({ page }) {
    await page.goto(LIAOCHENG);
    await expectPlan(page, 'liaocheng', REGIONS.liaocheng);
    await pickLanguage(page, '繁體', 'zh-Hant');
    await page.waitForText(fill(ui['zh-Hant'].plan.yearLine, { year: '2024學年' }));
    await pickLanguage(page, 'English', 'en');
    await page.waitForText('CN¥360');
    expectNoBrokenText(await page.text(), 'the plan in English');
    await page.goto('/');
    await page.waitForH1(`“${ui.en.start.title}” after a new visit`, (h1) => h1 === ui.en.start.title);
    await pickLanguage(page, '简体', 'zh-Hans');
    await page.waitForH1(`“${zh.start.title}”`, (h1) => h1 === zh.start.title);

    // 大字模式: the text grows, the button says it is on, and nothing sticks out of a 390 px screen.
    await page.goto(LIAOCHENG);
    await expectPlan(page, 'liaocheng', REGIONS.liaocheng);
    const size = () => page.run<number>("return parseFloat(getComputedStyle(document.querySelector('main p') || document.body).fontSize)");
    const before = await size();
    await page.tapButton(zh.app.largeText);
    const after = await page.waitFor('larger text', async () => ((await size()) > before ? size() : 0));
    const pressed = await page.run<string | null>(
      `const b = [...document.querySelectorAll('button')].find((el) => el.getAttribute('aria-label') === arguments[0]); return b && b.getAttribute('aria-pressed')`,
      zh.app.largeText,
    );
    expect(pressed === 'true', `the 大字 button reports aria-pressed=true (got ${pressed})`);
    expect((await page.overflowX()) <= 0, `in 大字模式 the plan scrolls sideways by ${await page.overflowX()} px`);
    await page.session.refresh();
    await expectPlan(page, 'liaocheng', REGIONS.liaocheng);
    await page.waitFor(`大字模式 kept after a reload (${after}px)`, async () => (await size()) === after);
  },
};

/** Decodes every QR image in the page here, with jsQR, from the pixels the page drew. */
async function decodeQrImages(page: Page): Promise<string[]> {
  const images = await page.run<{ width: number; height: number; rgba: string }[]>(
    `return [...document.querySelectorAll('main img')].filter((img) => img.complete && img.naturalWidth > 0).map((img) => {
       const canvas = document.createElement('canvas');
       canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
       const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
       const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
       let binary = '';
       for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
       return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
     })`,
  );
  return images.flatMap(({ width, height, rgba }) => {
    const found = jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height);
    return found ? [found.data] : [];
  });
}

const school: Test = {
  name: '/school: a teacher makes a link, its QR code decodes to it, and a parent opening it sees the school',
  async run({ page }) {
    await page.goto('/school');
    await page.waitForH1(`“${zh.school.title}”`, (h1) => h1 === zh.school.title);
    await page.tapLabel(REGIONS.liaocheng.name);
    const name = '聊城实验小学';
    await page.type(await page.field(zh.school.nameLabel), name);
    await page.tapButton(zh.school.submit);
    const link = `${page.origin}/?region=liaocheng&school=${encodeURIComponent(name)}`;
    await page.waitForText(link);
    const decoded = await page.waitFor('a QR code that decodes', async () => {
      const found = await decodeQrImages(page);
      return found.length ? found : undefined;
    });
    expect(
      decoded.every((d) => d === link),
      `the QR codes decode to ${JSON.stringify(decoded)}, not ${link}`,
    );

    await page.goto(link);
    // The app's own heading; the school is named in its own line (its name is never made the app's words).
    await page.waitForH1(`“${zh.school.bannerNoSchool}”`, (h1) => h1 === zh.school.bannerNoSchool);
    await page.waitForText(fill(zh.school.sharedBy, { school: name }));
    await page.waitForText(fill(zh.school.welcome.region, { region: REGIONS.liaocheng.name }));
    await page.tapButton(zh.school.welcome.start);
    await page.waitForH1(`“${zh.stage.title}”`, (h1) => h1 === zh.stage.title);
    expect((await page.path()).startsWith('/plan/liaocheng'), 'the school link goes on to 聊城’s questions');
  },
};

const offline: Test = {
  name: 'offline after one visit: plan links never opened, a reload and /school, with the server stopped',
  async run({ page, distDir, offlinePort, startServer, stopServer }) {
    // Its own server (and so its own origin and service worker), stopped half-way: the page then meets a port
    // that refuses, as a phone with no network does.
    const server = await startServer(distDir, offlinePort);
    const origin = `http://127.0.0.1:${offlinePort}`;
    const offlinePage = new (page.constructor as new (s: typeof page.session, o: string) => Page)(page.session, origin);
    try {
      await offlinePage.goto('/');
      await offlinePage.waitForH1(`“${zh.start.title}”`, (h1) => h1 === zh.start.title);
      // The app says so once the service worker has precached everything; then it must control the page.
      await offlinePage.waitForText(zh.pwa.offlineReady, 30_000);
      if (!(await offlinePage.run<boolean>('return !!navigator.serviceWorker.controller'))) await offlinePage.session.refresh();
      await offlinePage.waitFor(
        'the service worker to control the page',
        () => offlinePage.run<boolean>('return !!navigator.serviceWorker.controller'),
        30_000,
      );
    } finally {
      await stopServer(server);
    }
    const refused = await fetch(`${origin}/`).then(
      () => false,
      () => true,
    );
    expect(refused, `the server on ${offlinePort} still answers`);

    for (const [id, region] of REGION_LIST) {
      await offlinePage.goto(`/plan/${id}?${QUERY}`);
      await expectPlan(offlinePage, id, region);
    }
    await offlinePage.session.refresh();
    await expectPlan(offlinePage, REGION_LIST.at(-1)![0], REGION_LIST.at(-1)![1]);
    await offlinePage.goto('/school');
    await offlinePage.waitForH1(`“${zh.school.title}” offline`, (h1) => h1 === zh.school.title);
    await offlinePage.tapLabel(REGIONS.tianjin.name);
    await offlinePage.tapButton(zh.school.submit);
    await offlinePage.waitForText(`${origin}/?region=tianjin`);
  },
};

const leaving: Test = {
  name: 'a link opened while the plan’s estimate code is still on its way goes where it points (no reload back)',
  async run({ page, offlinePort }) {
    // WebKit stops a page's loads when a navigation starts (Chromium lets them run until the new page commits), so
    // the late estimate chunk fails as the parent leaves; the app's reload-once for a deploy then cancelled the
    // navigation and reloaded the old plan. A proxy holds that chunk back to make the race certain.
    const target = new URL(page.origin);
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
    await new Promise<void>((resolve) => proxy.listen(offlinePort, '127.0.0.1', resolve));
    try {
      const slow = new (page.constructor as new (s: typeof page.session, o: string) => Page)(
        page.session,
        `http://127.0.0.1:${offlinePort}`,
      );
      await slow.goto(LIAOCHENG);
      await expectPlan(slow, 'liaocheng', REGIONS.liaocheng);
      // As a parent tapping a link: a navigation started by the page, then the new plan must arrive.
      await slow.run('window.__oldPage = true; location.assign(arguments[0])', `/plan/tianjin?${QUERY}`);
      await expectPlan(slow, 'tianjin', REGIONS.tianjin);
      const how = await slow.run<string>('return window.__oldPage ? "old page" : performance.getEntriesByType("navigation")[0].type');
      expect(how === 'navigate', `the tianjin plan came by ${how}, not by the navigation`);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  },
};

export const TESTS: Test[] = [...wizard, ...links, estimate, languages, school, leaving, offline];
