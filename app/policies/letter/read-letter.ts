// Reads a school's 医保 letter (pasted text) into facts, each with the letter's own sentence as its quote. Pure: no
// React, no DOM, no network. The reader is deliberately cautious: a number becomes a fact only in a sentence that
// says what it is, a year only where the letter fixes it, and a sentence that reads two ways gives no value at all.
import { cleanLines } from '../common/clean-text.ts';
import type { Care, LetterDate, LetterFact, LetterLevel, LetterReading, LetterWarning } from './letter-types.ts';
import { LETTER_MAX_CHARS } from './letter-types.ts';

// ---------------------------------------------------------------------------------------------------------------
// Text: cleaned (as every input is), lines broken by a PDF copy joined, and a same-length "plain" shadow in which
// full-width digits, letters and punctuation are their ASCII forms, so one set of patterns reads both and every
// index found in the shadow is an index into the text the quotes are taken from.

/** Sentence-ending punctuation, in the plain shadow. */
const END = /[。!?;]/;
const LIST_MARKER =
  /^(?:\d{1,2}\s*[.、)．]|[①-⑳]|\(?[一二三四五六七八九十]{1,3}[)、]|第[一二三四五六七八九十\d]{1,3}[步条点项]|[→•·▪●■◆★☆※>-]|[\p{Extended_Pictographic}])/u;

/** A full-width form (U+FF01–FF5E) as its ASCII character; the ideographic space as a space. Same length. */
export function plainForm(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
  }
  // In chunks: String.fromCharCode takes its codes as arguments, and a call has a limit on how many.
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/**
 * Joins the lines a PDF copy breaks mid-sentence. Such a copy breaks at one width: when at least three lines that do
 * not end a sentence share a length, each line of that length (give or take one) that does not end a sentence is
 * joined to the next, unless the next is a list item or heading. Titles, table cells and short lines stay apart.
 */
function joinBrokenLines(text: string): string {
  const lines = text.split('\n');
  // A PDF breaks a sentence between two of its characters: the line ends in a Han character or a comma.
  const open = (line: string) => line.length >= 12 && /[\p{Script=Han}，、]$/u.test(line);
  const byLength = new Map<number, number>();
  for (const line of lines) if (open(line)) byLength.set(line.length, (byLength.get(line.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [length, n] of byLength) {
    const near = n + (byLength.get(length - 1) ?? 0) + (byLength.get(length + 1) ?? 0);
    if (near > most || (near === most && length > width)) [width, most] = [length, near];
  }
  if (most < 3 || width < 20) return text;
  const out: string[] = [];
  let joinNext = false;
  for (const line of lines) {
    // A salutation (各位家长：) is a line of its own, and so is the title before it.
    const own = line.length === 0 || LIST_MARKER.test(plainForm(line)) || (line.length <= 20 && /[：:]$/.test(line));
    if (joinNext && !own) out[out.length - 1] += line;
    else out.push(line);
    // Digits and Latin letters are half as wide, so a full line of them holds more characters.
    joinNext = out.length > 1 && open(line) && line.length >= width - 3;
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Topic: is this about 居民医保 at all?

const RESIDENT =
  /城乡居民(?:基本)?医(?:疗)?保|居民(?:基本)?医(?:疗)?保|居民医疗保险|学生(?:儿童)?(?:基本)?医(?:疗)?保|少儿医保|学生医疗保险/g;
const EMPLOYEE = /职工(?:基本)?医(?:疗)?保|职工医疗保险/g;
const ENROL = /参保|缴费|报销|医保费/g;
/** A sentence about something else (heating, utilities, a worker's own insurance): never a fact. */
const OTHER_TOPIC = /热费|采暖|供暖|热力|燃气费|水费|电费|物业费|生育津贴|生育保险|养老保险|工伤/;

function count(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Chrome: what a WeChat article or a web page wraps around a letter. Never a fact.

/** A line from which on nothing is the letter (recommendations, comments, credits). */
const TAIL =
  /^(?:往期推荐|往期回顾|往期精彩|相关推荐|相关阅读|推荐阅读|热门推荐|为您推荐|您可能也感兴趣|原创文章|发表回复|最近更新|上一篇|下一篇|-*\s*(?:END|完)\s*-*$)/u;
const CHROME =
  /^(?:[\p{Extended_Pictographic}\s]*(?:点击|点)?(?:上方|下方|蓝字)?.{0,6}关注.{0,12}$|阅读原文|在看|点赞|分享|收藏|写留言|留言|赞$|阅读\s*\d|\d+\s*人阅读|预览时标签不可点|微信扫一扫|轻点两下取消|继续滑动看下一个|向上滑动看下一个|图片$|\S+\.(?:png|jpe?g|gif|webp)\b|\[image:|【字体|分享到|\(\d+\)$)/iu;

// ---------------------------------------------------------------------------------------------------------------
// Sentences

interface Sentence {
  /** Start and end in the text (quote = text.slice(start, end)). */
  start: number;
  end: number;
  /** The plain shadow of the sentence. */
  s: string;
}

function sentences(plain: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let ended = false;
  while (lineStart <= plain.length && !ended) {
    let lineEnd = plain.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = plain.length;
    const line = plain.slice(lineStart, lineEnd);
    if (TAIL.test(line)) ended = true;
    else if (!CHROME.test(line)) {
      let from = lineStart;
      for (let i = lineStart; i <= lineEnd; i++) {
        if (i === lineEnd || END.test(plain[i]!)) {
          const to = i === lineEnd ? i : i + 1;
          push(from, to);
          from = to;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;

  function push(from: number, to: number) {
    while (from < to && /\s/.test(plain[from]!)) from++;
    while (to > from && /\s/.test(plain[to - 1]!)) to--;
    if (to - from < 2) return;
    out.push({ start: from, end: to, s: plain.slice(from, to) });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

interface Figure {
  /** Index in the sentence. */
  at: number;
  end: number;
  kind: 'money' | 'percent';
  /** Fen for money, whole percent for a share. */
  value: number;
  /** The figure is a bound of a range (以上/以下), part of a bracket table rather than a rule of its own. */
  bound: boolean;
}

const MONEY = /(\d+(?:\.\d+)?)(?:\s*\(含\))?\s*(万元|元|万(?![人户家名个次余多件所]))/g;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

export function figures(s: string): Figure[] {
  const out: Figure[] = [];
  for (const m of s.matchAll(MONEY)) {
    const yuan = Number(m[1]) * (m[2]!.startsWith('万') ? 10_000 : 1);
    const end = m.index + m[0].length;
    const after = s.slice(end, end + 6);
    out.push({ at: m.index, end, kind: 'money', value: Math.round(yuan * 100), bound: /^(?:\(含\))?(?:以上|以下|至|到|-)/.test(after) });
  }
  for (const m of s.matchAll(PERCENT)) {
    out.push({ at: m.index, end: m.index + m[0].length, kind: 'percent', value: Number(m[1]), bound: false });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A sentence that works an example, or splits a sum, rather than stating a rule. */
const EXAMPLE = /例如|比如|举例|假设|假如|如某|计算|算一算|=|×|\*|[元%]\s*\+|\+\s*\d/;
/** Money that is not the insurance's: allowances, rewards, other people's pay. */
const NOT_INSURANCE_MONEY = /津贴|奖励|奖金|工资|补偿金|罚款|营业额|交易|产值|亿/;

// ---------------------------------------------------------------------------------------------------------------
// Dates

interface DatePart {
  year?: number;
  month: number;
  /** Undefined where the letter gives only a month. */
  day?: number;
  /** 底/末: the month's last day. */
  endOfMonth?: boolean;
  /** 上旬/中旬/下旬/初: not a day. */
  vague?: boolean;
  at: number;
  end: number;
}

const DATE_RE =
  /(?:(\d{4})\s*年\s*|(次年|翌年))?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|(底|末|初|上旬|中旬|下旬))?|(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/g;

function dateParts(s: string): DatePart[] {
  const out: DatePart[] = [];
  for (const m of s.matchAll(DATE_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[6]) {
      out.push({ year: Number(m[6]), month: Number(m[7]), day: Number(m[8]), at, end });
      continue;
    }
    // "2023-2024年度" and "第2月" are not dates; a month needs a 月 right after its digits.
    if (at > 0 && /[\d.-]/.test(s[at - 1]!)) continue;
    const month = Number(m[3]);
    if (month < 1 || month > 12) continue;
    const year = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? -1 : undefined; // -1: 次年, resolved below
    const part: DatePart = { month, at, end, ...(year !== undefined ? { year } : {}) };
    if (m[4]) part.day = Number(m[4]);
    if (m[5] === '底' || m[5] === '末') part.endOfMonth = true;
    else if (m[5]) part.vague = true;
    out.push(part);
  }
  return out;
}

function daysIn(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function letterDate(p: DatePart, asEnd: boolean): LetterDate | undefined {
  if (p.vague) return undefined;
  const day = p.day ?? (p.endOfMonth || asEnd ? daysIn(p.month, p.year) : 1);
  if (day < 1 || day > daysIn(p.month, p.year)) return undefined;
  const md = `${String(p.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return p.year !== undefined && p.year > 0 ? `${p.year}-${md}` : `--${md}`;
}

const RANGE_SEP = /^\s*(?:\(含\))?\s*(?:至|到|—+|–|-|~|～|－)\s*$/;

/** Pairs of dates joined as a range; single dates otherwise. Years are carried only inside one range. */
function dateItems(s: string): { from: DatePart; to?: DatePart }[] {
  const parts = dateParts(s);
  const out: { from: DatePart; to?: DatePart }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1];
    if (b && RANGE_SEP.test(s.slice(a.end, b.at))) {
      const from = { ...a };
      const to = { ...b };
      // Within one range the letter fixes the other end's year: the same year, or the next where the range crosses
      // New Year (11月1日至次年1月31日, or 2026年11月1日至1月31日).
      if (to.year === -1) to.year = from.year !== undefined && from.year > 0 ? from.year + 1 : undefined;
      if (to.year === undefined && from.year !== undefined && from.year > 0) to.year = to.month < from.month ? from.year + 1 : from.year;
      if (from.year === undefined && to.year !== undefined && to.year > 0) from.year = from.month > to.month ? to.year - 1 : to.year;
      if (to.year === undefined) delete to.year;
      if (from.year === undefined) delete from.year;
      out.push({ from, to });
      i++;
    } else {
      const single = { ...a };
      if (single.year === -1) delete single.year;
      out.push({ from: single });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Phones

const PHONE_RE =
  /(?:\(\s*(0\d{2,3})\s*\)|(0\d{2,3})\s*[-—–－]+\s*|(?<!\d)(0\d{2,3})\s+)?(?<!\d)(\d{7,8})(?!\d)|(?<!\d)(1239[0-9]|1236[0-9]|12345|12333|12320)(?!\d)|(?<!\d)(1[3-9]\d{9})(?!\d)/g;
const OFFICE_WORD = /局|中心|所|站|办|科|处|医院|卫生院|社区|街道|学校|税务|医保|热线|电话|咨询|窗口|大厅|部门/;

// ---------------------------------------------------------------------------------------------------------------
// Benefits

const CARE_WORDS: [RegExp, Care][] = [
  [/意外伤害/g, 'accident'],
  [/大病保险|大病医保|大病/g, 'critical'],
  [/门诊慢特病|慢特病|特定病种|门特|门慢|慢性病|特殊病/g, 'chronic'],
  [/普通门诊|门诊统筹|门\(急\)诊|门急诊|门诊/g, 'outpatient'],
  [/住院/g, 'inpatient'],
];

/**
 * The kind of care a figure belongs to, from the words before it on its line (a list item may run over several
 * sentences): 意外伤害 and 大病 name all that follows them; else the nearest kind, where a bare 门诊 after a named
 * kind (门诊慢特病：… 门诊发生的…) keeps the named one.
 */
function careAt(before: string): Care | undefined {
  if (/意外伤害/.test(before)) return 'accident';
  if (/大病/.test(before)) return 'critical';
  let best: { i: number; care: Care; generic: boolean } | undefined;
  let named: Care | undefined;
  for (const [re, care] of CARE_WORDS) {
    for (const m of before.matchAll(re)) {
      const generic = m[0] === '门诊';
      if (!best || m.index > best.i) best = { i: m.index, care, generic };
    }
  }
  if (best?.generic) {
    let namedAt = -1;
    for (const [re, care] of CARE_WORDS) {
      for (const m of before.matchAll(re)) {
        if (m[0] !== '门诊' && m.index > namedAt) {
          namedAt = m.index;
          named = care;
        }
      }
    }
    if (named === 'chronic') return named;
  }
  return best?.care;
}

const LEVELS: [RegExp, LetterLevel][] = [
  [/乡镇卫生院/g, '乡镇卫生院'],
  [/社区卫生服务中心/g, '社区卫生服务中心'],
  [/县级/g, '县级'],
  [/市级/g, '市级'],
  [/一级/g, '一级'],
  [/二级/g, '二级'],
  [/三级/g, '三级'],
];

/** The hospital level named in `text` (the nearest to its end); none where it names two side by side (乡镇卫生院、社区卫生服务中心). */
function levelIn(text: string): LetterLevel | undefined {
  let best: { i: number; level: LetterLevel } | undefined;
  const named = new Set<LetterLevel>();
  for (const [re, level] of LEVELS) {
    for (const m of text.matchAll(re)) {
      named.add(level);
      if (!best || m.index > best.i) best = { i: m.index, level };
    }
  }
  if (named.size > 1 && /(?:乡镇卫生院|社区卫生服务中心|一级|二级|三级|县级|市级)[^,;。]{0,4}、/.test(text)) return undefined;
  return best?.level;
}

type What = 'deductible' | 'ratio' | 'cap' | 'threshold';
const WHAT_WORDS: [RegExp, What][] = [
  [/起付(?:线|标准)/g, 'deductible'],
  [/限额|封顶|最高(?:能)?(?:报销|支付)|报销额|最高可报/g, 'cap'],
  [/比例/g, 'ratio'],
];

function whatAt(ctx: string): What | undefined {
  let best: { i: number; what: What } | undefined;
  for (const [re, what] of WHAT_WORDS) {
    for (const m of ctx.matchAll(re)) if (!best || m.index > best.i) best = { i: m.index, what };
  }
  return best?.what;
}

// ---------------------------------------------------------------------------------------------------------------
// Warnings

const LINK = /(?:https?|ftp)\s*:\s*\/\/|www\s*\.|[a-z0-9-]+\.(?:com|cn|net|org|gov|top|vip|xyz|info)(?![a-z])/i;
const QR = /二维码|扫码|扫一扫|识别图中|长按识别/;
const ACCOUNT = /(?:账号|帐号|卡号|账户|帐户|户名|开户行|收款人|收款账)[^。;]{0,12}?\d(?:[\s-]?\d){5,}|(?<!\d)\d(?:[\s-]?\d){14,}(?!\d)/;
const PAY_PERSON =
  /(?:转账|转|付|交|缴)[^。;]{0,10}个人微信|个人微信[^。;]{0,10}(?:转账|收款|付款|缴)|微信转账|转账给|转给|发红包|红包|收款码|(?:转账|转|交|缴|付|发)(?:费用)?(?:给|到|至)[^。;]{0,6}(?:班主任|老师|家委会|个人|我)|(?:班主任|老师|家委会)[^。;]{0,6}(?:代收|代缴|统一收|收取|收齐)/;

const WARNINGS: [LetterWarning['kind'], RegExp][] = [
  ['link', LINK],
  ['qr-code', QR],
  ['account', ACCOUNT],
  ['pay-person', PAY_PERSON],
];

// ---------------------------------------------------------------------------------------------------------------
// Channels

const PLATFORM =
  /微信|支付宝|APP|App|app|小程序|公众号|服务号|银行|电子税务局|税务局|云闪付|粤税通|粤医保|浙里办|国家医保服务平台|掌上|手机银行|网上|线上|窗口|柜台|服务大厅|服务点/;
const STEP_MARKER = /^第[一二三四五六七八九十\d]{1,2}步\s*[:：]?\s*/;
const STEP_VERB =
  /通过|使用|扣费|存足|搜索|点击|选择|进入|下载|关注|登录|注册|打开|填写|输入|确认|完成|缴费|缴纳|支付|绑定|认证|扫|查询|办理|激活/;

function channelName(s: string): string | undefined {
  const quoted = s.match(/“([^”]{2,24})”/)?.[1] ?? s.match(/"([^"]{2,24})"/)?.[1];
  if (quoted && !/-/.test(quoted)) return quoted;
  const m = s.match(/支付宝|微信|云闪付|手机银行|电子税务局|国家医保服务平台|浙里办|粤医保|粤税通|代扣银行|银行/);
  return m?.[0];
}

// ---------------------------------------------------------------------------------------------------------------

function emptyReading(text: string, notLetter: LetterReading['notLetter']): LetterReading {
  return { isLetter: false, ...(notLetter ? { notLetter } : {}), text, facts: [], warnings: [] };
}

export function readLetter(input: string): LetterReading {
  const raw = typeof input === 'string' ? input : '';
  // Too long: nothing is read and the text is kept as it came, so the box still holds every word.
  if (raw.length > LETTER_MAX_CHARS) return emptyReading(raw, 'too-long');
  const text = joinBrokenLines(cleanLines(raw));
  if (!text) return emptyReading(text, 'empty');
  const plain = plainForm(text);

  const list = sentences(plain);
  const body = list.map((x) => x.s).join('\n');
  const resident = count(RESIDENT, body);
  const employee = count(EMPLOYEE, body);
  if (resident === 0 || count(ENROL, body) < 1) {
    return emptyReading(text, employee > 0 ? 'employee-insurance' : 'other-topic');
  }
  if (employee > resident * 2) return emptyReading(text, 'employee-insurance');

  const facts: LetterFact[] = [];
  const warnings: LetterWarning[] = [];
  const quoteOf = (x: Sentence) => ({ quote: text.slice(x.start, x.end), at: x.start });
  let policyYear: string | undefined;
  /** The last office named on a line without a number: a table row's first cell, its phone a few cells on. */
  let lastOffice: { name: string; at: number } | undefined;

  /** The last heading (a short line of its own, 💰缴费标准, 四、大病保险): the topic of the lines under it. */
  let heading = '';
  /** The column words of a table's header row (医院级别 起付线 报销比例), while its rows follow. */
  let tableHeader: string[] | undefined;
  /** Sentences already read as steps of a channel (第一步… 第二步…). */
  let stepsUntil = -1;
  for (let idx = 0; idx < list.length; idx++) {
    const x = list[idx]!;
    const s = x.s;
    const q = quoteOf(x);
    const wholeLine = (x.start === 0 || plain[x.start - 1] === '\n') && (x.end === plain.length || plain[x.end] === '\n');
    const figs = /\d/.test(s) ? figures(s) : [];
    const isHeading = wholeLine && s.length <= 20 && !/[。!?;]$/.test(s) && !figs.length && !/\d{5,}/.test(s);
    if (wholeLine && /\s/.test(s) && (s.match(/起付|比例|限额/g)?.length ?? 0) >= 2 && !figs.length) {
      tableHeader = s.split(/\s+/);
      continue;
    }
    if (!wholeLine || !figs.length || /起付|比例|限额|封顶/.test(s)) tableHeader = undefined;
    if (isHeading && !tableHeader) heading = s;

    // Safety first: a link, a QR code, an account number or a request to pay a person is only ever a warning.
    const found = WARNINGS.filter(([, re]) => re.test(s)).map(([kind]) => kind);
    for (const kind of found) warnings.push({ kind, ...q });
    const unsafe = found.length > 0;

    // A sentence about something else, or about 职工医保 alone (a parent's own insurance), gives no fact.
    if (OTHER_TOPIC.test(s) || (/职工(?:基本)?医(?:疗)?保/.test(s) && !/居民/.test(s))) continue;

    if (!policyYear) {
      const m = s.match(/(?<![\d-])(\d{4})\s*(年度|学年)/);
      if (m && /医保|医疗保险|参保|缴费/.test(s)) {
        policyYear = text.slice(x.start + m.index!, x.start + m.index! + m[0].length);
        facts.push({ kind: 'policy-year', label: policyYear, ...q });
      }
    }

    readPhones(x, q);
    if (unsafe) continue;
    if (tableHeader && wholeLine) {
      readRow(x, tableHeader, q);
      continue;
    }
    if (figs.length) readMoney(x, figs, q);
    readDates(x, q);
    if (idx > stepsUntil && STEP_MARKER.test(s)) stepsUntil = readStepRun(idx);
    else if (idx > stepsUntil) readChannel(x, q);
    readRules(s, q);
  }

  return { isLetter: true, ...(policyYear ? { policyYear } : {}), text, facts, warnings };

  function readPhones(x: Sentence, q: { quote: string; at: number }) {
    const s = x.s;
    if (/账号|帐号|卡号|账户|帐户|转账/.test(s)) return;
    // A short line with no number may be a table row's office cell: its phone comes a cell or two later.
    if (!/\d{5}/.test(s)) {
      const name = s.length <= 40 ? officeName(s) : undefined;
      if (name) lastOffice = { name, at: x.start };
      return;
    }
    let prevEnd = 0;
    let prevName: string | undefined;
    for (const m of s.matchAll(PHONE_RE)) {
      const before = s.slice(0, m.index);
      const since = s.slice(prevEnd, m.index);
      prevEnd = m.index + m[0].length;
      let number: string;
      let areaCode: string | undefined;
      if (m[4]) {
        areaCode = m[1] ?? m[2] ?? m[3];
        number = m[4];
        // A bare local number is a phone only beside an office (on its line, or the row's cells just above).
        if (!areaCode) {
          const nearby = before.slice(-24) + (OFFICE_WORD.test(s) ? '' : (lastOffice?.name ?? ''));
          if (!OFFICE_WORD.test(nearby) && !/电话|联系|咨询|热线/.test(s)) continue;
          if (/年|月|日|号|人|元|万|%/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
        }
      } else if (m[5]) number = m[5];
      else {
        // A mobile number is a person's, never an office's: shown only where the letter names an office beside it.
        if (!OFFICE_WORD.test(before.slice(-16))) continue;
        number = m[6]!;
      }
      const end = m.index + m[0].length;
      const alone = s.trim() === m[0].trim();
      // 2112366或2999636: the second number is the same office's.
      const name =
        officeName(since.slice(-30)) ??
        (prevName && /^\s*(?:或|、|\/|,)\s*$/.test(since) ? prevName : undefined) ??
        (alone ? lastOffice?.name : officeName(s.slice(end, end + 14).replace(/^[”"\s]+/, '')));
      prevName = name;
      if (facts.some((f) => f.kind === 'phone' && f.number === number && f.areaCode === areaCode)) continue;
      // A number alone on its line is a table row's last cell: the quote is the row, from the office's name.
      const row = alone && lastOffice && x.start - lastOffice.at < 80 ? { quote: text.slice(lastOffice.at, x.end), at: lastOffice.at } : q;
      facts.push({ kind: 'phone', number, ...(areaCode ? { areaCode } : {}), ...(name ? { name } : {}), ...row });
    }
  }

  function readMoney(x: Sentence, figs: Figure[], q: { quote: string; at: number }) {
    const s = x.s;
    const linePrefix = heading + '\n' + plain.slice(plain.lastIndexOf('\n', x.start - 1) + 1, x.start);
    const line = linePrefix + s;
    if (EXAMPLE.test(s)) return;
    if (!figs.length) return;
    const fees: { amountFen: number; who?: string; end: number }[] = [];
    // 不设起付线: a deductible of none, for the care the sentence is about.
    for (const m of s.matchAll(/不设起付(?:线|标准)|无起付(?:线|标准)|没有起付(?:线|标准)|取消起付(?:线|标准)/g)) {
      const clause = clauseAround(s, m.index);
      if (/第[二三四五2-5]次/.test(clause)) continue;
      const care = careAt(linePrefix + s.slice(0, m.index));
      if (care) facts.push({ kind: 'benefit', care, what: 'deductible', amountFen: 0, ...q });
    }
    const levelList = s.match(/([一二三])、([一二三])(?:、([一二三]))?级/);
    let ordered = 0;
    for (let i = 0; i < figs.length; i++) {
      const f = figs[i]!;
      const prevEnd = i > 0 ? figs[i - 1]!.end : 0;
      const ctx = s.slice(prevEnd, f.at);
      const clause = clauseAround(s, f.at);
      if (NOT_INSURANCE_MONEY.test(ctx) || /人数|人口|企业|户籍人口/.test(ctx)) continue;
      // A floor or a rough figure (不低于700元, 约300元) is not the sum itself.
      if (/不低于$|不少于$|约$|大约$|超出$/.test(ctx) || /^\s*(?:左右|以内)/.test(s.slice(f.end))) continue;
      const what = whatAt(s.slice(0, f.at));
      const benefitContext = /报销|支付|起付|待遇|封顶|限额|负担|赔付|基金/.test(s.slice(0, f.at));
      if (f.kind === 'percent') {
        if (!benefitContext || f.bound) continue;
        if (/以上|以下/.test(ctx) && /大病/.test(line)) continue; // a bracket of 大病保险: a table, not one share
        const care = careAt(linePrefix + s.slice(0, f.at));
        if (!care) continue;
        const inParens = isInParens(s, f.at);
        let level = levelIn(inParens ? ctx : clause.slice(0, f.at - clauseStart(s, f.at)));
        if (!inParens && levelList && /分别/.test(s)) {
          const levels = [levelList[1], levelList[2], levelList[3]].filter(Boolean).map((c) => `${c}级` as LetterLevel);
          level = levels[ordered++];
        }
        // No share is above 100 % (70% read as 709% from a picture): its place in a list is kept, its value is not.
        if (f.value > 100) continue;
        const upTo = /高达|可达|最高/.test(ctx);
        facts.push({
          kind: 'benefit',
          care,
          what: 'ratio',
          percent: f.value,
          ...(level ? { level } : {}),
          ...(/公立/.test(ctx) ? { public: true } : {}),
          ...(upTo ? { upTo: true } : {}),
          ...q,
        });
        continue;
      }
      // Money: a benefit, a subsidy or the fee, as the words before it say.
      if (/第[二三四五2-5]次/.test(clause)) continue;
      if (benefitContext && what && /起付|限额|封顶|最高|报销|支付|负担/.test(s.slice(0, f.at))) {
        const care = careAt(linePrefix + s.slice(0, f.at));
        if (!care) continue;
        let w: What = what === 'ratio' ? 'cap' : what;
        if (care === 'critical' && /超过|以上/.test(ctx + s.slice(f.end, f.end + 4)) && w !== 'cap') w = 'threshold';
        const level = levelIn(ctx);
        facts.push({
          kind: 'benefit',
          care,
          what: w,
          amountFen: f.value,
          ...(level && w === 'deductible' ? { level } : {}),
          ...(/公立/.test(ctx) ? { public: true } : {}),
          ...q,
        });
        continue;
      }
      if (aboveAmount(s, f) && !/以下/.test(s.slice(f.end, f.end + 8))) {
        const care = careAt(linePrefix + s.slice(0, f.at));
        if (care === 'critical') facts.push({ kind: 'benefit', care, what: 'threshold', amountFen: f.value, ...q });
        else if (care) facts.push({ kind: 'benefit', care, what: 'deductible', amountFen: f.value, ...q });
        continue;
      }
      if (f.bound) continue;
      if (/补助|补贴|资助/.test(ctx) && !/个人缴/.test(ctx)) {
        facts.push({ kind: 'subsidy', amountFen: f.value, ...q });
        continue;
      }
      // 380元或400元: the second sum is read as the first (and the two readings make the fee unclear, below).
      const orPrevious = /^\s*(?:或者?|\/)\s*$/.test(ctx) && fees.at(-1)?.end === prevEnd;
      if (orPrevious || /缴费|缴纳|交费|每人每年|元\/人|医保费|收费标准|缴费标准/.test(ctx) || /^\/(?:人|年)/.test(s.slice(f.end))) {
        if (/补助|补贴/.test(ctx)) continue;
        const who = whoIn(ctx);
        fees.push({ amountFen: f.value, ...(who ? { who } : {}), end: f.end });
      }
    }
    // Two fees in one sentence that name no group apart (or are joined by 或): two readings, no value.
    const distinct = new Map(fees.map(({ end: _end, ...f }) => [f.amountFen, f]));
    const whos = new Set(fees.map((f) => f.who ?? ''));
    if (distinct.size > 1 && (whos.size < distinct.size || /或/.test(s))) {
      facts.push({ kind: 'unclear', topic: 'fee', ...q });
      return;
    }
    for (const fee of distinct.values()) facts.push({ kind: 'fee', ...fee, ...q });
  }

  function readDates(x: Sentence, q: { quote: string; at: number }) {
    const s = x.s;
    if (!/\d\s*月|\d[-./]\d/.test(s)) return;
    if (/税款所属期|发布|阅读|通报|考核|统计|上一篇|下一篇|待遇审批/.test(s)) return;
    const birth = /出生/.test(s);
    const coverage = /待遇享受期|享受(?:医保)?待遇|待遇期|保障期|医保待遇时间/.test(s);
    const topical = /缴费|参保|征缴|收缴|缴纳|登记|续保/.test(s) || (/缴费|参保/.test(heading) && /^[\d年月日至到—–~\s-]+$/.test(s));
    if (!coverage && !topical) return;
    for (const item of dateItems(s)) {
      const after = s.slice((item.to ?? item.from).end, (item.to ?? item.from).end + 6);
      const before = s.slice(Math.max(0, item.from.at - 6), item.from.at);
      const label = labelBefore(s, item.from.at);
      // A sentence about births gives a window only where it names the yearly collection period (每年9月至12月).
      if (birth && !(item.to && /每年/.test(before))) continue;
      if (item.from.vague || item.to?.vague) {
        facts.push({ kind: 'unclear', topic: coverage ? 'coverage' : 'window', ...q });
        continue;
      }
      if (item.to) {
        const from = letterDate(item.from, false);
        const to = letterDate(item.to, true);
        if (!from || !to) continue;
        if (coverage) facts.push({ kind: 'coverage', from, to, ...q });
        else facts.push({ kind: 'window', from, to, ...(label ? { label } : {}), ...q });
        continue;
      }
      const one = item.from;
      if (/^\s*(?:\(含\))?\s*(?:前|之前|以前|截止|止)/.test(after) || /截至|截止|之前/.test(before)) {
        const date = letterDate(one, true);
        if (date && !coverage) facts.push({ kind: 'deadline', date, ...(label ? { label } : {}), ...q });
      } else if (/^\s*(?:\(含\))?\s*(?:起|开始|后|以后|之后|开通)/.test(after) || /^\s*(?:正式)?开始/.test(after)) {
        const from = letterDate(one, false);
        if (!from) continue;
        if (coverage) facts.push({ kind: 'coverage', from, ...q });
        else if (topical) facts.push({ kind: 'window', from, ...(label ? { label } : {}), ...q });
      }
    }
  }

  /** A row of a benefit table: each figure takes its column's meaning, the row's first cell its level. */
  function readRow(x: Sentence, header: string[], q: { quote: string; at: number }) {
    const cells = x.s.split(/\s+/);
    const level = levelIn(cells[0] ?? '');
    const care = careAt(heading + '\n' + x.s);
    if (!care) return;
    cells.forEach((cell, i) => {
      const column = header[i] ?? '';
      const what = whatAt(column);
      const fig = figures(cell)[0];
      if (!what || !fig || figures(cell).length > 1) return;
      if (what === 'ratio' && fig.kind === 'percent' && fig.value <= 100)
        facts.push({ kind: 'benefit', care, what, percent: fig.value, ...(level ? { level } : {}), ...q });
      else if (what !== 'ratio' && fig.kind === 'money')
        facts.push({ kind: 'benefit', care, what, amountFen: fig.value, ...(level ? { level } : {}), ...q });
    });
  }

  /** 第一步… 第二步…: one channel, each step's taps in order; its quote runs from the first step to the last. */
  function readStepRun(first: number): number {
    let last = first;
    while (last + 1 < list.length && STEP_MARKER.test(list[last + 1]!.s)) last++;
    const run = list.slice(first, last + 1);
    const all = run.map((r) => r.s).join('');
    const name = channelName(all);
    if (name && !WARNINGS.some(([, re]) => re.test(all))) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      facts.push({ kind: 'channel', name, steps: run.flatMap(splitSteps), quote: text.slice(start, end), at: start });
    }
    return last;
  }

  function readChannel(x: Sentence, q: { quote: string; at: number }) {
    const s = x.s;
    if (!/缴费|缴纳|交费|支付|查询/.test(s) || !PLATFORM.test(s) || /停保|重复参保/.test(s)) return;
    if (!STEP_VERB.test(s.replace(/缴费|缴纳|支付/g, ''))) return;
    if (/分为|可以选择以下|方式之一|如下/.test(s) && !/“/.test(s)) return;
    // 微信搜索…自助缴费或微信选择“我-支付-…”自助缴费: two ways in one sentence, each a channel with its own taps.
    const parts: Sentence[] = [];
    let from = 0;
    for (const m of s.matchAll(/或(?:者)?(?=由|通过|微信|支付宝|到|在|登录|下载|打开|关注)/g)) {
      parts.push({ start: x.start + from, end: x.start + m.index, s: s.slice(from, m.index) });
      from = m.index + m[0].length;
    }
    parts.push({ start: x.start + from, end: x.end, s: s.slice(from) });
    const ways =
      parts.length > 1 && parts.every((p) => channelName(p.s) && STEP_VERB.test(p.s.replace(/缴费|缴纳|支付/g, ''))) ? parts : [x];
    for (const way of ways) {
      const name = channelName(way.s);
      if (!name) continue;
      const steps = splitSteps(way);
      const purpose = /查询/.test(s) && !/自助缴费|在线缴费|进行缴费|完成缴费|缴费$/.test(s.replace(/查询缴费/g, '')) ? 'check' : 'pay';
      facts.push({ kind: 'channel', name, steps, ...(purpose === 'check' ? { purpose } : {}), ...q });
    }
  }

  function splitSteps(x: Sentence): string[] {
    const s = x.s;
    const steps: string[] = [];
    let from = 0;
    const cut = (to: number) => {
      let a = from;
      let b = to;
      while (a < b && /[\s,;:。.、→>-]|\d/.test(s[a]!) && !(s[a] === '“')) {
        if (/\d/.test(s[a]!) && !/^\d{1,2}\s*[.、)]/.test(s.slice(a))) break;
        a++;
      }
      const marker = s.slice(a, b).match(STEP_MARKER) ?? s.slice(a, b).match(/^[①-⑳→•·▪●■◆★☆※]\s*/);
      if (marker) a += marker[0].length;
      while (b > a && /[\s,;:。.、]/.test(s[b - 1]!)) b--;
      if (b - a >= 2 && STEP_VERB.test(s.slice(a, b))) steps.push(text.slice(x.start + a, x.start + b));
    };
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (c === '→' || c === ',' || c === ';' || (c === '-' && s[i + 1] === '>')) {
        cut(i);
        from = c === '-' ? i + 2 : i + 1;
      }
    }
    cut(s.length);
    return steps;
  }

  function readRules(s: string, q: { quote: string; at: number }) {
    if (/停保|不得重复参保|不能重复参保|重复参保|终止.{0,4}参保/.test(s)) facts.push({ kind: 'stop-other', text: q.quote, ...q });
    // Days from birth to enrol in (not, say, the days to settle bills directly): the clause goes on to 参保.
    const nb = s.match(/出生(?:之日)?(?:起|后)?\s*(\d{1,3})\s*[天日](?:\s*\(含\))?\s*(?:内|以内)[^,;。]{0,12}(?:参保|参加|缴费|登记)/);
    if (nb) facts.push({ kind: 'newborn', days: Number(nb[1]), ...q });
    if (/个人暂不缴费|全额资助|个人不缴费|免缴|无需缴费|不用缴费|免费参保|个人缴费.{0,4}全额/.test(s))
      facts.push({ kind: 'funded', groups: q.quote, ...q });
    if (
      /非本[市县区地省]户籍|外地户籍|不受户籍限制|居住证|随迁子女|外来务工人员子女|非本市户口/.test(s) &&
      /参保|参加/.test(s) &&
      !/身份证明|凭/.test(s)
    )
      facts.push({ kind: 'residency', text: q.quote, ...q });
  }
}

function aboveAmount(s: string, f: Figure): boolean {
  return /超过$|超过\s*$/.test(s.slice(Math.max(0, f.at - 4), f.at)) && /以上|的部分/.test(s.slice(f.end, f.end + 6));
}

function clauseStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && !/[,;:。]/.test(s[i - 1]!)) i--;
  return i;
}

function clauseAround(s: string, at: number): string {
  const start = clauseStart(s, at);
  let end = at;
  while (end < s.length && !/[,;:。]/.test(s[end]!)) end++;
  return s.slice(start, end);
}

function isInParens(s: string, at: number): boolean {
  const open = s.lastIndexOf('(', at);
  return open >= 0 && s.indexOf(')', open) > at;
}

/** The words that name a date (集中缴费期, 个人缴费) just before it in its clause. */
function labelBefore(s: string, at: number): string | undefined {
  let start = clauseStart(s, at);
  let end = at;
  // 缴费时间：2026年…: the name is the clause before the colon.
  if (!s.slice(start, at).trim() && start > 0 && s[start - 1] === ':') {
    end = start - 1;
    start = clauseStart(s, end);
  }
  const words = s
    .slice(start, end)
    .replace(/^\s*(?:\d{1,2}\s*[.、]|\(?[一二三四五六七八九十]{1,3}[)、])\s*/, '')
    .replace(/[(（]\s*$/, '')
    .replace(/(?:应|须|要|请|于|在|从|自|将于|截至|截止|为|是)+\s*$/, '')
    .trim();
  return words.length >= 2 && words.length <= 16 && /(?:期|时间|期限|缴费|登记|参保)$/.test(words) ? words : undefined;
}

/** The group a fee is for, when the words before it name one (在校学生, 大学生, 成年居民). */
function whoIn(ctx: string): string | undefined {
  const m = ctx.match(
    /([\p{Script=Han}()（）]{0,10}?(?:学生|儿童|大学生|中小学生|幼儿|成年人|成年居民|老年人|居民|新生儿|未成年人)(?:\([^)]*\))?)(?:的)?\s*(?:个人)?(?:缴费|缴纳|每人)/u,
  );
  return m?.[1]?.replace(/^(?:[的,、]|年度|学年)+/, '');
}

const OFFICE_SUFFIX =
  /医疗保障局|医保局|税务局|医保中心|医疗保障事业管理中心|服务中心|社会保障服务所|服务所|服务站|人社局|卫生院|医院|学校|热线/g;
const HAN = /\p{Script=Han}/u;

/** An office named in `s`: the last 医保局-, 税务局- or 中心-like name, with the Han words before it (up to 24). */
function officeName(s: string): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of s.matchAll(OFFICE_SUFFIX)) last = m;
  if (!last) return undefined;
  // Found by its ending, then read backwards: one pattern run from every position is slow on a long sentence.
  let start = last.index;
  while (start > 0 && last.index - start < 24 && HAN.test(s[start - 1]!)) start--;
  if (start === last.index) return undefined;
  return s
    .slice(start, last.index + last[0].length)
    .replace(/^(?:也可拨打|可拨打|拨打|请拨打|或|及|和|与|咨询|电话|联系)+/, '')
    .replace(/^[“"]+|[”"]+$/g, '');
}
