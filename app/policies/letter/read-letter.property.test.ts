// Properties of the reader over any text: it never throws, every quote is the cleaned text at its place, and every
// value is written in its quote (so no figure, date or number reaches a parent without the words it came from).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LetterFact, LetterReading } from './letter-types.ts';
import { plainForm, readLetter } from './read-letter.ts';

// Pieces real letters are made of, so random texts reach every reader (money, dates, phones, lists, tables).
const PIECES = [
  '城乡居民医保',
  '居民医保',
  '职工医保',
  '个人缴费',
  '缴费标准',
  '每人每年',
  '财政补助',
  '住院',
  '普通门诊',
  '门诊慢特病',
  '大病保险',
  '意外伤害',
  '起付线',
  '报销比例',
  '最高支付限额',
  '高达',
  '一级',
  '二级',
  '三级',
  '乡镇卫生院',
  '超过',
  '以上',
  '以下',
  '元',
  '万元',
  '万',
  '%',
  '％',
  '1.1',
  '380',
  '４００',
  '2026',
  '年',
  '月',
  '日',
  '底',
  '中旬',
  '次年',
  '至',
  '—',
  '-',
  '(含)',
  '前',
  '起',
  '待遇享受期',
  '集中缴费期',
  '缴费时间',
  '：',
  ':',
  '，',
  '。',
  '；',
  '、',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '（0738）',
  '0795-',
  '8321234',
  '12393',
  '12366',
  '电话',
  '医疗保障局',
  '服务中心',
  '第一步',
  '①',
  '（一）',
  '1.',
  '→',
  '“',
  '”',
  '微信',
  '支付宝',
  '搜索',
  '点击',
  '小程序',
  '停保',
  '出生',
  '90天内',
  '全额资助',
  '非本市户籍',
  '例如',
  '+',
  '或',
  '转账给',
  '老师',
  '账号',
  '6222 0212 3456 7890',
  'http://',
  '.cn',
  '二维码',
  '关注',
  '阅读原文',
  '往期推荐',
  '📢',
  '👨‍👩‍👧',
  '\u200b',
  '\u202e',
  '\ud800',
  '热费',
  '表',
  '医院级别\t起付线\t报销比例',
];
const noise = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(''));
// A sentence that states something: words that say what, then a figure, a date or a number, then its end.
const amount = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.constantFrom('', '.5', '.05')).map(([n, d]) => `${n}${d}`);
const date = fc
  .tuple(fc.option(fc.integer({ min: 2020, max: 2030 })), fc.integer({ min: 0, max: 13 }), fc.option(fc.integer({ min: 0, max: 32 })))
  .map(([y, m, d]) => `${y === null ? '' : `${y}年`}${m}月${d === null ? '底' : `${d}日`}`);
const value = fc.oneof(
  fc.tuple(amount, fc.constantFrom('元', '万元', '万', '%', '％')).map(([n, u]) => n + u),
  fc.tuple(date, fc.constantFrom('至', '—', '-', '到'), fc.oneof(date, fc.constant('次年2月28日'))).map((p) => p.join('')),
  fc.tuple(date, fc.constantFrom('(含)前', '前', '起', '开始')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('（0738）', '0795-', '0716—', ''), fc.integer({ min: 1_000_000, max: 99_999_999 })).map((p) => p.join('')),
  fc.constantFrom('12393', '12366', '90天(含)内', '“湘税社保”小程序→点击“缴费”'),
);
const SAYS = [
  '个人缴费标准为每人每年',
  '财政补助',
  '中小学生个人缴费',
  '大学生个人缴费',
  '住院起付线',
  '住院报销比例高达',
  '普通门诊最高支付限额',
  '一级医院',
  '大病保险个人负担超过',
  '缴费时间：',
  '集中缴费期为',
  '待遇享受期为',
  '咨询电话：县医疗保障局',
  '新生儿出生后',
  '第一步：打开微信，搜索',
  '例如：',
  '个人缴费',
  '或',
];
const sentence = fc
  .tuple(fc.constantFrom(...SAYS), value, fc.constantFrom('。', '，', '；', '\n', '', '以上的部分。'))
  .map((p) => p.join(''));
const letterish = fc
  .array(fc.oneof(sentence, sentence, noise), { maxLength: 20 })
  .map((parts) => `城乡居民医保参保缴费通知\n${parts.join('')}`);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), letterish);

const digits = (s: string) => plainForm(s).replace(/\D/g, '');

/** Whether a fact's values are written in its quote. */
function valuesInQuote(fact: LetterFact): boolean {
  const q = plainForm(fact.quote);
  const number = (n: number) => q.includes(String(n));
  const money = (fen: number) => fen === 0 || number(fen / 100) || number(fen / 1_000_000);
  const date = (d: string) => {
    const [month, day] = [Number(d.slice(-5, -3)), Number(d.slice(-2))];
    const year = d.startsWith('--') ? undefined : d.slice(0, 4);
    return (
      (new RegExp(`(?<!\\d)0?${month}\\s*(?:月|[-./])`).test(q) || q.includes(`-${String(month).padStart(2, '0')}-`)) &&
      (new RegExp(`(?<!\\d)0?${day}(?!\\d)`).test(q) || /底|末/.test(q) || day === 1 || day >= 28) &&
      (year === undefined || q.includes(year) || /次年|翌年/.test(q) || /\d{4}/.test(q))
    );
  };
  switch (fact.kind) {
    case 'fee':
    case 'subsidy':
      return money(fact.amountFen) && (fact.kind === 'subsidy' || !fact.who || q.includes(fact.who));
    case 'benefit':
      return (fact.amountFen === undefined || money(fact.amountFen)) && (fact.percent === undefined || number(fact.percent));
    case 'window':
    case 'coverage':
      return date(fact.from) && (fact.to === undefined || date(fact.to));
    case 'deadline':
      return date(fact.date);
    case 'phone':
      return digits(fact.quote).includes(fact.number) && (!fact.areaCode || q.includes(fact.areaCode));
    case 'channel':
      return q.includes(plainForm(fact.name)) && fact.steps.every((s) => fact.quote.includes(s));
    case 'newborn':
      return number(fact.days);
    case 'policy-year':
      return fact.quote.includes(fact.label);
    case 'funded':
      return fact.quote.includes(fact.groups);
    case 'stop-other':
    case 'residency':
      return fact.quote.includes(fact.text);
    case 'unclear':
      return true;
  }
}

function quotesInPlace(reading: LetterReading): boolean {
  return [...reading.facts, ...reading.warnings].every(
    (f) => f.quote.length > 0 && reading.text.slice(f.at, f.at + f.quote.length) === f.quote,
  );
}

describe('readLetter over any text', () => {
  it('never throws, and gives a reading of the right shape', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const reading = readLetter(text);
        expect(typeof reading.isLetter).toBe('boolean');
        if (!reading.isLetter) expect(reading.facts).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('every quote is the cleaned text at its place', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(quotesInPlace(readLetter(text))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('every value is written in its quote', () => {
    fc.assert(
      fc.property(letterish, (text) => {
        const bad = readLetter(text).facts.filter((f) => !valuesInQuote(f));
        expect(bad).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the quotes never hold control, bidi or zero-width characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const f of readLetter(text).facts) expect(f.quote).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u200b\u202a-\u202e\ufeff]/);
      }),
      { numRuns: 200 },
    );
  });
});
