// A region module drafted from a source text by the letter reader (`npm run regions:draft`): every fact the reader
// found, cited by the text's own heading above it and its words; `notStated` where the reader found nothing, asking
// the offices the text names; `fillIn('…')` where only a person can decide (the region's name, the days the year
// covers, an office's kind, a date whose year the text leaves out). Never a figure the text does not give.
import type { LetterFact, LetterReading } from '../app/policies/letter/letter-types.ts';
import { fillIn, type FillIn } from '../app/policies/model/fill-in.ts';
import type { CareType } from '../app/policies/model/types.ts';

type Fact<K extends LetterFact['kind']> = Extract<LetterFact, { kind: K }>;
type Cite = { section: string; quote: string };
type Value = unknown;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// Headings as the sources write them, outermost first: 一、 / 第一章; (一) / （一）; 1. / 1、 / 1．. A short line
// without sentence punctuation (主要措施) counts as an outer heading too.
const NUMERAL = '[一二三四五六七八九十]+';
const HEADING_LEVELS: RegExp[] = [
  new RegExp(`^(?:${NUMERAL}、|第${NUMERAL}[章节部分条])`),
  new RegExp(`^[（(]${NUMERAL}[）)]`),
  /^\d{1,2}\s*[.、．]\s*(?!\d)/,
];
const SHORT_HEADING = /^[^。，,；;！!？?：:、“”"]{2,16}$/;

/** A heading line's level and the words that name it (up to its first colon or full stop). */
function heading(line: string): { level: number; name: string } | undefined {
  const text = line.trim();
  const level = HEADING_LEVELS.findIndex((re) => re.test(text));
  if (level >= 0) {
    const name = text.split(/[：:。]/)[0]!.trim();
    return name.length <= 30 ? { level, name } : undefined;
  }
  return SHORT_HEADING.test(text) ? { level: 0, name: text } : undefined;
}

/** The headings above line `start` of the file, outermost first (e.g. "五、医保待遇 1.住院"). */
function headingsAbove(lines: string[], start: number): string {
  const chain: string[] = [];
  let level = Number.POSITIVE_INFINITY;
  // The quote's own line counts when it opens with a heading ("1.住院：…" is under 1.住院).
  for (let i = start; i >= 0 && level > 0; i -= 1) {
    const h = heading(lines[i]!);
    if (h && h.level < level) {
      chain.unshift(h.name);
      level = h.level;
    }
  }
  return chain.join(' ') || squash(lines.find((l) => l.trim()) ?? '');
}

/**
 * A quote placed in the file: the headings above it and the file's own words. Where the reader joined lines without
 * a space, the file's words are taken (line breaks and all); `mustHold` (a phone number's digits) narrows a quote
 * running over several lines to the one line holding it. Undefined when the words are not the file's.
 */
export function placeQuote(file: string, quote: string, mustHold?: string): Cite | undefined {
  const lines = file.split(/\r?\n/);
  // Every character but white space, with the line it stands on: a quote is looked for white space aside.
  const bare: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, i) => {
    for (const ch of line) {
      if (/\s/.test(ch)) continue;
      bare.push(ch);
      lineOf.push(i);
    }
  });
  const wanted = [...quote].filter((ch) => !/\s/.test(ch)).join('');
  const at = wanted ? bare.join('').indexOf(wanted) : -1;
  if (at < 0) return undefined;
  const [first, last] = [lineOf[at]!, lineOf[at + wanted.length - 1]!];
  let words = squash(quote);
  if (!squash(file).includes(words)) {
    // The reader's words differ from the file's only in white space: the file's, from the quote's first line on.
    words = squash(bare.slice(at, at + wanted.length).join(''));
    const digits = (text: string) => text.replace(/\D/g, '');
    const holding = mustHold ? lines.slice(first, last + 1).findIndex((l) => digits(l).includes(mustHold)) : -1;
    if (holding >= 0) return { section: headingsAbove(lines, first + holding), quote: squash(lines[first + holding]!) };
    if (!squash(file).includes(words)) return undefined;
  }
  return { section: headingsAbove(lines, first), quote: words };
}

/** The headings a quote stands under, or undefined when its words are not the file's. */
export function sectionOf(file: string, quote: string): string | undefined {
  return placeQuote(file, quote)?.section;
}

const CARE_LABEL: Record<CareType, string> = {
  inpatient: '住院',
  outpatient: '普通门诊',
  chronic: '门诊慢特病',
  accident: '意外伤害门急诊',
};
const LEVEL_KEY = { 一级: 'level1', 二级: 'level2', 三级: 'level3' } as const;

/** "每人每年", "一个年度内" etc. as the quote words it, else what a person should write. */
function perFrom(quote: string, fallback: string | undefined, what: string): string | FillIn {
  // The most telling wording first: "2027年度…每人每年" is 每人每年.
  const PER = [/每人每学?年/, /一个(?:保险)?年度内(?:累计)?/, /(?:每|一个)(?:自然)?年度?内?累计/, /每年/, /年度内/, /年度/];
  const m = PER.map((re) => quote.match(re)).find(Boolean);
  return m?.[0] ?? fallback ?? fillIn(`${what}: as the text words it, e.g. 每人每年`);
}

/** A `YYYY-MM-DD` date, or what a person must write when the text gives no year (`--MM-DD`). */
function isoOrFillIn(date: string, quote: string): string | FillIn {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [, month, day] = date.match(/^--(\d{2})-(\d{2})$/) ?? [];
  return fillIn(`the year of ${Number(month)}月${Number(day)}日 (YYYY-${month}-${day}): the text gives no year in 「${quote}」`);
}

export interface Draft {
  /** The module's object, with `fillIn(…)` values; written out by region-draft-source.ts. */
  module: Record<string, Value>;
  /** Lines for the file's header: what the reader found but could not place, its warnings, facts read two ways. */
  notes: string[];
  /** Every cite the module holds; each fact the draft dropped because its quote is not word for word in the file. */
  cites: Cite[];
  dropped: string[];
}

/** The draft of a region module from a source file's text and the letter reader's reading of it. */
export function draftRegion({ id, file, text, reading }: { id: string; file: string; text: string; reading: LetterReading }): Draft {
  const notes: string[] = [];
  const dropped: string[] = [];
  const cited = <T extends LetterFact>(fact: T): (T & { cite: Cite }) | undefined => {
    const cite = placeQuote(text, fact.quote, fact.kind === 'phone' ? fact.number : undefined);
    if (!cite) {
      dropped.push(`${fact.kind}: 「${fact.quote}」`);
      return undefined;
    }
    return { ...fact, cite };
  };
  const all = <K extends LetterFact['kind']>(kind: K) =>
    reading.facts.filter((f): f is Fact<K> => f.kind === kind).flatMap((f) => cited(f) ?? []);

  // Offices: one per name beside a phone number (a number without a name is an office a person names).
  const offices: Record<string, Value>[] = [];
  for (const phone of all('phone')) {
    const digits = phone.number.replace(/\D/g, '');
    const areaCode = phone.areaCode;
    const number = areaCode && digits.startsWith(areaCode) && digits.length > 8 ? digits.slice(areaCode.length) : digits;
    if (!/^\d{5,8}$/.test(number)) {
      notes.push(`Phone ${phone.number} (「${phone.quote}」) is no landline or hotline number of 5–8 digits: not placed.`);
      continue;
    }
    const hotline = /^12\d{3}$/.test(number) || /热线/.test(phone.name ?? '');
    const entry = { ...(areaCode && !hotline ? { areaCode } : {}), number };
    const same = phone.name ? offices.find((o) => o.name === phone.name) : undefined;
    if (same) {
      (same.phones as unknown[]).push(entry);
      continue;
    }
    offices.push({
      id: hotline ? `hotline-${number}` : `office-${offices.length + 1}`,
      name: phone.name ?? fillIn(`the name of the office whose number is ${phone.number}, as the text gives it`),
      kind: hotline ? 'hotline' : fillIn("'office' (a counter or bureau), 'online', 'school' or 'hotline'"),
      phones: [entry],
      cite: phone.cite,
    });
  }
  const officeIds = offices.map((o) => o.id as string);
  const insuranceOffices = offices.filter((o) => typeof o.name === 'string' && /医保|医疗保障/.test(o.name)).map((o) => o.id as string);
  const askAt: (string | FillIn)[] = insuranceOffices.length
    ? insuranceOffices
    : officeIds.length
      ? officeIds
      : [fillIn('the id of an office the text names, to ask (add it to offices)')];
  const notStated = (what: string) => ({ notStated: true, what, askAt });
  const noteList = (facts: { cite: Cite; text?: string; quote: string }[], prefix: string) =>
    facts.map((f, i) => ({ id: `${prefix}-${i + 1}`, text: f.text ?? f.quote, cite: f.cite }));

  const fees = all('fee');
  const [fee, ...otherFees] = fees;
  const subsidy = all('subsidy')[0];
  const funded = all('funded')[0];
  const channels = all('channel');
  const deadlines: Record<string, Value>[] = [
    ...all('window').map((w, i) => ({
      id: `window-${i + 1}`,
      label: w.label ?? '参保缴费时间',
      rule: { kind: 'window', from: isoOrFillIn(w.from, w.quote), ...(w.to ? { to: isoOrFillIn(w.to, w.quote) } : {}) },
      cite: w.cite,
    })),
    ...all('deadline').map((d, i) => ({
      id: `deadline-${i + 1}`,
      label: d.label ?? '缴费截止日期',
      rule: { kind: 'date', date: isoOrFillIn(d.date, d.quote) },
      cite: d.cite,
    })),
    ...all('newborn').map((n, i) => ({
      id: `newborn-${i + 1}`,
      label: '新生儿参保缴费期限（出生之日起）',
      rule: { kind: 'after-birth', days: n.days },
      cite: n.cite,
      when: { stage: ['newborn'] },
    })),
  ];
  const stopOther = all('stop-other');
  const otherProvince = stopOther.filter((s) => !/省内/.test(s.quote) || /省外|外省|异地/.test(s.quote));
  const sameProvince = stopOther.filter((s) => !/省外|外省/.test(s.quote));
  const residency = all('residency');

  const benefits = all('benefit');
  const care = Object.fromEntries(
    (Object.keys(CARE_LABEL) as CareType[]).map((kind) => [
      kind,
      careBenefit(
        kind,
        benefits.filter((b) => b.care === kind),
      ),
    ]),
  );
  function careBenefit(kind: CareType, facts: (Fact<'benefit'> & { cite: Cite })[]): Value {
    const label = CARE_LABEL[kind];
    if (!facts.length) return notStated(`${label}的起付线、报销比例和最高支付限额`);
    const of = (what: Fact<'benefit'>['what']) => facts.filter((f) => f.what === what);
    return {
      label,
      notes: [],
      deductible: rule(of('deductible'), `${label}的起付线`, (f) =>
        f.amountFen === 0 ? { kind: 'none' } : { kind: 'fixed', amountFen: f.amountFen },
      ),
      ratio: rule(of('ratio'), `${label}的报销比例`, (f) => ({ kind: f.upTo ? 'up-to' : 'exact', percent: f.percent })),
      cap: cap(of('cap'), `${label}的最高支付限额`),
    };
  }
  /** One rule from its facts: by hospital level where they name levels, else the first (others noted for a person). */
  function rule(facts: (Fact<'benefit'> & { cite: Cite })[], what: string, one: (f: Fact<'benefit'>) => Record<string, Value>): Value {
    const usable = facts.filter((f) => (what.endsWith('报销比例') ? f.percent !== undefined : f.amountFen !== undefined));
    if (!usable.length) return notStated(what);
    // A figure for one kind of hospital is never stretched to the others: by level, a person mapping the levels
    // the text names otherwise (乡镇卫生院, 县级…) onto 一级/二级/三级.
    const byLevel = usable.filter((f) => f.level);
    if (byLevel.length) {
      const isRatio = what.endsWith('报销比例');
      const shown = (f: Fact<'benefit'>) => `${f.level}${f.public ? '公立' : ''} ${isRatio ? `${f.percent}%` : `${f.amountFen! / 100}元`}`;
      const value = (f: Fact<'benefit'>) => (isRatio ? { kind: f.upTo ? 'up-to' : 'exact', percent: f.percent } : f.amountFen);
      const found = Object.entries(LEVEL_KEY).map(([level, key]) => [key, byLevel.find((b) => b.level === level && !b.public)] as const);
      // 一级公立定点医疗机构, where the text sets it apart.
      const level1Public = byLevel.find((b) => b.level === '一级' && b.public);
      noteOthers(
        usable.filter((f) => !f.level),
        what,
      );
      // Every level of 一级/二级/三级 given: the rule as the schema has it. Otherwise a person writes the whole rule
      // (the levels the text names may not be 一级/二级/三级: a figure for one is never stretched to another).
      if (found.every(([, f]) => f)) {
        const levels = Object.fromEntries(
          found.flatMap(([key, f]) => [
            [key, value(f!)],
            ...(key === 'level1' && level1Public ? [['level1Public', value(level1Public)]] : []),
          ]),
        );
        return isRatio
          ? { kind: 'by-level', levels, cite: byLevel[0]!.cite }
          : { kind: 'by-level', firstAdmissionFen: levels, laterAdmissions: [], cite: byLevel[0]!.cite };
      }
      return fillIn(
        `${what} by hospital level: the text gives ${byLevel.map(shown).join(', ')} in 「${byLevel.map((f) => f.quote).join('」「')}」; ` +
          "write { kind: 'by-level', … } as the schema has it if they are 一级/二级/三级, else notStated",
      );
    }
    // Two figures for one rule (often one per kind of hospital the reader did not name): a person sorts them out.
    const values = new Set(usable.map((f) => JSON.stringify(one(f))));
    if (values.size > 1) return severalFor(usable, what);
    return { ...one(usable[0]!), cite: usable[0]!.cite };
  }
  function cap(facts: (Fact<'benefit'> & { cite: Cite })[], what: string): Value {
    const usable = facts.filter((f) => f.amountFen !== undefined);
    const found = usable[0];
    if (!found) return notStated(what);
    if (new Set(usable.map((f) => f.amountFen)).size > 1) return severalFor(usable, what);
    return { amountFen: found.amountFen, per: perFrom(found.quote, undefined, what), cite: found.cite };
  }
  function severalFor(facts: Fact<'benefit'>[], what: string): FillIn {
    const shown = facts.map((f) => `${f.percent !== undefined ? `${f.percent}%` : `${f.amountFen! / 100}元`} in 「${f.quote}」`);
    return fillIn(`${what}: the text gives several, ${shown.join('; ')}; write the rule they make as the schema has it, else notStated`);
  }
  function noteOthers(facts: { quote: string }[], what: string) {
    for (const f of facts) notes.push(`${what}: also read in 「${f.quote}」; only the first is in the draft.`);
  }
  const critical = benefits.filter((b) => b.care === 'critical');
  const criticalIllness = critical.length
    ? {
        label: '大病保险',
        threshold: (() => {
          const t = critical.find((b) => b.what === 'threshold' && b.amountFen !== undefined);
          return t ? { amountFen: t.amountFen, cite: t.cite } : notStated('大病保险的起付标准');
        })(),
        brackets: critical.some((b) => b.what === 'ratio')
          ? fillIn(
              `the 大病保险 brackets ({ brackets: [{ fromFen, toFen?, percent }…], cite }) from 「${critical.find((b) => b.what === 'ratio')!.quote}」`,
            )
          : notStated('大病保险分段报销比例'),
        cap: cap(
          critical.filter((b) => b.what === 'cap'),
          '大病保险的最高支付限额',
        ),
      }
    : notStated('大病保险怎样报销（起付标准、报销比例、最高支付限额）');

  for (const u of reading.facts.filter((f): f is Fact<'unclear'> => f.kind === 'unclear'))
    notes.push(`Read two ways (${u.topic}): 「${u.quote}」: write it by hand if it belongs here.`);
  for (const w of reading.warnings) notes.push(`Warning (${w.kind}): 「${w.quote}」: never a channel or a link in the app.`);
  for (const f of otherFees) notes.push(`Another fee: 「${f.quote}」 (the draft's fee is the first one).`);
  const coverage = all('coverage')[0];
  const label = reading.policyYear ?? all('policy-year')[0]?.label;
  const title =
    text
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? '';

  const year = {
    label: label ?? fillIn('the policy year as the text names it, e.g. 2025年度 or 2024学年'),
    covers: {
      from: fillIn(`the first day the year's benefits cover (YYYY-MM-DD)${coverage ? `; the text says 「${coverage.quote}」` : ''}`),
      to: fillIn('the last day the year’s benefits cover (YYYY-MM-DD)'),
    },
    lastVerified: fillIn('the day you checked this module against its source (YYYY-MM-DD)'),
    source: {
      file,
      issuer: fillIn('who issued the text, e.g. 鹤山市医疗保障局'),
      title: fillIn(`the text's title${title ? `, e.g. its first line 「${title.slice(0, 40)}」` : ''}`),
      issued: fillIn('when the text was issued or collected, as it or the seeds README says'),
      kind: fillIn("'official-letter', 'official-notice', 'news-report' or 'article-summary'"),
    },
    confirmWith: askAt,
    eligibility: residency.length
      ? noteList(residency, 'residency')
      : [fillIn('who may enrol here: a note { id, text, cite: { section, quote } } from the text')],
    stagesNotCovered: fillIn("the stages the text does not cover, [{ stages: ['newborn'], what, askAt }], or [] if it covers every stage"),
    stopOtherCoverage: {
      sameProvince: sameProvince.length
        ? noteList(sameProvince, 'stop-same-province')
        : notStated('在本省其他地方已参保的孩子，要不要、怎样先停保'),
      otherProvince: otherProvince.length
        ? noteList(otherProvince, 'stop-other-province')
        : notStated('在外省已参保的孩子，要不要、怎样先停保'),
    },
    renewal: notStated('已在这里参保的孩子，下一年怎样续保'),
    register: notStated('在哪里、怎样办理参保登记'),
    fee: {
      individual: fee
        ? { amountFen: fee.amountFen, per: perFrom(fee.quote, fee.who, '个人缴费'), cite: fee.cite }
        : notStated('个人每年缴多少钱'),
      subsidy: subsidy
        ? { amountFen: subsidy.amountFen, per: perFrom(subsidy.quote, undefined, '财政补助'), cite: subsidy.cite }
        : notStated('政府每年补助多少钱'),
      fullyFunded: funded ? { groups: funded.groups, cite: funded.cite } : notStated('哪些孩子个人不用缴费（政府资助参保）'),
      notes: [],
    },
    payment: channels.length
      ? channels.map((c, i) => ({ id: `channel-${i + 1}`, name: c.name, steps: c.steps, cite: c.cite, purpose: c.purpose }))
      : notStated('可以通过哪些渠道缴费'),
    deadlines: deadlines.length ? deadlines : notStated('什么时候参保缴费、截止日期是哪天'),
    afterEnrolment: notStated('参保以后看病怎样结算'),
    offices: offices.length ? offices : [fillIn('an office the text names: { id, name, kind, phones: [], cite }')],
    benefits: { notes: [], care, criticalIllness },
    gaps: [],
  };
  return {
    module: {
      id,
      name: fillIn('the region’s full name, province first, e.g. 山东省聊城市'),
      shortName: fillIn('the short name shown in lists, e.g. 聊城'),
      province: fillIn('the province, e.g. 山东省'),
      areaCode: fillIn(`the long-distance prefix of the region's landlines, e.g. 0635${areaCodeHint(offices)}`),
      years: [year],
    },
    notes,
    cites: citesIn(year),
    dropped,
  };
}

/** Every { section, quote } in a value. */
export function citesIn(value: unknown): Cite[] {
  if (Array.isArray(value)) return value.flatMap((v) => citesIn(v));
  if (!value || typeof value !== 'object') return [];
  const { section, quote } = value as Record<string, unknown>;
  const own = typeof section === 'string' && typeof quote === 'string' ? [{ section, quote }] : [];
  return [...own, ...Object.values(value).flatMap((v) => citesIn(v))];
}

function areaCodeHint(offices: Record<string, Value>[]): string {
  const codes = [...new Set(offices.flatMap((o) => (o.phones as { areaCode?: string }[]).flatMap((p) => p.areaCode ?? [])))];
  return codes.length ? ` (the text's numbers use ${codes.join(', ')})` : '';
}
