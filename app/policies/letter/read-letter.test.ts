// The reader as tables: a letter (a fixture of a real style, or one line) → the facts a parent would be shown, each
// with the letter's own sentence. Values are checked without their quotes; the quotes are checked apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterFact, LetterReading } from './letter-types.ts';
import { LETTER_MAX_CHARS } from './letter-types.ts';
import { readLetter } from './read-letter.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** A fact's values, without its quote (and without the long texts that are the quote itself). */
function values(fact: LetterFact): Record<string, unknown> {
  const { quote: _q, at: _a, ...rest } = fact;
  if (rest.kind === 'stop-other' || rest.kind === 'residency') return { kind: rest.kind };
  if (rest.kind === 'funded') return { kind: rest.kind };
  return rest;
}
const facts = (reading: LetterReading) => reading.facts.map(values);

describe('fixtures: each style of letter → its facts', () => {
  it.each<[string, string | undefined, Record<string, unknown>[]]>([
    [
      'plain.txt',
      '2027年度',
      [
        { kind: 'policy-year', label: '2027年度' },
        { kind: 'subsidy', amountFen: 70000 },
        { kind: 'fee', amountFen: 40000 },
        { kind: 'window', from: '2026-09-01', to: '2026-12-31', label: '缴费时间' },
        {
          kind: 'channel',
          name: '云溪税务',
          steps: ['微信搜索“云溪税务”小程序', '点击“城乡居民医保缴费”', '输入孩子身份证号', '确认信息后支付'],
        },
        { kind: 'channel', name: '社保费缴纳', steps: ['打开支付宝', '搜索“社保费缴纳”', '选择云溪市', '完成缴费'] },
        { kind: 'coverage', from: '2027-01-01', to: '2027-12-31' },
        { kind: 'benefit', care: 'inpatient', what: 'deductible', amountFen: 30000 },
        { kind: 'benefit', care: 'inpatient', what: 'ratio', percent: 70 },
        { kind: 'benefit', care: 'inpatient', what: 'cap', amountFen: 15000000 },
        { kind: 'funded' },
        { kind: 'phone', number: '5201234', areaCode: '0739', name: '云溪市医疗保障局' },
        { kind: 'phone', number: '5207788', areaCode: '0739', name: '国家税务总局云溪市税务局' },
      ],
    ],
    [
      // Emoji headings, the article's chrome, an example calculation, a split of the fee and an allowance: only the
      // fee, the window under its 📅 heading, the steps, and the phones are facts.
      'wechat-article.txt',
      '2027年度',
      [
        { kind: 'policy-year', label: '2027年度' },
        { kind: 'fee', amountFen: 40000 },
        { kind: 'window', from: '2026-09-01', to: '2026-12-31' },
        {
          kind: 'channel',
          name: '湘税社保',
          steps: [
            '打开微信',
            '搜索“湘税社保”小程序',
            '点击“城乡居民医保缴费”',
            '输入孩子身份证号',
            '确认缴费信息',
            '选择缴费年度2027',
            '点击“确认缴费”',
            '完成支付',
          ],
        },
        { kind: 'phone', number: '84561234', areaCode: '0731', name: '石桥镇医保服务站' },
        { kind: 'phone', number: '12393', name: '全国医保服务热线' },
      ],
    ],
    [
      // A window that crosses New Year (至次年2月28日): the letter fixes both years.
      'notice-crossing-year.txt',
      '2027年度',
      [
        { kind: 'policy-year', label: '2027年度' },
        { kind: 'residency' },
        { kind: 'window', from: '2026-11-01', to: '2027-02-28', label: '2027年度居民医保集中缴费期' },
        { kind: 'fee', amountFen: 40000 },
        { kind: 'funded' },
        { kind: 'coverage', from: '2027-01-01', to: '2027-12-31' },
        { kind: 'newborn', days: 90 },
        { kind: 'stop-other' },
        { kind: 'phone', number: '5201234', areaCode: '0795', name: '青峰县医疗保障局' },
        { kind: 'phone', number: '5207788', areaCode: '0795', name: '国家税务总局青峰县税务局' },
        { kind: 'phone', number: '12366', name: '纳税服务热线' },
      ],
    ],
    [
      // Lines broken mid-sentence by a PDF copy; 不低于700元 is a floor, not the subsidy.
      'pdf-copy.txt',
      '2027年度',
      [
        { kind: 'policy-year', label: '2027年度' },
        { kind: 'fee', amountFen: 41000 },
        { kind: 'window', from: '2026-10-08', to: '2026-12-31', label: '集中缴费期' },
        {
          kind: 'channel',
          name: '湘税社保',
          steps: ['打开微信', '搜索“湘税社保”小程序', '点击“城乡居民医保缴费”', '选择缴费年度', '确认后支付'],
        },
        { kind: 'phone', number: '8321234', areaCode: '0738', name: '松阳县医疗保障局' },
        { kind: 'phone', number: '8325678', areaCode: '0738', name: '县税务局' },
      ],
    ],
    [
      // A benefit table: each row's figures take their column's meaning and the row's level.
      'benefit-guide.txt',
      '2027年度',
      [
        { kind: 'policy-year', label: '2027年度' },
        { kind: 'fee', amountFen: 38000, who: '学生儿童' },
        { kind: 'deadline', date: '2026-12-31', label: '截止日期' },
        { kind: 'channel', name: '国家医保服务平台', steps: ['可通过“国家医保服务平台”APP或当地医保经办窗口缴费'] },
        { kind: 'benefit', care: 'inpatient', what: 'deductible', amountFen: 20000, level: '一级' },
        { kind: 'benefit', care: 'inpatient', what: 'ratio', percent: 85, level: '一级' },
        { kind: 'benefit', care: 'inpatient', what: 'deductible', amountFen: 50000, level: '二级' },
        { kind: 'benefit', care: 'inpatient', what: 'ratio', percent: 75, level: '二级' },
        { kind: 'benefit', care: 'inpatient', what: 'deductible', amountFen: 100000, level: '三级' },
        { kind: 'benefit', care: 'inpatient', what: 'ratio', percent: 60, level: '三级' },
        { kind: 'benefit', care: 'inpatient', what: 'cap', amountFen: 20000000 },
        { kind: 'benefit', care: 'outpatient', what: 'ratio', percent: 60 },
        { kind: 'benefit', care: 'outpatient', what: 'cap', amountFen: 30000 },
        { kind: 'benefit', care: 'critical', what: 'threshold', amountFen: 1500000 },
        { kind: 'benefit', care: 'critical', what: 'cap', amountFen: 40000000 },
        { kind: 'phone', number: '7651234', name: '城关镇公共服务中心' },
      ],
    ],
    [
      // Pay a teacher, an account, a link, a QR code: warnings only, never a channel.
      'transfer-to-teacher.txt',
      undefined,
      [{ kind: 'fee', amountFen: 40000 }],
    ],
  ])('%s', (name, policyYear, expected) => {
    const reading = readLetter(fixture(name));
    expect(reading.isLetter).toBe(true);
    expect(reading.policyYear).toBe(policyYear);
    expect(facts(reading)).toEqual(expected);
  });

  it('the transfer message gives one warning of each kind, each with its sentence', () => {
    const reading = readLetter(fixture('transfer-to-teacher.txt'));
    expect(reading.warnings.map((w) => [w.kind, w.quote])).toEqual([
      ['pay-person', '为方便大家，请把400元医保费直接微信转账给班主任李老师，由老师统一缴纳。'],
      ['account', '不方便微信的，也可以转入以下账户：户名 李某某，卡号 6222 0212 3456 7890 123。'],
      ['link', '或者点击链接 http://yibao-pay.cn/pay 填写孩子信息缴费，也可长按识别下方二维码缴费。'],
      ['qr-code', '或者点击链接 http://yibao-pay.cn/pay 填写孩子信息缴费，也可长按识别下方二维码缴费。'],
    ]);
    expect(reading.facts.some((f) => f.kind === 'channel')).toBe(false);
  });

  it.each([
    ['heating-fee.txt', 'other-topic'],
    ['news-page.txt', 'other-topic'],
    ['employee-insurance.txt', 'employee-insurance'],
  ] as const)('%s is not a letter (%s) and nothing is pulled from it', (name, why) => {
    const reading = readLetter(fixture(name));
    expect(reading).toMatchObject({ isLetter: false, notLetter: why, facts: [], warnings: [] });
  });

  it('quotes the row of a table (a phone under its office, a benefit row)', () => {
    const reading = readLetter(fixture('benefit-guide.txt'));
    const row = reading.facts.find((f) => f.kind === 'benefit' && f.level === '二级');
    expect(row?.quote).toBe('二级医院 500元 75%');
  });
});

const one = (text: string) => facts(readLetter(`城乡居民医保参保缴费通知\n${text}`)).filter((f) => f.kind !== 'policy-year');

describe('one sentence → its facts', () => {
  it.each<[string, string, Record<string, unknown>[]]>([
    // Money: 元, 万元, 1.1万, full-width digits and punctuation.
    ['元', '个人缴费标准为每人每年380元。', [{ kind: 'fee', amountFen: 38000 }]],
    ['full width', '个人缴费标准为每人每年３８０元。', [{ kind: 'fee', amountFen: 38000 }]],
    ['万元', '住院年度最高支付限额为15万元。', [{ kind: 'benefit', care: 'inpatient', what: 'cap', amountFen: 15000000 }]],
    [
      '1.1万',
      '大病保险：个人负担超过1.1万以上的部分可以报销。',
      [{ kind: 'benefit', care: 'critical', what: 'threshold', amountFen: 1100000 }],
    ],
    ['upTo', '住院报销比例最高可达90%。', [{ kind: 'benefit', care: 'inpatient', what: 'ratio', percent: 90, upTo: true }]],
    [
      'level',
      '在乡镇卫生院住院的，起付线100元。',
      [{ kind: 'benefit', care: 'inpatient', what: 'deductible', amountFen: 10000, level: '乡镇卫生院' }],
    ],
    // Dates: with a year, without one (never guessed), 12月底, (含)前.
    [
      'a window with years',
      '缴费时间：2026年9月1日—2026年12月31日。',
      [{ kind: 'window', from: '2026-09-01', to: '2026-12-31', label: '缴费时间' }],
    ],
    ['a window without a year', '集中缴费期为11月1日至12月底。', [{ kind: 'window', from: '--11-01', to: '--12-31', label: '集中缴费期' }]],
    ['(含)前', '个人缴费请于12月31日(含)前完成。', [{ kind: 'deadline', date: '--12-31', label: '个人缴费' }]],
    ['ISO dates', '缴费时间为2026-09-01至2026-12-31。', [{ kind: 'window', from: '2026-09-01', to: '2026-12-31', label: '缴费时间' }]],
    [
      'a year from the range',
      '缴费时间为2026年11月1日至2月28日。',
      [{ kind: 'window', from: '2026-11-01', to: '2027-02-28', label: '缴费时间' }],
    ],
    ['coverage, never a window', '待遇享受期为2027年1月1日至12月31日。', [{ kind: 'coverage', from: '2027-01-01', to: '2027-12-31' }]],
    // Phones.
    ['(0738)', '咨询电话：县医保局（0738）8321234。', [{ kind: 'phone', number: '8321234', areaCode: '0738', name: '县医保局' }]],
    ['0795-', '咨询电话：县医疗保障局0795-5201234。', [{ kind: 'phone', number: '5201234', areaCode: '0795', name: '县医疗保障局' }]],
    ['0716—', '咨询电话：市税务局0716—8123457。', [{ kind: 'phone', number: '8123457', areaCode: '0716', name: '市税务局' }]],
    ['12393', '也可拨打医保服务热线12393咨询。', [{ kind: 'phone', number: '12393', name: '医保服务热线' }]],
    ['bare, beside an office', '城关镇公共服务中心 8761233', [{ kind: 'phone', number: '8761233', name: '城关镇公共服务中心' }]],
    // Lists: ①, （一）, →.
    [
      '① and →',
      '① 打开支付宝→搜索“社保费缴纳”→选择城市→完成缴费。',
      [{ kind: 'channel', name: '社保费缴纳', steps: ['打开支付宝', '搜索“社保费缴纳”', '选择城市', '完成缴费'] }],
    ],
    ['（一）', '（一）缴费标准：个人缴费每人每年400元。', [{ kind: 'fee', amountFen: 40000 }]],
    // A number that does not say what it is is no fact.
    ['an example', '例如：住院花费10000元，起付线500元，报销比例70%，可报销6650元。', []],
    ['a split of the fee', '个人缴费400元中，64元+256元用于大病保险。', []],
    ['an allowance', '生育津贴每月3000元。', []],
    ['a post date', '发布时间：2026年9月12日', []],
    ['a count', '全县共有学生1.2万人参保。', []],
    // Two readings: no value, the sentence under its topic.
    [
      'a share above 100 % is no fact, and the shares after it keep their level',
      '在一、二、三级医院发生的住院医疗费用，报销比例分别为80%、709%、60%。',
      [
        { kind: 'benefit', care: 'inpatient', what: 'ratio', percent: 80, level: '一级' },
        { kind: 'benefit', care: 'inpatient', what: 'ratio', percent: 60, level: '三级' },
      ],
    ],
    ['two fees', '个人缴费标准为每人每年380元或400元。', [{ kind: 'unclear', topic: 'fee' }]],
    ['a vague date', '缴费截止时间为12月中旬。', [{ kind: 'unclear', topic: 'window' }]],
  ])('%s', (_name, text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it('names the groups when one sentence gives each its own fee', () => {
    expect(one('中小学生个人缴费每人每年380元，大学生个人缴费每人每年400元。')).toEqual([
      { kind: 'fee', amountFen: 38000, who: '中小学生' },
      { kind: 'fee', amountFen: 40000, who: '大学生' },
    ]);
  });
});

describe('what is not a letter, and what is too long', () => {
  it('an empty or blank text', () => {
    expect(readLetter('')).toMatchObject({ isLetter: false, notLetter: 'empty' });
    expect(readLetter(' \n\u200b\t ')).toMatchObject({ isLetter: false, notLetter: 'empty' });
  });

  it('above LETTER_MAX_CHARS: too long, nothing read, the text kept whole', () => {
    const text = '城乡居民医保个人缴费每人每年400元。'.repeat(2000).slice(0, LETTER_MAX_CHARS + 1);
    const reading = readLetter(text);
    expect(reading).toMatchObject({ isLetter: false, notLetter: 'too-long', facts: [], warnings: [] });
    expect(reading.text).toBe(text);
  });

  it('at LETTER_MAX_CHARS: read', () => {
    const text = '城乡居民医保个人缴费每人每年400元。'.repeat(2000).slice(0, LETTER_MAX_CHARS);
    expect(readLetter(text).isLetter).toBe(true);
  });
});
