// Journeys through the questions to the plan, on the production build, with an axe check on every screen. Each
// journey is one test of its taps and its plan, and one test per screen for axe (the screen reached by the same
// taps): a slow machine never sums a journey's seven axe runs against one time limit.
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';

async function choose(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '继续' }).click();
}

async function start(page: Page, region: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子在哪里上学？');
  await expectNoA11yViolations(page);
  await page.getByLabel(region, { exact: true }).check();
  await page.getByRole('button', { name: '开始' }).click();
}

/** A journey by taps: the region on the start screen, then each question's answer (or the birth date typed). */
interface Journey {
  region: string;
  id: string;
  taps: ({ label: string } | { born: string })[];
}

const JOURNEYS = {
  江门鹤山: {
    region: '广东省江门市鹤山市',
    id: 'jiangmen-heshan',
    taps: [{ label: '小学' }, { label: '在本省其他地方参保了' }, { label: '外地户籍，没有本地居住证' }, { label: '不是' }],
  },
  聊城: {
    region: '山东省聊城市',
    id: 'liaocheng',
    taps: [{ label: '初中' }, { label: '没有参保' }, { label: '本地户籍' }, { label: '是' }],
  },
  柳州: {
    region: '广西壮族自治区柳州市',
    id: 'liuzhou',
    taps: [{ label: '大学（大专、本科、研究生）' }, { label: '在外省参保了' }, { label: '外地户籍，有本地居住证' }, { label: '不是' }],
  },
  天津: {
    region: '天津市',
    id: 'tianjin',
    taps: [
      { label: '新生儿（还没上幼儿园）' },
      { born: '2026-10-01' },
      { label: '没有参保' },
      { label: '外地户籍，有本地居住证' },
      { label: '不是' },
    ],
  },
  温州鹿城: {
    region: '浙江省温州市鹿城区',
    id: 'wenzhou-lucheng',
    taps: [{ label: '幼儿园' }, { label: '不清楚' }, { label: '外地户籍，没有本地居住证' }, { label: '不是' }],
  },
} satisfies Record<string, Journey>;

/** The screens of a journey, in order: the start screen, one per tap, check your answers, the plan. */
function screens(journey: Journey): string[] {
  const taps = journey.taps.map((tap) => ('born' in tap ? `birth date ${tap.born} typed` : `“${tap.label}” ticked`));
  return ['the start screen', ...taps, 'check your answers', 'the plan'];
}

/** Walks a journey by taps to its plan; runs axe on the screen numbered `axeOn` (see `screens`), if given. */
async function walk(page: Page, journey: Journey, axeOn?: number): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  const axe = async (screen: number) => {
    if (screen === axeOn) await expectNoA11yViolations(page);
  };
  await page.goto('/');
  await expect(h1).toHaveText('孩子在哪里上学？');
  await axe(0);
  await page.getByLabel(journey.region, { exact: true }).check();
  await page.getByRole('button', { name: '开始' }).click();
  await expect(page).toHaveURL(new RegExp(`/plan/${journey.id}$`));
  for (const [i, tap] of journey.taps.entries()) {
    if ('born' in tap) {
      await expect(h1).toHaveText('孩子是哪天出生的？');
      await page.getByLabel('孩子是哪天出生的？').fill(tap.born);
    } else {
      await page.getByLabel(tap.label, { exact: true }).check();
    }
    await axe(i + 1);
    await page.getByRole('button', { name: '继续' }).click();
  }
  await expect(h1).toHaveText('检查您的回答');
  await axe(journey.taps.length + 1);
  await page.getByRole('link', { name: '查看我的办理清单' }).click();
  await expect(h1).toContainText('您的办理清单');
  await axe(journey.taps.length + 2);
}

for (const [name, journey] of Object.entries(JOURNEYS)) {
  test.describe(`${name}: every screen of the journey is axe clean`, () => {
    screens(journey).forEach((screen, i) => {
      test(`${i + 1}. ${screen}`, async ({ page }) => {
        await walk(page, journey, i);
      });
    });
  });
}

const step = (page: Page, id: string) => page.locator(`#step-${id}`);
/** Steps start closed: open one as a parent would, by tapping its heading. */
const openStep = (page: Page, id: string) => page.locator(`#step-${id} > details > summary`).click();

test('江门鹤山: a pupil insured elsewhere in Guangdong stops through 粤医保 and registers at a town centre', async ({ page, requests }) => {
  await walk(page, JOURNEYS.江门鹤山);
  await expect(page).toHaveURL('/plan/jiangmen-heshan/primary/same-province/non-local/no');
  await expect(step(page, 'stop-other')).toContainText('“粤医保”微信小程序办理停保手续');
  await expect(step(page, 'register')).toContainText('鹤山市各镇街公共服务中心');
  await expect(step(page, 'fee')).toContainText('¥406');
  await expect(step(page, 'fee')).toContainText('¥640');
  await expect(step(page, 'pay')).toContainText('城乡居民社保查询');
  await expect(step(page, 'deadlines')).toContainText('2023年9月1日 起');
  await expect(step(page, 'deadlines')).toContainText('材料没有写截止日期');
  await openStep(page, 'contacts');
  await expect(page.getByRole('link', { name: '拨打 0750-8888770' })).toHaveAttribute('href', 'tel:07508888770');
  // The plan opens with its answer: the policy year in one line, then 先做这几件事; every step starts closed.
  await expect(page.getByText('2024年度的规定，今年可能不同。')).toBeVisible();
  const first = page.locator('.first-actions');
  await expect(first.getByRole('heading', { name: '先做这几件事' })).toBeVisible();
  await expect(first.locator('li').first()).toContainText('已在别处参保：');
  await expect(first).toContainText('缴费：个人¥406，每人每年');
  await expect(first).toContainText('上一次：2023年9月1日 起');
  await expect(step(page, 'stop-other').locator('> details')).not.toHaveAttribute('open', '');
  // A first action's link opens its step.
  await first.getByRole('link', { name: '见下面“已在别处参保的孩子”' }).click();
  await expect(step(page, 'stop-other').locator('.step-body')).toBeVisible();
  await expect(step(page, 'stop-other').locator('.step-body')).toContainText('“粤医保”微信小程序办理停保手续');
  // The ten town centres are listed once, in the contacts step; elsewhere they are named and linked there.
  await expect(page.locator('.office-name', { hasText: '龙口镇公共服务中心' })).toHaveCount(1);
  await expect(page.locator('.step-deadlines .ask-at a')).toHaveText('江门市医疗保障局公众号等11处（见“可以咨询的地方”）');
  await expect(page.getByRole('heading', { name: '这份材料没有说的事' })).toHaveCount(0);
  requests.expectNoExternalRequests();
});

test('聊城: a government-funded family pays ¥0; four self-service channels, tap by tap', async ({ page }) => {
  await walk(page, JOURNEYS.聊城);
  await expect(step(page, 'fee')).toContainText('¥0');
  await expect(step(page, 'fee')).toContainText('低保对象');
  await expect(step(page, 'fee')).toContainText('¥360');
  await expect(page.locator('.first-actions li').first()).toContainText(
    '个人缴费按材料：各类政府资助人员（脱贫享受政策人员、低保对象、特困人员、孤儿等）个人暂不缴费（2024学年）。',
  );
  const pay = step(page, 'pay');
  await openStep(page, 'pay');
  for (const name of [
    '学校集中缴费',
    '微信“山东税务社保费缴纳”小程序',
    '支付宝“社保费缴纳”',
    '“山东省税务局”电子税务局APP',
    '“银联商务山东分公司服务号”',
  ]) {
    await expect(pay.getByRole('heading', { name })).toBeVisible();
  }
  // A past year's dates read as what they were, with whom to ask for this year's and why (national summary).
  await expect(step(page, 'deadlines')).toContainText('上一次（2024学年）：2023年11月1日 至 2023年12月31日');
  await expect(step(page, 'deadlines')).toContainText('今年的日期：请向聊城市医疗保障局、国家税务总局东昌府区税务局确认');
  await expect(step(page, 'deadlines')).toContainText('全国规定（据国务院办公厅《关于健全基本医疗保险参保长效机制的指导意见》');
  await expect(step(page, 'deadlines')).not.toContainText('已过');
  await openStep(page, 'contacts');
  await expect(page.getByRole('link', { name: '拨打 0635-2189313' })).toHaveAttribute('href', 'tel:06352189313');
  await expect(page.getByRole('link', { name: '拨打 12366' })).toHaveAttribute('href', 'tel:12366');
});

test('柳州: a college student enrols at the 学籍地; what the notice leaves out is said plainly', async ({ page }) => {
  await walk(page, JOURNEYS.柳州);
  await expect(step(page, 'stop-other')).toContainText('材料没有写：在外省已参保的孩子，要不要、怎样先停保');
  await expect(step(page, 'register')).toContainText('在学籍地自愿参保缴费');
  await expect(step(page, 'fee')).toContainText('¥380');
  await expect(step(page, 'pay')).toContainText('材料没有写：用什么渠道缴费');
  // Each gap is said once, in its step; the end gives only their count.
  await expect(step(page, 'contacts')).toContainText('医保服务点的地址和电话');
  await expect(step(page, 'unsaid')).toHaveCount(0);
  await expect(page.locator('.sources')).toContainText(/材料有\d+处没写到，都在对应的步骤里注明了该问谁/);
});

test('天津: a newborn of a 居住证 holder gets the 出生医学证明 route and dates counted from the birth', async ({ page }) => {
  await walk(page, JOURNEYS.天津);
  await expect(page).toHaveURL(/born=2026-10-01/);
  await expect(step(page, 'register')).toContainText('凭《出生医学证明》');
  // Born in October, in the collection window: the first action is the source's rule for those births and that
  // window, saying what the source leaves open (one payment or two) and whom to ask.
  await expect(page.locator('.first-actions li').first()).toContainText('2026年12月31日');
  await expect(page.locator('.first-actions li').first()).toContainText('还剩 38 天');
  await expect(page.locator('.first-actions li').first()).toContainText('交一次还是两次');
  const deadlines = step(page, 'deadlines');
  await expect(deadlines).toContainText('2026年9月1日 至 2026年12月31日');
  await expect(deadlines).toContainText('还剩 38 天');
  await expect(deadlines).not.toContainText('2026年12月29日');
  // The 180 days are a goal of the plan (逐步实现): a note, not a date to count down to.
  await expect(deadlines).not.toContainText('2027年3月29日');
  await expect(step(page, 'register')).toContainText('逐步实现集成办理');
  await expect(step(page, 'fee')).toContainText('材料没有写：个人缴费金额');
});

test('天津, no 居住证: the plan says first that the source gives no route and whom to call, with no countdown', async ({ page }) => {
  await page.goto('/plan/tianjin?stage=primary&insured=none&residency=non-local&aid=no');
  const first = page.locator('.first-actions li');
  await expect(first.first()).toContainText('材料没有写外地户籍、家里没有天津居住证的孩子怎样参保');
  await expect(first.first()).toContainText('先问所在区医保局');
  // No office in the source has a phone: the area's 12393, labelled as the national hotline.
  await expect(first.nth(1).getByRole('link', { name: '022-12393' })).toHaveAttribute('href', 'tel:02212393');
  await expect(first.nth(1)).toContainText('全国医保服务热线');
  await expect(page.locator('main')).not.toContainText('还剩');
  await expect(page.getByRole('link', { name: /^添加到日历/ })).toHaveCount(0);
  await expectNoA11yViolations(page);
});

test('温州鹿城: a migrant family unsure of its coverage is told the report leaves that question open', async ({ page }) => {
  await walk(page, JOURNEYS.温州鹿城);
  await expect(step(page, 'stop-other')).toContainText('先弄清楚孩子今年有没有在别处参保');
  await expect(step(page, 'stop-other')).toContainText('报道说家长常问这个问题，但没有给出答案');
  await expect(step(page, 'register')).toContainText('在社区里就可以直接参加医保');
  await expect(step(page, 'fee')).toContainText('报道中的数字');
  await expect(step(page, 'fee')).toContainText('¥660');
  await expect(step(page, 'fee')).toContainText('¥1,320');
  await expect(step(page, 'pay')).toContainText('税务部门的缴费二维码');
  await expect(step(page, 'after')).toContainText('报道里一位家长说');
  // National rules are marked as summaries; where the report gives no phone, the area's 12393 is the national hotline.
  await expect(step(page, 'pay')).toContainText('全国规定（据国务院办公厅');
  // Steps start closed; the call link is tapped inside the open step.
  await openStep(page, 'contacts');
  await expect(
    step(page, 'contacts')
      .getByRole('link', { name: /^拨打(全国医保服务热线)? 0577-12393$/ })
      .first(),
  ).toHaveAttribute('href', 'tel:057712393');
});

test('Back keeps the answers, and 修改 returns to check your answers', async ({ page }) => {
  await page.goto('/plan/liaocheng?stage=senior&insured=none&residency=local');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('家里是否属于政府资助或帮扶的困难群体？');
  const back = page.getByRole('link', { name: '返回上一步：户籍' });
  await back.click();
  await expect(page.getByLabel('本地户籍', { exact: true })).toBeChecked();
  await page.getByRole('link', { name: '返回上一步：现在的参保情况' }).click();
  await expect(page.getByLabel('没有参保', { exact: true })).toBeChecked();
  await page.getByRole('link', { name: '返回上一步：学段' }).click();
  await expect(page.getByLabel('高中', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByLabel('没有参保', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '继续' }).click();
  await choose(page, '不是');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');

  await page.getByRole('link', { name: '修改现在的参保情况' }).click();
  await expect(page.getByLabel('没有参保', { exact: true })).toBeChecked();
  await choose(page, '已经在本市参保，这次是续保');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  await expect(page.getByText('已经在本市参保，这次是续保')).toBeVisible();

  // Changing the stage to newborn adds the birth date question before returning.
  await page.getByRole('link', { name: '修改学段' }).click();
  await choose(page, '新生儿（还没上幼儿园）');
  await page.getByLabel('孩子是哪天出生的？').fill('2026-11-01');
  await page.getByRole('button', { name: '继续' }).click();
  // A baby born this year cannot be renewing: that answer is asked again, without the 续保 choice.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子今年有没有在任何地方参加居民医保？');
  await expect(page.getByLabel('已经在本市参保，这次是续保')).toHaveCount(0);
  await choose(page, '没有参保');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  await expect(page.getByText('2026年11月1日')).toBeVisible();
});

test('a complete deep link opens the same plan on another phone', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await page.goto('/plan/wenzhou-lucheng?stage=primary&insured=none&residency=permit&aid=yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('在温州鹿城参保：您的办理清单');
  await expect(step(page, 'fee')).toContainText('困难人群、低保、低边以及因病致贫返贫对象');
  await context.close();
});

test('a partial link opens the first unanswered question with the other answers kept', async ({ page }) => {
  await page.goto('/plan/tianjin?stage=primary&residency=local&aid=no');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子今年有没有在任何地方参加居民医保？');
  await choose(page, '没有参保');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子的户籍是哪里的？');
  await expect(page.getByLabel('本地户籍', { exact: true })).toBeChecked();
});

test.describe('bad links say what was wrong and ask again', () => {
  test('an unknown value', async ({ page }) => {
    await page.goto('/plan/liaocheng?stage=university&insured=none&residency=local&aid=no');
    await expect(page.getByRole('alert')).toContainText('链接里的“学段”是“university”，无法识别，请重新回答。');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子现在处在哪个阶段？');
    await expectNoA11yViolations(page);
    await choose(page, '小学');
    // The valid answers were kept, so the next screen is the next question with its answer ticked.
    await expect(page.getByLabel('没有参保', { exact: true })).toBeChecked();
  });

  test('a malformed or future birth date', async ({ page }) => {
    await page.goto('/plan/tianjin?stage=newborn&born=2026-02-30&insured=none&residency=local&aid=no');
    await expect(page.getByRole('alert')).toContainText('出生日期“2026-02-30”格式不对');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子是哪天出生的？');
    await page.goto('/plan/tianjin?stage=newborn&born=2027-01-01&insured=none&residency=local&aid=no');
    await expect(page.getByRole('alert')).toContainText('晚于今天');
    await page.getByLabel('孩子是哪天出生的？').fill('2026-12-01');
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page.getByRole('alert')).toContainText('出生日期不能晚于今天');
  });

  test('an unknown region keeps the answers and asks for the region', async ({ page }) => {
    await page.goto('/plan/shanghai?stage=primary&insured=none&residency=local&aid=no');
    await expect(page.getByRole('alert')).toContainText('链接里的地区“shanghai”不在本应用覆盖的范围内');
    await expectNoA11yViolations(page);
    await page.getByLabel('山东省聊城市', { exact: true }).check();
    await page.getByRole('button', { name: '开始' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查您的回答');
  });

  test('no choice made', async ({ page }) => {
    await page.goto('/plan/liuzhou');
    await page.getByRole('button', { name: '继续' }).click();
    await expect(page.getByRole('alert')).toContainText('请选择一项');
    await expectNoA11yViolations(page);
  });

  test('an unknown page', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
    await expectNoA11yViolations(page);
  });
});

test('“my city is not listed” offers the school’s letter, then says where to ask', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('我的城市不在这里').check();
  await page.getByRole('button', { name: '开始' }).click();
  await expect(page.getByLabel('把学校发的医保通知粘贴到这里')).toBeVisible();
  await page.getByRole('link', { name: '没有学校的通知？看看可以向谁问' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('暂时还没有您所在的城市');
  await expect(page.getByText('国家医保服务平台')).toBeVisible();
  await expect(page.getByRole('link', { name: /12393/ })).toHaveAttribute('href', 'tel:12393');
  await expect(page.getByText('全国规定（据国务院办公厅').first()).toBeVisible();
  await expectNoA11yViolations(page);
});

test('answers are kept on the device, and a corrupt stored state is ignored', async ({ page }) => {
  await page.goto('/plan/liaocheng?stage=primary&insured=none&residency=local&aid=no');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('您的办理清单');
  // The plan paints from HTML before its script runs; the answers are stored once it has.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('xsyb-answers'))).toContain('liaocheng');
  await page.goto('/');
  await expect(page.getByRole('link', { name: '继续上次的回答（山东省聊城市）' })).toBeVisible();
  await expect(page.getByLabel('山东省聊城市', { exact: true })).toBeChecked();

  await page.evaluate(() => localStorage.setItem('xsyb-answers', '{"state":{"region":"mars","answers":{"stage":"<b>"}},"version":1}'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子在哪里上学？');
  await expect(page.getByRole('link', { name: /继续上次的回答/ })).toHaveCount(0);

  await page.evaluate(() => localStorage.setItem('xsyb-answers', 'not json{'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子在哪里上学？');
});

test('storage that throws (private mode) leaves the app working', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
  });
  await start(page, '山东省聊城市');
  await choose(page, '小学');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('孩子今年有没有在任何地方参加居民医保？');
});

test('fits 320 px without sideways scrolling, with tap targets of at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of [
    '/',
    '/plan/liaocheng?stage=primary',
    '/plan/liaocheng/check?stage=primary&insured=none&residency=local&aid=no',
    '/plan/jiangmen-heshan?stage=primary&insured=unsure&residency=hmt&aid=yes',
  ]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main a, main button, main label, main summary, header a')]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height < 44)
        .map(({ el }) => el.textContent?.trim().slice(0, 30)),
    );
    expect(small, url).toEqual([]);
  }
});
