// /school with this year's letter pasted (issue 19, item 4): the class message quotes the letter's facts under
// 摘自学校通知 with the app's /letter link, copies, prints as the A4 notice; a letter asking to pay a person gets no
// message. On the production build, the day fixed (FIXED_NOW, 2026-11-23).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { APP_ORIGIN, expect, expectNoA11yViolations, test } from './fixtures.ts';

const letter = (name: string) => readFileSync(join(import.meta.dirname, 'letters', name), 'utf8');
const LINK = `${APP_ORIGIN}/letter`;

/** The teacher types the school and class, pastes the letter (no region chosen) and asks for the message. */
async function pasteLetter(page: Page, text: string): Promise<void> {
  await page.goto('/school');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('给班级家长发参保指引');
  await page.getByLabel('学校名称（选填）').fill('聊城实验小学');
  await page.getByLabel('班级（选填）').fill('三年级2班');
  await page.getByLabel('粘贴今年的通知（选填）').fill(text);
  await page.getByRole('button', { name: '生成消息、链接和二维码' }).click();
  await expect(page.getByRole('heading', { name: '发给家长' })).toBeFocused();
}

test('a pasted letter: the message quotes the letter’s facts under 摘自学校通知, with days left, its number and the /letter link', async ({
  page,
  requests,
}) => {
  await pasteLetter(page, letter('official-notice.txt'));
  const message = await page.getByLabel('班级群消息').inputValue();
  expect(message.split('\n')).toEqual([
    '【聊城实验小学 三年级2班】学生医保参保提醒',
    '摘自学校通知（2027年度）：',
    '· 缴费金额：“二、2027年度个人缴费标准为每人每年400元。”',
    '· 日期：“一、2027年度城乡居民基本医疗保险集中征缴期为2026年10月1日至2027年2月28日。”（还剩 97 天，按2026年11月23日算）',
    '· 缴费方式：“三、缴费渠道：支付宝搜索“山东税务”小程序→选择“社保费缴纳”→选择“城乡居民医保”→输入参保人身份证号码→缴费。”',
    '· 电话：“四、咨询电话：聊城市医疗保障局 0635-8261234。”',
    '引号里是通知的原话，本应用没有核对过。',
    '有疑问打电话问聊城市医疗保障局：0635-8261234',
    '打开下面的链接，把这份通知粘贴进去，按孩子的情况查看要做的每一步：',
    LINK,
  ]);
  // The link is the app's paste form: nothing of the letter, nor the school, goes into it.
  await expect(page.getByTestId('school-link')).toHaveText(LINK);
  await expectNoA11yViolations(page);
  requests.expectNoExternalRequests();
});

test('a pasted letter: 复制消息 puts the whole message, ending in the /letter link, on the clipboard', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await pasteLetter(page, letter('official-notice.txt'));
  const message = await page.getByLabel('班级群消息').inputValue();
  await page.getByRole('button', { name: '复制消息' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制消息' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(message);
  expect(copied.split('\n').at(-1)).toBe(LINK);
  expect(copied).toContain('摘自学校通知（2027年度）：');
});

test('a pasted letter: the printed notice states the letter’s facts, the number and the /letter link, on one A4 page', async ({ page }) => {
  await pasteLetter(page, letter('official-notice.txt'));
  await expect(page.locator('.school-notice img.qr')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const notice = page.locator('.school-notice');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('button', { name: '复制消息' })).toBeHidden();
  await expect(notice.getByRole('heading', { level: 2 })).toHaveText('聊城实验小学 三年级2班 发来的参保指引');
  await expect(notice.getByRole('heading', { level: 3 })).toHaveText('摘自学校通知（2027年度）：');
  await expect(notice).toContainText('缴费金额：“二、2027年度个人缴费标准为每人每年400元。”');
  await expect(notice).toContainText('（还剩 97 天，按2026年11月23日算）');
  await expect(notice).toContainText('支付宝搜索“山东税务”小程序→选择“社保费缴纳”');
  await expect(notice).toContainText('有疑问打电话问聊城市医疗保障局：0635-8261234');
  await expect(notice.locator('.notice-link')).toHaveText(LINK);
  // Nothing of our own 2024学年 data for 聊城 is mixed in: the notice is the letter's.
  await expect(notice).not.toContainText('¥360');
  await expectNoA11yViolations(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('a letter asking parents to transfer money to the teacher gets no message, with the reason and 12393', async ({ page }) => {
  await pasteLetter(page, letter('pay-teacher.txt'));
  const refused = page.getByTestId('school-letter-blocked');
  await expect(refused).toContainText('这份通知不能生成班级消息');
  await expect(refused).toContainText('通知里要求把钱转给个人，或者通过本应用认不出的网址、二维码缴费');
  await expect(refused).toContainText('居民医保费由税务部门征收');
  await expect(refused).toContainText('付款前先向当地医保局或12393核实');
  await expect(refused).toContainText('有疑问打 12393（全国医保服务热线）');
  // Each of the letter's requests is shown as text, never as a link.
  await expect(refused).toContainText('请直接把400元转账给班主任个人微信');
  await expect(refused.getByRole('link')).toHaveCount(0);
  await expect(page.getByLabel('班级群消息')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '复制消息' })).toHaveCount(0);
  await expect(page.locator('.school-notice')).toHaveCount(0);
  await expectNoA11yViolations(page);
});
