// "大概能报销多少" on the plan: sample illnesses whose cost and options a parent changes, with figures worked out by
// hand from the sources (see app/policies/estimate.test.ts for the rules), the trace, bad input, bounds and silence.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';

const LIAOCHENG = '/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no';
const JIANGMEN = '/plan/jiangmen-heshan?stage=primary&insured=none&residency=local&aid=no';
const LIUZHOU = '/plan/liuzhou?stage=primary&insured=none&residency=local&aid=no';

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  await expect(page.getByRole('heading', { level: 2, name: '大概能报销多少' })).toBeVisible();
}

const card = (page: Page, id: string) => page.locator(`#estimate-${id}`);
/** A card is one line until tapped; opening it shows the cost, the options, the figures and the steps. */
async function openCard(c: Locator) {
  if ((await c.getAttribute('open')) === null) await c.locator(':scope > summary').click();
  await expect(c).toHaveAttribute('open', '');
}
const figure = (c: Locator, key: 'fund' | 'criticalIllness' | 'family') => c.locator(`.estimate-${key} dd`);

async function expectFigures(c: Locator, fund: string, ci: string, family: string) {
  await expect(figure(c, 'fund')).toHaveText(fund);
  await expect(figure(c, 'criticalIllness')).toHaveText(ci);
  await expect(figure(c, 'family')).toHaveText(family);
}

async function expectNoBrokenNumbers(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
}

test('聊城 pneumonia: level 3 gives the hand-worked figures; changing the cost and the level changes figures and trace', async ({
  page,
  requests,
}) => {
  await open(page, LIAOCHENG);
  const pneumonia = card(page, 'pneumonia');
  // Collapsed: one line with the illness, the cost and the estimate (二级, the sample's level: (8000 − 500) × 70% = 5250).
  await expect(pneumonia).not.toHaveAttribute('open');
  await expect(pneumonia.locator(':scope > summary')).toHaveText('肺炎，住院治疗，¥8,000：基本医保报¥5,250；家里自付¥2,750');
  await expect(page.locator('.estimate-card')).toHaveCount(4);
  await openCard(pneumonia);
  const cost = pneumonia.getByLabel('费用（元）');
  await expect(cost).toHaveValue('8000');
  await expect(pneumonia).toContainText('示例金额');
  await expect(pneumonia).toContainText('示例金额 ¥8,000 是本应用举的例子，不是政策规定');
  await expect(page.locator('.estimate-year')).toContainText('依据2024学年的规定估算，今年的规定可能不同');

  // 三级, first admission: D 900; (8000 − 900) × 60% = 4260; b = 3740 < 1.1万 so 大病 0; family 3740.
  await pneumonia.getByLabel('三级医院').check();
  await expectFigures(pneumonia, '¥4,260', '¥0', '¥3,740');
  await expect(pneumonia.locator('.estimate-status')).toHaveText(
    '费用 ¥8,000，按2024学年的规定算出： （按全部费用都是政策范围内的合规费用估算，实际以结算为准）',
  );
  await expect(pneumonia.locator('[aria-live="polite"]')).toContainText('¥4,260');

  const trace = pneumonia.locator('.estimate-trace');
  await expect(trace).toBeVisible();
  // Limits are said in the sentence; the amount column only holds what a step pays or leaves to pay.
  const deductibleStep = trace.locator('li', { hasText: '起付线：三级医院首次住院' });
  await expect(deductibleStep.locator('.trace-amount')).toHaveCount(0);
  await expect(trace).toContainText('起付线：三级医院首次住院 ¥900');
  await expect(trace).toContainText('超过起付线的部分：¥8,000 − ¥900 = ¥7,100');
  await expect(trace).toContainText('报销比例：三级医院 60%');
  await expect(trace).toContainText('按比例：¥7,100 × 60% = ¥4,260');
  await expect(trace).toContainText('家里自付：¥8,000 − ¥4,260 − ¥0 = ¥3,740');
  // Each cited step carries the source's words.
  await expect(trace).toContainText('一级医院200元（一级公立定点医疗机构起付线100元），二级医院500元，三级医院900元');
  // A citation names the section; the source and its policy year are named once, in the plan's 出处 block.
  await expect(deductibleStep.locator('.cite')).toContainText('五、医保待遇 1.住院');
  await expect(page.locator('section.sources')).toContainText('聊城市医疗保障局');
  await expect(page.locator('section.sources')).toContainText('2024学年');
  await expectNoA11yViolations(page);

  // 150000 at 二级: D 500; 149500 × 70% = 104650; b = 45350; 大病 (45350 − 11000) × 60% = 20610; family 24740.
  await cost.fill('150000');
  // The amount is the parent's now: no word of the app's example any more.
  await expect(pneumonia).not.toContainText('示例金额');
  await pneumonia.getByLabel('二级医院').check();
  await expectFigures(pneumonia, '¥104,650', '¥20,610', '¥24,740');
  await expect(trace).toContainText('起付线：二级医院首次住院 ¥500');
  await expect(trace).toContainText('按比例：¥149,500 × 70% = ¥104,650');
  await expect(trace).toContainText('居民大病保险 ¥11,000到¥100,000这一段：¥34,350 × 60% = ¥20,610');
  await expect(trace).toContainText('家里自付：¥150,000 − ¥104,650 − ¥20,610 = ¥24,740');
  await expect(trace).not.toContainText('三级医院首次住院');

  // 一级公立, second admission: D 100 / 2 = 50; 149950 × 90% = 134955 → capped at 12万; b = 30000;
  // 大病 (30000 − 11000) × 60% = 11400; family 18600.
  await expect(pneumonia.getByLabel('是一级公立定点医疗机构')).toHaveCount(0);
  await pneumonia.getByLabel('一级医院').check();
  await expect(pneumonia).toContainText('材料对一级公立定点医疗机构另写了规定');
  await pneumonia.getByLabel('是一级公立定点医疗机构').check();
  await pneumonia.getByLabel('第2次', { exact: true }).check();
  await expectFigures(pneumonia, '¥120,000', '¥11,400', '¥18,600');
  await expect(trace).toContainText('这是第二次住院：起付线按首次的50%算，¥100 × 50% = ¥50');
  await expect(trace).toContainText('最高支付限额（一个保险年度内）¥120,000：超过了，按¥120,000算');

  // The other samples are there, each with its example cost, and each figure is a plain amount.
  for (const id of ['fever', 'fracture', 'serious']) await openCard(card(page, id));
  await expect(card(page, 'fever').getByLabel('费用（元）')).toHaveValue('300');
  await expectFigures(card(page, 'fever'), '¥150', '¥0', '¥150');
  await expect(card(page, 'fracture').getByLabel('费用（元）')).toHaveValue('2500');
  // 意外伤害: (2500 − 100) × 90% = 2160 → cap 1000; family 1500.
  await expectFigures(card(page, 'fracture'), '¥1,000', '¥0', '¥1,500');
  await expect(card(page, 'serious').getByLabel('费用（元）')).toHaveValue('200000');
  await expectNoBrokenNumbers(page);
  await expectNoA11yViolations(page);
  requests.expectNoExternalRequests();
});

test('聊城: bad amounts get a plain message next to the field, never NaN, and a good one brings the figures back', async ({ page }) => {
  await open(page, LIAOCHENG);
  const pneumonia = card(page, 'pneumonia');
  await openCard(pneumonia);
  const cost = pneumonia.getByLabel('费用（元）');
  const error = pneumonia.locator('.field-error');
  const live = pneumonia.locator('[aria-live="polite"]');
  const cases: [string, string][] = [
    ['', '请填写费用金额，例如 8000。'],
    ['-5', '费用不能是负数，请去掉前面的减号。'],
    ['abc', '请只填数字，例如 8000 或 8000.50（也可以写“3万”），不要填字母或其他符号。'],
    ['1.234', '金额最多填到分，也就是小数点后两位，例如 8000.50。'],
    ['99999999999', '这个金额太大了，请填写不超过 ¥10,000,000,000 的费用。'],
  ];
  for (const [text, message] of cases) {
    await cost.fill(text);
    await expect(error, JSON.stringify(text)).toHaveText(message);
    await expect(cost).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await cost.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain((await error.getAttribute('id'))!);
    await expect(live).toHaveText('改好上面的费用后，这里会显示估算结果。');
    await expect(pneumonia.locator('.estimate-figures')).toHaveCount(0);
    await expectNoBrokenNumbers(page);
  }
  await expectNoA11yViolations(page);

  // Full-width digits and a thousands separator are fine. 二级 (the sample's level): (12000 − 500) × 70% = 8050.
  await cost.fill('１２,０００');
  await expect(error).toHaveCount(0);
  await expect(cost).not.toHaveAttribute('aria-invalid');
  await expectFigures(pneumonia, '¥8,050', '¥0', '¥3,950');
  await expectNoBrokenNumbers(page);
});

test('江门: only ceilings, so the figures say 最多约 and name what the letter leaves out, with whom to ask', async ({ page }) => {
  await open(page, JIANGMEN);
  await expect(page.locator('.estimate-year')).toContainText('依据2024年度的规定估算，今年的规定可能不同');
  const pneumonia = card(page, 'pneumonia');
  // Only the fund can be bounded: the line gives no family figure, as the opened result gives none.
  await expect(pneumonia.locator(':scope > summary')).toHaveText('肺炎，住院治疗，¥8,000：基本医保最多报约¥6,800；家里自付多少，材料没写');
  await openCard(pneumonia);
  // No hospital level in 江门's rule, so none is asked. Fund ≤ 8000 × 85% = 6800; nothing on 大病保险.
  await expect(pneumonia.getByRole('radio')).toHaveCount(0);
  await expect(figure(pneumonia, 'fund')).toHaveText('最多约 ¥6,800');
  await expect(figure(pneumonia, 'criticalIllness')).toHaveText('材料没写');
  await expect(pneumonia.locator('.estimate-status')).toContainText('只能估出范围');
  const missing = pneumonia.locator('.estimate-missing');
  await expect(missing).toContainText('住院的起付线（每次住院先自付多少）');
  await expect(missing).toContainText('住院的实际报销比例（只写了最高85%）');
  await expect(missing).toContainText('大病保险怎样二次报销');
  // N1.3 once below the estimates, as a national summary whose amounts are local.
  const national = page.locator('.estimate-national');
  await expect(national).toHaveCount(1);
  await expect(national).toContainText('全国规定（摘要）');
  await expect(national).toContainText('大病保险最高支付限额至少提高1000元');
  await expect(national).toContainText('不是当地材料原文；具体金额以当地规定为准');
  // Whom to ask is said once for the card, not under every item.
  await expect(missing.locator('.ask-at')).toHaveCount(1);
  const ask = missing.getByRole('link', { name: '江门市医疗保障局公众号' }).first();
  await expect(ask).toHaveAttribute('href', '#office-jiangmen-ybj');
  await expect(page.locator('#office-jiangmen-ybj')).toHaveCount(1);
  // Changing the cost moves the ceiling: 20000 × 85% = 17000.
  await pneumonia.getByLabel('费用（元）').fill('20000');
  await expect(figure(pneumonia, 'fund')).toHaveText('最多约 ¥17,000');
  // 意外伤害 is not in the letter at all.
  await openCard(card(page, 'fracture'));
  await expect(figure(card(page, 'fracture'), 'fund')).toHaveText('材料没写');
  await expect(card(page, 'fracture').locator('.estimate-missing')).toContainText('意外伤害看病怎样报销');
  await expectNoBrokenNumbers(page);
  await expectNoA11yViolations(page);
});

test('柳州: says the notice has no benefit figures and where to ask, and borrows none', async ({ page }) => {
  await open(page, LIUZHOU);
  const section = page.locator('section.estimate');
  await expect(section).toContainText('柳州的材料没有写参保后看病能报销多少');
  await expect(section).toContainText('也不会拿其他地区的数字来套');
  await expect(section).toContainText('这份材料属于2024年度');
  await expect(section.getByRole('link', { name: '辖区医保服务点' })).toHaveAttribute('href', '#office-service-point');
  await expect(page.locator('#office-service-point')).toHaveCount(1);
  await expect(section.locator('.estimate-card')).toHaveCount(0);
  await expect(section).not.toContainText('¥');
  await expectNoA11yViolations(page);
});

test('天津: the 5000元 门(急)诊 cap holds only for continuous enrolment, asked with a checkbox', async ({ page }) => {
  await open(page, '/plan/tianjin?stage=primary&insured=none&residency=local&aid=no');
  const fever = card(page, 'fever');
  await openCard(fever);
  // Not continuous: the article gives no figure at all for the fund.
  await expect(figure(fever, 'fund')).toHaveText('材料没写');
  await expect(fever.locator('.estimate-missing')).toContainText('没有连续参保的孩子门(急)诊最多报销多少');
  // Continuous: no ratio is given and the 5000 cap is above a 300 bill: "at most the whole bill" is not a figure.
  await fever.getByLabel('孩子一直连续参保，没有断过').check();
  await expect(figure(fever, 'fund')).toHaveText('材料没写');
  await fever.getByLabel('费用（元）').fill('8000');
  await expect(figure(fever, 'fund')).toHaveText('最多约 ¥5,000');
  await expectNoBrokenNumbers(page);
  await expectNoA11yViolations(page);
});

test('a child the source does not cover (a 聊城 newborn) gets no estimate, and whom to ask', async ({ page }) => {
  await open(page, '/plan/liaocheng?stage=newborn&born=2026-10-01&insured=none&residency=local&aid=no');
  const section = page.locator('section.estimate');
  await expect(section).toContainText('这封信只写了在校学生和托幼机构儿童，没有写新生儿怎样参保。所以这里不做报销估算。');
  await expect(section.getByRole('link', { name: '聊城市医疗保障局' })).toHaveAttribute('href', '#office-lc-ybj');
  await expect(section.locator('.estimate-card')).toHaveCount(0);
});

test('fits 320 px without sideways scrolling, with tap targets of at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of [LIAOCHENG, JIANGMEN, LIUZHOU]) {
    await open(page, url);
    const firstCard = page.locator('.estimate-card').first();
    if (await firstCard.count()) {
      await openCard(firstCard);
      await firstCard.getByLabel('费用（元）').fill('abc');
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'section.estimate a, section.estimate button, section.estimate label, section.estimate summary, section.estimate input',
        ),
      ]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ el, box }) => box.width > 0 && box.height < 44 && !(el instanceof HTMLInputElement && el.type !== 'text'))
        .map(({ el }) => el.textContent?.trim().slice(0, 30) || el.outerHTML.slice(0, 60)),
    );
    expect(small, url).toEqual([]);
    await expectNoA11yViolations(page);
  }
});

test('the cost field takes money as people write it, and the one line, the result and the trace agree (issue 18, 20)', async ({ page }) => {
  await open(page, LIAOCHENG);
  const pneumonia = card(page, 'pneumonia');
  await openCard(pneumonia);
  const cost = pneumonia.getByLabel('费用（元）');
  for (const [typed, shown] of [
    ['3万', '¥30,000'],
    ['1.5万', '¥15,000'],
    ['¥3,000', '¥3,000'],
    ['３０００', '¥3,000'],
  ] as const) {
    await cost.fill(typed);
    await expect(pneumonia.locator('.field-error')).toHaveCount(0);
    await expect(pneumonia.locator('.estimate-status')).toContainText(`费用 ${shown}`);
    await expect(pneumonia.locator(':scope > summary')).toContainText(`肺炎，住院治疗，${shown}：`);
  }
  // The assumption sits beside the result, not as step 1 of the working; no step prints its figure twice.
  await expect(pneumonia.locator('.estimate-status')).toContainText('合规费用');
  const trace = pneumonia.locator('.estimate-trace');
  await expect(trace.locator('li').first()).not.toContainText('合规费用');
  const twice = await trace.locator('.trace-step').evaluateAll((steps) =>
    steps
      .filter((p) => {
        const amount = p.querySelector('.trace-amount')?.textContent;
        return amount && p.textContent!.split(amount).length - 1 > 1;
      })
      .map((p) => p.textContent),
  );
  expect(twice).toEqual([]);
});

test('where the family’s share is not stated, the one line gives no figure for it either (温州 inpatient)', async ({ page }) => {
  await open(page, '/plan/wenzhou-lucheng?stage=primary&insured=none&residency=local&aid=no');
  const c = card(page, 'pneumonia');
  await openCard(c);
  await expect(figure(c, 'family')).toHaveText('材料没写');
  const line = c.locator(':scope > summary');
  await expect(line).toContainText('家里自付多少，材料没写');
  await expect(line).not.toContainText('先付');
});
