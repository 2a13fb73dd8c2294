// A parent on an iPhone (Safari or WeChat, both WebKit) goes from / through every question to each region's plan.
import { REGION_NAMES } from '../app/policies/catalog/region-index.ts';
import {
  ANSWERS,
  expect,
  expectH1,
  expectPlan,
  pagePath,
  pageText,
  open,
  REGION_LIST,
  tapButton,
  tapChoice,
  test,
  zh,
} from './fixtures.ts';

async function answer(browser: WebdriverIO.Browser, title: string, option: string) {
  await expectH1(browser, title);
  await tapChoice(browser, option);
  await tapButton(browser, zh.question.continue);
}

for (const [id, region] of REGION_LIST) {
  test(`wizard: ${region.name} from / through every question to the plan`, async ({ browser }) => {
    await open(browser, '/');
    await expectH1(browser, zh.start.title);
    // The start page names each region as the region index does (the UI dictionary no longer lists regions).
    await tapChoice(browser, REGION_NAMES[id]['zh-Hans']);
    await tapButton(browser, zh.start.continue);
    await answer(browser, zh.stage.title, zh.stage.options[ANSWERS.stage]);
    await answer(browser, zh.insured.title, zh.insured.options[ANSWERS.insured]);
    await answer(browser, zh.residency.title, zh.residency.options[ANSWERS.residency]);
    await answer(browser, zh.aid.title, zh.aid.options[ANSWERS.aid]);
    await expectH1(browser, zh.check.title);
    const check = await pageText(browser);
    for (const option of [zh.stage.options.primary, zh.insured.options.none, zh.residency.options.local, zh.aid.options.no]) {
      expect(check, `check your answers lists “${option}”`).toContain(option);
    }
    await tapButton(browser, zh.check.submit);
    await expectPlan(browser, id, region);
    for (const [key, value] of Object.entries(ANSWERS)) {
      expect(await pagePath(browser), `the plan's URL keeps the answer ${key}=${value}`).toContain(value);
    }
    await browser.execute(() => window.scrollTo(0, 0));
    await browser.saveScreenshot(`test-results/webkit/plan-${id}.png`);
  });
}
