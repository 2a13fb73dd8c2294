// The facts of a pasted letter as a policy year in the app's own shape (RegionPolicy), so the same plan engine,
// first actions, countdowns, calendar reminders, contacts and estimate engine serve it: no second renderer. Every
// cite is the letter's own sentence; where the letter is silent the plan says so and sends the parent to the school,
// to the letter's issuer where it names one, or (when no office has a phone) to 12393 (contacts.ts adds it).
import type {
  ByLevel,
  Cap,
  CareBenefit,
  CareType,
  Channel,
  Citation,
  CriticalIllness,
  Deadline,
  Deductible,
  Note,
  NotStated,
  Office,
  Ratio,
  RegionId,
  RegionPolicy,
  Share,
} from '../model/types.ts';
import { LETTER_ID, REGION_IDS } from '../model/types.ts';
import { REGION_NAMES } from '../catalog/region-index.ts';
import type { LetterFact, LetterReading } from './letter-types.ts';

/** The section every letter cite names: the parent's pasted letter. */
export const LETTER_SECTION = '学校通知';

export type LetterPolicy = RegionPolicy<typeof LETTER_ID>;

type Fact<K extends LetterFact['kind']> = Extract<LetterFact, { kind: K }>;

const cite = (f: { quote: string }): Citation => ({ section: LETTER_SECTION, quote: f.quote });

const CARE_LABELS: Record<CareType, string> = {
  inpatient: '住院',
  outpatient: '普通门诊',
  chronic: '门诊慢特病',
  accident: '意外伤害门急诊',
};

const SCHOOL = /学校|小学|中学|幼儿园|学院|大学/;
const ISSUER =
  /[\p{Script=Han}]{2,20}?(?:医疗保障局|医保局|医疗保障事业管理中心|医保中心|税务局|教育局|人民政府|小学|中学|中心学校|学校|幼儿园|学院|大学)/gu;

/** The office or school that signs or sends the letter: a name on a line of its own, else the first one named. */
function issuerOf(reading: LetterReading): { name: string; quote: string; at: number } | undefined {
  const lines = reading.text.split('\n');
  let at = 0;
  let first: { name: string; quote: string; at: number } | undefined;
  const found: { name: string; quote: string; at: number }[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(ISSUER)) {
      const name = m[0].replace(/^(?:致|关于|我市|本市|全市|各)+/, '');
      const item = { name, quote: line, at };
      if (line.replace(/[\s宣印发（）()]/g, '').length <= name.length + 6) found.push(item);
      first ??= item;
    }
    at += line.length + 1;
  }
  // A line that is only a name is a signature: the 医保 office among them (a joint notice signs with the 税务局 too),
  // else the last; else the first name the letter gives.
  return found.filter((f) => /医疗保障|医保/.test(f.name)).at(-1) ?? found.at(-1) ?? first;
}

function firstLine(reading: LetterReading): { quote: string; at: number } {
  const text = reading.text;
  const at = text.search(/\S/);
  const end = text.indexOf('\n', at);
  return { quote: text.slice(Math.max(0, at), end < 0 ? text.length : end), at: Math.max(0, at) };
}

/** The words of a quote that say per what a sum is (每人每年, 一个年度内), or ''. */
function perWords(quote: string): string {
  return quote.match(/每人每年|每年累计|一个(?:保险)?年度内|每人每学年|每学年|每年|年度内|\/人\/年|元\/年/)?.[0] ?? '';
}

/** Which of our five regions the letter names, if any: the screen then says which year our data is from. */
export function namedRegion(reading: LetterReading): RegionId | undefined {
  if (!reading.isLetter) return undefined;
  for (const id of REGION_IDS) {
    const parts = REGION_NAMES[id]['zh-Hans'].split(/(?<=省|自治区|市|区)/);
    const last = parts.at(-1)!.replace(/(?:市|区)$/, '');
    if (last.length >= 2 && reading.text.includes(last)) return id;
  }
  return undefined;
}

export function letterPolicy(reading: LetterReading, today: string): LetterPolicy {
  void today; // Dates stay as the letter gives them; the plan works out yearless ones on its own `today`.
  const facts = reading.isLetter ? reading.facts : [];
  const of = <K extends LetterFact['kind']>(kind: K) => facts.filter((f): f is Fact<K> => f.kind === kind);
  const policyYear = reading.policyYear ?? '';
  const head = firstLine(reading);

  // Offices: the school (always), the issuer where the letter names one, and each office with a phone.
  const issuer = issuerOf(reading);
  const schoolIssuer = issuer && SCHOOL.test(issuer.name) ? issuer : undefined;
  const offices: Office[] = [
    {
      id: 'school',
      name: schoolIssuer?.name ?? '学校（发通知的老师）',
      kind: 'school',
      phones: [],
      cite: cite(schoolIssuer ?? head),
    },
  ];
  const phones = of('phone');
  const byName = new Map<string, Fact<'phone'>[]>();
  for (const p of phones) byName.set(p.name ?? '', [...(byName.get(p.name ?? '') ?? []), p]);
  if (issuer && !schoolIssuer) {
    const own = byName.get(issuer.name) ?? [];
    byName.delete(issuer.name);
    offices.push({
      id: 'issuer',
      name: issuer.name,
      kind: 'office',
      phones: own.map((p) => ({ ...(p.areaCode ? { areaCode: p.areaCode } : {}), number: p.number })),
      cite: own[0] ? cite(own[0]) : cite(issuer),
    });
  }
  let n = 0;
  for (const [name, list] of byName) {
    const hotline = list.every((p) => /^12\d{3}$/.test(p.number));
    offices.push({
      id: `phone-${++n}`,
      name: name || (hotline ? `热线 ${list[0]!.number}` : '通知上的电话'),
      kind: hotline ? 'hotline' : 'office',
      phones: list.map((p) => ({ ...(p.areaCode ? { areaCode: p.areaCode } : {}), number: p.number })),
      cite: cite(list[0]!),
    });
  }
  // Whom a silent point sends the parent to: the school, the issuer, else the 医保 office the letter gives a phone for.
  const insuranceOffice = offices.find((o) => o.id.startsWith('phone-') && /医保|医疗保障/.test(o.name));
  const askAt = ['school', ...(offices.some((o) => o.id === 'issuer') ? ['issuer'] : insuranceOffice ? [insuranceOffice.id] : [])];
  const silent = (what: string): NotStated => ({ notStated: true, what: `${what}（通知没有写）`, askAt });
  const codes = phones.map((p) => p.areaCode).filter((c): c is string => !!c);
  const areaCode = codes.sort((a, b) => codes.filter((c) => c === b).length - codes.filter((c) => c === a).length)[0] ?? '';

  const note = (id: string, f: LetterFact & { quote: string }): Note => ({ id, text: f.quote, cite: cite(f) });

  // Fee: one sum, or the one for pupils where the letter names groups; two readings ask the school.
  const fees = of('fee');
  const unclear = of('unclear');
  const distinctFees = [...new Map(fees.map((f) => [f.amountFen, f])).values()];
  const mainFee = distinctFees.length === 1 ? distinctFees[0] : distinctFees.find((f) => f.who && /学生|儿童|幼儿|中小学/.test(f.who));
  const feeUnclear = unclear.find((u) => u.topic === 'fee');
  const individual =
    mainFee && !feeUnclear
      ? { amountFen: mainFee.amountFen, per: perWords(mainFee.quote) || '每人每年', cite: cite(mainFee) }
      : silent(feeUnclear ? `个人缴费多少（通知这句话有两种读法：${feeUnclear.quote}）` : '孩子个人缴费多少');
  const subsidies = [...new Map(of('subsidy').map((f) => [f.amountFen, f])).values()];
  const subsidy =
    subsidies.length === 1
      ? { amountFen: subsidies[0]!.amountFen, per: perWords(subsidies[0]!.quote) || '每人每年', cite: cite(subsidies[0]!) }
      : silent('政府补助多少钱');
  const funded = of('funded')[0];
  const feeNotes = distinctFees.filter((f) => f !== mainFee).map((f, i) => note(`fee-${i + 1}`, f));

  // Channels, each tap as the letter gives it.
  const channels: Channel[] = of('channel').map((c, i) => ({
    id: `channel-${i + 1}`,
    name: c.name,
    steps: c.steps,
    cite: cite(c),
    ...(c.purpose ? { purpose: c.purpose } : {}),
  }));

  // Dates: windows and deadlines (a yearless one is worked out by the plan), the newborn rule in days.
  const deadlines: Deadline[] = [];
  const seen = new Set<string>();
  for (const f of [...of('window'), ...of('deadline')]) {
    const rule =
      f.kind === 'window'
        ? { kind: 'window' as const, from: f.from, ...(f.to ? { to: f.to } : {}) }
        : { kind: 'date' as const, date: f.date };
    const key = JSON.stringify(rule);
    if (seen.has(key)) continue;
    seen.add(key);
    const label = f.label ?? (f.kind === 'window' ? '通知写的参保缴费时间' : '通知写的截止日期');
    deadlines.push({ id: `${f.kind}-${deadlines.length + 1}`, label, rule, policyYear, cite: cite(f) });
  }
  for (const f of of('newborn')) {
    if (deadlines.some((d) => d.rule.kind === 'after-birth')) break;
    deadlines.push({
      id: 'newborn',
      label: `新生儿出生后${f.days}天内参保`,
      rule: { kind: 'after-birth', days: f.days },
      policyYear,
      cite: cite(f),
      when: { stage: ['newborn'] },
    });
  }
  // A start with no year and no end gives no date to count to: its sentence is kept as a note on registering.
  const startsOnly = of('window').filter((w) => w.from.startsWith('--') && !w.to);

  const stop = of('stop-other');
  const stopFor = (re: RegExp, other: RegExp) => {
    const list = stop.filter((f) => re.test(f.quote) || !other.test(f.quote)).map((f, i) => note(`stop-${i + 1}`, f));
    return list.length ? list : silent('在别处已参保的孩子要不要、怎样先停保');
  };

  const coverage = of('coverage').map((f, i) => note(`coverage-${i + 1}`, f));
  const residency = of('residency').map((f, i) => note(`residency-${i + 1}`, f));
  const register = [...residency, ...startsOnly.map((f, i) => note(`starts-${i + 1}`, f))];

  return {
    id: LETTER_ID,
    name: issuer?.name ?? '学校发来的通知',
    shortName: '学校通知',
    province: '',
    areaCode,
    policyYear,
    // A year the letter names is shown as it words it; none is said to be missing, never guessed.
    ...(policyYear ? {} : { policyYearStatus: 'no-year' as const }),
    // A letter is never checked by a person of ours: the plan says so instead of a date.
    lastVerified: '',
    source: {
      file: LETTER_ID,
      issuer: issuer?.name ?? '学校',
      title: head.quote,
      policyYear,
      // The date the letter signs with (2026年9月), where it ends with one.
      issued: reading.text.match(/(?:^|\n)\s*(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*$/)?.[1] ?? '',
      kind: 'official-letter',
    },
    confirmWith: askAt,
    eligibility: [],
    stagesNotCovered: [],
    stopOtherCoverage: {
      sameProvince: stopFor(/省内|本省|市外|以外地区/, /省外|外省/),
      otherProvince: stopFor(/省外|外省/, /省内|本省/),
    },
    renewal: silent('已参保的孩子续保要不要重新登记'),
    register: register.length ? register : silent('到哪里、怎样办理参保登记'),
    fee: {
      individual,
      subsidy,
      fullyFunded: funded ? { groups: funded.groups, cite: cite(funded) } : silent('哪些困难家庭的孩子不用交钱'),
      notes: feeNotes,
    },
    payment: channels.length ? channels : silent('用什么渠道缴费'),
    deadlines: deadlines.length ? deadlines : silent('哪天开始、哪天截止缴费'),
    afterEnrolment: coverage.length ? coverage : silent('参保后从哪天起可以报销'),
    offices,
    benefits: benefits(facts, policyYear, silent, reading.text),
    gaps: [],
  };
}

function benefits(facts: LetterFact[], policyYear: string, silent: (what: string) => NotStated, text: string): LetterPolicy['benefits'] {
  spanText = text;
  const all = facts.filter((f): f is Fact<'benefit'> => f.kind === 'benefit');
  const care = {} as Record<CareType, CareBenefit | NotStated>;
  for (const c of ['inpatient', 'outpatient', 'chronic', 'accident'] as const) {
    const list = all.filter((f) => f.care === c);
    const label = CARE_LABELS[c];
    if (!list.length) {
      care[c] = silent(`${label}能报销多少`);
      continue;
    }
    care[c] = {
      label,
      notes: [],
      deductible:
        deductible(
          list.filter((f) => f.what === 'deductible'),
          policyYear,
        ) ?? silent(`${label}的起付线`),
      ratio:
        ratio(
          list.filter((f) => f.what === 'ratio'),
          policyYear,
        ) ?? silent(`${label}的报销比例`),
      cap:
        cap(
          list.filter((f) => f.what === 'cap'),
          policyYear,
        ) ?? silent(`${label}一年最多报销多少`),
    };
  }
  const critical = all.filter((f) => f.care === 'critical');
  let criticalIllness: CriticalIllness | NotStated = silent('大病保险怎样报销');
  if (critical.length) {
    const thresholds = [...new Map(critical.filter((f) => f.what === 'threshold').map((f) => [f.amountFen, f])).values()];
    const t = thresholds.length === 1 ? thresholds[0] : undefined;
    criticalIllness = {
      label: '大病保险',
      threshold: t?.amountFen !== undefined ? { amountFen: t.amountFen, cite: cite(t), policyYear } : silent('大病保险的起付线'),
      brackets: silent('大病保险各段的报销比例'),
      cap:
        cap(
          critical.filter((f) => f.what === 'cap'),
          policyYear,
        ) ?? silent('大病保险一年最多报销多少'),
    };
  }
  return { notes: [], care, criticalIllness };
}

/** The letter's text while its benefits are read: a rule by level cites the words from its first row to its last. */
let spanText = '';
function spanCite(list: Fact<'benefit'>[]): Citation {
  const start = Math.min(...list.map((f) => f.at));
  const end = Math.max(...list.map((f) => f.at + f.quote.length));
  const quote = spanText.slice(start, end);
  return { section: LETTER_SECTION, quote: quote.includes(list[0]!.quote) ? quote : list[0]!.quote };
}

const LEVEL_KEY = { 一级: 'level1', 二级: 'level2', 三级: 'level3' } as const;

/** One value per hospital level where the letter gives all three (and the 公立 一级 apart where it does). */
function byLevel<T>(list: Fact<'benefit'>[], value: (f: Fact<'benefit'>) => T): ByLevel<T> | undefined {
  const out: Partial<ByLevel<T>> = {};
  for (const f of list) {
    const key = f.level && f.level in LEVEL_KEY ? LEVEL_KEY[f.level as keyof typeof LEVEL_KEY] : undefined;
    if (!key) return undefined;
    const slot = f.public && key === 'level1' ? 'level1Public' : key;
    if (out[slot] !== undefined) return undefined;
    out[slot] = value(f);
  }
  return out.level1 !== undefined && out.level2 !== undefined && out.level3 !== undefined ? (out as ByLevel<T>) : undefined;
}

/** The one value the letter gives, or none where it gives two that differ (the school is asked). */
function single(list: Fact<'benefit'>[], key: (f: Fact<'benefit'>) => number | undefined): Fact<'benefit'> | undefined {
  const values = new Set(list.map(key));
  return values.size === 1 ? list[0] : undefined;
}

function deductible(list: Fact<'benefit'>[], policyYear: string): Deductible | undefined {
  if (!list.length) return undefined;
  const levels = byLevel(list, (f) => f.amountFen ?? 0);
  if (levels) return { kind: 'by-level', firstAdmissionFen: levels, laterAdmissions: [], cite: spanCite(list), policyYear };
  const one = single(
    list.filter((f) => !f.level),
    (f) => f.amountFen,
  );
  if (!one || list.some((f) => f.level)) return undefined;
  return one.amountFen === 0
    ? { kind: 'none', cite: cite(one), policyYear }
    : { kind: 'fixed', amountFen: one.amountFen!, cite: cite(one), policyYear };
}

function share(f: Fact<'benefit'>): Share {
  return { kind: f.upTo ? 'up-to' : 'exact', percent: f.percent! };
}

function ratio(list: Fact<'benefit'>[], policyYear: string): Ratio | undefined {
  if (!list.length) return undefined;
  const levels = byLevel(list, share);
  if (levels) return { kind: 'by-level', levels, cite: spanCite(list), policyYear };
  if (list.some((f) => f.level)) return undefined;
  const one = single(list, (f) => f.percent);
  return one ? { ...share(one), cite: cite(one), policyYear } : undefined;
}

function cap(list: Fact<'benefit'>[], policyYear: string): Cap | undefined {
  const one = list.length ? single(list, (f) => f.amountFen) : undefined;
  return one ? { amountFen: one.amountFen!, per: perWords(one.quote) || '每年', cite: cite(one), policyYear } : undefined;
}
