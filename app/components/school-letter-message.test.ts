// The class message a teacher makes from this year's letter: the letter's sentences quoted under 摘自学校通知, the
// days left on a fixed day, the letter's number (else 12393), the /letter link; a letter with warnings gets none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import en from '../i18n/en.json';
import letterEn from '../i18n/letter.en.json';
import { loadLetterWords } from '../i18n/letter-words.ts';
import { readLetter } from '../policies/letter/read-letter.ts';
import { letterPolicy } from '../policies/letter/letter-policy.ts';
import { schoolLetterFacts } from '../policies/plan/school-letter-facts.ts';
import { letterBlockedLines, schoolLetterLines, schoolLetterMessage } from './school-letter-message.ts';

const t = i18n.t.bind(i18n);
beforeAll(() => loadLetterWords('zh-Hans'));
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../policies/letter/fixtures', name), 'utf8');
const LINK = 'http://127.0.0.1:4173/letter';
const SCHOOL = '云溪市实验小学 三年级2班';

function factsOf(text: string, today: string) {
  const reading = readLetter(text);
  expect(reading.isLetter).toBe(true);
  return { reading, facts: schoolLetterFacts(letterPolicy(reading, today), reading.warnings, today) };
}

function messageOf(text: string, today: string, translate: TFunction = t): string {
  const { facts } = factsOf(text, today);
  if (facts.blocked) throw new Error('blocked');
  return schoolLetterMessage(translate, facts, SCHOOL, LINK, today);
}

describe('a class message from a letter', () => {
  it('plain.txt on 2026-12-05: the school, 摘自学校通知 with the year, each fact as the letter says it, the number, the link', () => {
    expect(messageOf(fixture('plain.txt'), '2026-12-05').split('\n')).toEqual([
      '【云溪市实验小学 三年级2班】学生医保参保提醒',
      '摘自学校通知（2027年度）：',
      '· 缴费金额：“一、缴费标准：2027年度个人缴费标准为每人每年400元，财政补助标准为每人每年700元。”',
      '· 日期：“二、缴费时间：2026年9月1日至2026年12月31日。”（还剩 26 天，按2026年12月5日算）',
      '· 缴费方式：“1. 微信搜索“云溪税务”小程序，点击“城乡居民医保缴费”，输入孩子身份证号，确认信息后支付。”',
      '· 缴费方式：“2. 打开支付宝，搜索“社保费缴纳”，选择云溪市，完成缴费。”',
      '· 电话：“咨询电话：云溪市医疗保障局（0739）5201234；”',
      '· 电话：“国家税务总局云溪市税务局0739-5207788。”',
      '引号里是通知的原话，本应用没有核对过。',
      '有疑问打电话问云溪市医疗保障局：0739-5201234',
      '打开下面的链接，把这份通知粘贴进去，按孩子的情况查看要做的每一步：',
      LINK,
    ]);
  });

  it.each(['plain.txt', 'wechat-article.txt', 'notice-crossing-year.txt', 'pdf-copy.txt', 'benefit-guide.txt'])(
    '%s: every quoted line is the letter’s words verbatim; the link carries nothing of the letter',
    (name) => {
      const { reading, facts } = factsOf(fixture(name), '2026-12-05');
      if (facts.blocked) throw new Error('blocked');
      const message = schoolLetterMessage(t, facts, SCHOOL, LINK, '2026-12-05');
      const quotes = [...message.matchAll(/^· [^：]+：“([\s\S]*?)”(?:（[^）]*）)?$/gm)].map((m) => m[1]!);
      expect(quotes.length).toBeGreaterThanOrEqual(3);
      for (const quote of quotes) expect(reading.text).toContain(quote);
      expect(message.split('\n')[1]).toMatch(/^摘自学校通知（\d{4}年度）：$/);
      expect(message.split('\n').at(-1)).toBe(LINK);
      expect(message).toMatch(/^有疑问打电话问.+：[\d-]+$/m);
      expect(message).not.toMatch(/\{\{|\}\}|undefined|NaN/);
    },
  );

  it.each<[string, string]>([
    ['2026-08-20', '（还有 12 天开始，按2026年8月20日算）'],
    ['2026-12-31', '（今天是最后一天，按2026年12月31日算）'],
    ['2027-01-05', '（已经过了，按2027年1月5日算）'],
  ])('days left are counted from the day the message is made: %s', (today, status) => {
    expect(messageOf(fixture('plain.txt'), today)).toContain(`· 日期：“二、缴费时间：2026年9月1日至2026年12月31日。”${status}`);
  });

  it('a date the letter gives without a year: the app says which one it counts to', () => {
    const letter = '各位家长：2027年度城乡居民医保个人缴费标准为每人每年400元。缴费截止时间为12月20日。';
    expect(messageOf(letter, '2026-12-05')).toContain('（通知没有写年份，按2026年12月20日算）（还剩 15 天，按2026年12月5日算）');
  });

  it('a sentence with the fee and the dates is quoted once; the dates line points up with the days left', () => {
    const sentence = '2027年度城乡居民医保个人缴费标准为每人每年400元，缴费时间为2026年9月1日至2026年12月31日。';
    const message = messageOf(`各位家长：${sentence}`, '2026-12-05');
    expect(message.split('每人每年400元，缴费时间为2026年9月1日至2026年12月31日').length - 1).toBe(1);
    expect(message).toContain('· 日期：见上一句（还剩 26 天，按2026年12月5日算）');
  });

  it('no phone in the letter: 12393, said to be the national hotline, with N2 explaining it; silent points say so', () => {
    const letter = '各位家长：2027年度城乡居民医保个人缴费标准为每人每年400元，缴费时间为2026年9月1日至2026年12月31日。';
    const lines = messageOf(letter, '2026-12-05').split('\n');
    expect(lines).toContain('有疑问打 12393（全国医保服务热线）');
    expect(lines).toContain(`通知里没有写电话。${t('national.N2')}`);
    expect(lines).toContain('· 缴费方式：用什么渠道缴费（通知没有写），请问学校（发通知的老师）');
  });

  it('in English the app’s words are English and the letter’s stay as written', () => {
    const instance = i18next.createInstance();
    void instance.init({
      lng: 'en',
      resources: { en: { translation: en, letter: letterEn } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    const message = messageOf(fixture('plain.txt'), '2026-12-05', instance.getFixedT('en'));
    expect(message.split('\n')[1]).toBe("From the school's letter (2027年度):");
    expect(message).toContain('· Fee: “一、缴费标准：2027年度个人缴费标准为每人每年400元，财政补助标准为每人每年700元。”');
    expect(message).toContain('0739-5201234');
    expect(message).not.toMatch(/缴费金额|摘自|有疑问/);
  });
});

describe('a letter with warnings gets no message', () => {
  it('transfer-to-teacher.txt: blocked, each warning kept, N5 and 12393 said instead', () => {
    const { facts } = factsOf(fixture('transfer-to-teacher.txt'), '2026-12-05');
    expect(facts.blocked).toBe(true);
    if (!facts.blocked) return;
    expect(new Set(facts.warnings.map((w) => w.kind))).toEqual(new Set(['pay-person', 'account', 'link', 'qr-code']));
    const lines = letterBlockedLines(t, facts);
    expect(lines[0]).toContain('本应用不会把它写进班级消息');
    expect(lines).toContain(t('national.N5'));
    expect(t('national.N5')).toContain('税务部门征收');
    expect(lines).toContain('有疑问打 12393（全国医保服务热线）');
    // The letter's own number is not offered: the letter is the thing to check.
    expect(lines.join('\n')).not.toMatch(/6222|yibao-pay/);
  });

  it('one warning is enough: a letter otherwise clean but with an unknown link', () => {
    const letter =
      '各位家长：2027年度城乡居民医保个人缴费标准为每人每年400元，缴费时间为2026年9月1日至2026年12月31日。缴费请点击 http://pay.example.cn/x 填写。';
    const { facts } = factsOf(letter, '2026-12-05');
    expect(facts.blocked && facts.warnings.map((w) => w.kind)).toEqual(['link']);
  });

  it('a clean letter is not blocked', () => {
    const { facts } = factsOf(fixture('plain.txt'), '2026-12-05');
    expect(facts.blocked).toBe(false);
    if (!facts.blocked) expect(schoolLetterLines(t, facts, '2026-12-05').length).toBe(6);
  });
});
