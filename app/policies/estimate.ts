// What the insurance pays for one bill, worked out from a region's cited benefit rules with every step shown.
// Pure TypeScript: no React, no I/O. The CLI (scripts/estimate.ts) and the UI both call `estimate`.
//
// Money is integer fen throughout. Rounding: every share the fund or the 大病保险 pays is rounded DOWN to the fen
// (Math.floor of an exact integer product, each 大病保险 bracket on its own so the trace adds up), so a payment is
// never overstated; the family's part is always the remainder, never rounded on its own.
//
// Bounds: where the source gives the full rule the estimate is exact (min === max). Where it gives only a ceiling
// (高达85%, 可达70%, a cap) the result is a bound, and `null` means the source gives nothing to bound that side with:
// a max is null when the source gives no ratio and no cap; a min is null as soon as any figure that could lower the
// payment (起付线, the real ratio, a cap) is unknown. The reasoning for each share is in `estimate` below.
//
// How 个人负担 (the basis of 大病保险) is read: what the family still bears after the basic insurance for this bill,
// i.e. the deductible, its share above the deductible and any part above the fund's cap, assuming every yuan is
// 政策范围内 (合规) and that nothing earlier in the year has used up a cap or counted towards the threshold. The
// threshold is deducted: the burden below 1.1万 is not paid at all and the rest is paid bracket by bracket
// (60% of the part from 1.1万 to 10万, 65% of the part from 10万 to 20万, …), up to the annual cap. The source does not
// limit 大病保险 to inpatient bills, so it is applied to whichever kind of care is estimated.
import type {
  Bracket,
  ByLevel,
  CareBenefit,
  CareType,
  Citation,
  CriticalIllness,
  HospitalLevel,
  NotStated,
  RegionId,
  RegionPolicy,
  Share,
} from './types.ts';
import { CARE_TYPES, HOSPITAL_LEVELS } from './types.ts';

export interface EstimateInput {
  care: CareType;
  /** The bill, in fen. */
  costFen: number;
  /** Hospital level, where the region's rule depends on it. */
  level?: HospitalLevel;
  /** 一级公立定点医疗机构; only matters at level 1 where the source sets it apart. */
  public?: boolean;
  /** Which admission this is in the policy year, 1 for the first (the default). */
  admission?: number;
  /** Enrolled without a break, where a cap depends on it (天津). Defaults to false. */
  continuous?: boolean;
}

/** In fen; `null` where the source allows no bound on that side. */
export interface Bounds {
  min: number | null;
  max: number | null;
}

/**
 * A trace step or missing item for the UI to say in the page's language: a template of the `estimate-trace`
 * namespace (app/i18n/estimate-trace.*.json) and its values. The simplified-Chinese template with the amounts
 * written by `yuan` gives exactly the engine's own sentence (`step` / `what`; see estimate-trace.test.ts).
 *  - A param named `…Fen` is an amount in fen, formatted by whoever renders the message.
 *  - Other numbers are shown as they are (percents, admission numbers).
 *  - Strings come from the region's data (a localized region gives them translated), or name a sub-template the
 *    template nests (`place`, `admissionCase`, `range`).
 *  - `lists`, where present, are params that are lists (office names, 大病保险 bands): each item is rendered on its
 *    own and the items are joined with the `separator.<param>` template (、 between office names in Chinese).
 */
export interface TraceMessage {
  key: string;
  params: Record<string, string | number>;
  lists?: Record<string, TraceMessage[]>;
}

/** Something the source does not say that the estimate would need, and whom to ask (office ids of the region). */
export interface MissingItem {
  id: string;
  what: string;
  askAt: string[];
  /** Only where the engine wrote `what` itself; otherwise `what` is the region's own text. */
  message?: TraceMessage;
}

export interface TraceStep {
  /** One plain Chinese sentence, e.g. "起付线：三级医院首次住院 900元". */
  step: string;
  /** The same sentence as a template and values, for other languages. */
  message: TraceMessage;
  amountFen?: number;
  range?: Bounds;
  cite?: Citation;
  policyYear: string;
}

export interface EstimateResult {
  region: RegionId;
  policyYear: string;
  care: CareType;
  /** The bill, in fen. */
  cost: number;
  /** True when the source gives every figure needed: then fund + criticalIllness + outOfPocket = cost exactly. */
  exact: boolean;
  /** Paid by the basic insurance fund. */
  fund: Bounds;
  /** Paid by 大病保险 on top. */
  criticalIllness: Bounds;
  /** Left for the family. */
  outOfPocket: Bounds;
  missing: MissingItem[];
  trace: TraceStep[];
}

/** Bills up to 100亿元 keep every integer product below 2^53. */
export const MAX_COST_FEN = 1_000_000_000_000;

export type EstimateOption = 'level' | 'public' | 'admission' | 'continuous';

/** An option a region's rule for a care type reads; `required` ones have no default and must be asked. */
export interface OptionSpec {
  option: EstimateOption;
  required: boolean;
  /** The values accepted, where they are a short list; `admission` takes any whole number from 1. */
  values?: readonly (number | boolean)[];
  default?: number | boolean;
  /** The option only matters at this hospital level. */
  onlyForLevel?: HospitalLevel;
}

/** Thrown when the region's rule needs an option the input lacks (e.g. 聊城 inpatient without a hospital level). */
export class MissingOptionError extends Error {
  readonly region: RegionId;
  readonly care: CareType;
  readonly option: EstimateOption;
  readonly accepted: readonly (number | boolean)[];

  constructor(region: RegionId, care: CareType, option: EstimateOption, accepted: readonly (number | boolean)[]) {
    super(`${region} ${care} needs "${option}" (one of ${accepted.join(', ')})`);
    this.name = 'MissingOptionError';
    this.region = region;
    this.care = care;
    this.option = option;
    this.accepted = accepted;
  }
}

export function isNotStated(value: unknown): value is NotStated {
  return typeof value === 'object' && value !== null && 'notStated' in value;
}

/** Which options the region's rule for this care type reads, so a caller can ask for them before estimating. */
export function estimateOptions(region: RegionPolicy, care: CareType): OptionSpec[] {
  const rule = region.benefits.care[care];
  if (isNotStated(rule)) return [];
  const specs: OptionSpec[] = [];
  const deductible = isNotStated(rule.deductible) ? undefined : rule.deductible;
  const ratio = isNotStated(rule.ratio) ? undefined : rule.ratio;
  const tables: ByLevel<unknown>[] = [];
  if (deductible?.kind === 'by-level') tables.push(deductible.firstAdmissionFen);
  if (ratio?.kind === 'by-level') tables.push(ratio.levels);
  if (tables.length) {
    specs.push({ option: 'level', required: true, values: HOSPITAL_LEVELS });
    if (tables.some((t) => t.level1Public !== undefined)) {
      specs.push({ option: 'public', required: false, values: [true, false], default: false, onlyForLevel: 1 });
    }
  }
  if (deductible?.kind === 'by-level' && deductible.laterAdmissions.length) {
    specs.push({ option: 'admission', required: false, default: 1 });
  }
  if (!isNotStated(rule.cap) && rule.cap.ifNotContinuous) {
    specs.push({ option: 'continuous', required: false, values: [true, false], default: false });
  }
  return specs;
}

/** "1500元", "89460.5元" → always two decimals when there are fen: "89460.50元". */
export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest ? `${whole}.${String(rest).padStart(2, '0')}元` : `${whole}元`;
}

function rangeText(bounds: Bounds): string {
  if (bounds.min !== null && bounds.max !== null) {
    return bounds.min === bounds.max ? yuan(bounds.min) : `约${yuan(bounds.min)}到${yuan(bounds.max)}`;
  }
  if (bounds.max !== null) return `最多约${yuan(bounds.max)}`;
  if (bounds.min !== null) return `至少约${yuan(bounds.min)}`;
  return '来源的数字不够，估算不出';
}

/** The params of `rangeText` for a template nesting `range.{{range}}`. */
function rangeParams(bounds: Bounds): Record<string, string | number> {
  const { min, max } = bounds;
  if (min !== null && max !== null) return min === max ? { range: 'exact', minFen: min } : { range: 'between', minFen: min, maxFen: max };
  if (max !== null) return { range: 'atMost', maxFen: max };
  if (min !== null) return { range: 'atLeast', minFen: min };
  return { range: 'unknown' };
}

const LEVEL_NAMES: Record<HospitalLevel, string> = { 1: '一级医院', 2: '二级医院', 3: '三级医院' };

function admissionName(n: number): string {
  return n === 1 ? '首次住院' : n === 2 ? '第二次住院' : `第${n}次住院`;
}

/** The params of `admissionName` for a template nesting `admission.{{admissionCase}}`. */
function admissionParams(n: number): Record<string, string | number> {
  return { admissionCase: n === 1 ? 'first' : n === 2 ? 'second' : 'nth', admission: n };
}

/** The table's value at a level, its Chinese name and the `place.*` template naming it. */
function atLevel<T>(table: ByLevel<T>, level: HospitalLevel, isPublic: boolean): { value: T; name: string; place: string } {
  if (level === 1 && isPublic && table.level1Public !== undefined) {
    return { value: table.level1Public, name: '一级公立定点医疗机构', place: 'level1Public' };
  }
  return { value: level === 1 ? table.level1 : level === 2 ? table.level2 : table.level3, name: LEVEL_NAMES[level], place: `level${level}` };
}

/** Each bracket's share of the burden, floored to the fen on its own. */
function bracketShares(brackets: Bracket[], burden: number): { bracket: Bracket; part: number; paid: number }[] {
  return brackets
    .map((bracket) => {
      const top = bracket.toFen === undefined ? burden : Math.min(burden, bracket.toFen);
      const part = Math.max(0, top - bracket.fromFen);
      return { bracket, part, paid: Math.floor((part * bracket.percent) / 100) };
    })
    .filter((s) => s.part > 0);
}

function checkInput(input: EstimateInput): void {
  if (!(CARE_TYPES as readonly string[]).includes(input.care)) throw new RangeError(`care must be one of ${CARE_TYPES.join(', ')}`);
  if (!Number.isSafeInteger(input.costFen) || input.costFen < 0 || input.costFen > MAX_COST_FEN) {
    throw new RangeError(`costFen must be a whole number of fen from 0 to ${MAX_COST_FEN}`);
  }
  if (input.level !== undefined && !(HOSPITAL_LEVELS as readonly number[]).includes(input.level)) {
    throw new RangeError('level must be 1, 2 or 3');
  }
  if (input.admission !== undefined && (!Number.isSafeInteger(input.admission) || input.admission < 1)) {
    throw new RangeError('admission must be a whole number from 1');
  }
}

export function estimate(region: RegionPolicy, input: EstimateInput): EstimateResult {
  checkInput(input);
  const { care, costFen: cost } = input;
  const benefits = region.benefits;
  const year = region.policyYear;
  const trace: TraceStep[] = [];
  const missing: MissingItem[] = [];
  const officeList = (ids: string[]) => ids.map((id) => region.offices.find((o) => o.id === id)?.name ?? id);
  const officeNames = (ids: string[]) => officeList(ids).join('、');
  const msg = (key: string, params: Record<string, string | number> = {}, lists?: TraceMessage['lists']): TraceMessage =>
    lists ? { key, params, lists } : { key, params };
  /** The `offices` list param: each office's name as the region gives it. */
  const officesParam = (ids: string[]) => ({ offices: officeList(ids).map((text) => msg('note', { text })) });
  const say = (
    step: string,
    message: TraceMessage,
    extra: Omit<TraceStep, 'step' | 'policyYear' | 'message'> & { policyYear?: string } = {},
  ) => {
    trace.push({ step, policyYear: year, ...extra, message });
  };
  /**
   * Records what the source lacks (once) and, given a lead (the text and the `lack.*` template with its params),
   * says so in the trace. A `what` the engine wrote itself comes with its message.
   */
  const lack = (
    id: string,
    gap: { what: string; askAt: string[]; message?: TraceMessage },
    lead?: { text: string; key: string; params?: Record<string, string | number> },
  ) => {
    if (!missing.some((m) => m.what === gap.what)) {
      missing.push({ id, what: gap.what, askAt: [...gap.askAt], ...(gap.message ? { message: gap.message } : {}) });
    }
    if (lead) {
      const offices = officeNames(gap.askAt);
      say(
        `${lead.text}：来源没有写${gap.what}。请向${offices}询问`,
        msg(`lack.${lead.key}`, { ...lead.params, what: gap.what }, officesParam(gap.askAt)),
      );
    }
  };
  const result = (fund: Bounds, criticalIllness: Bounds, outOfPocket: Bounds): EstimateResult => ({
    region: region.id,
    policyYear: year,
    care,
    cost,
    exact: missing.length === 0 && [fund, criticalIllness, outOfPocket].every((b) => b.min !== null && b.min === b.max),
    fund,
    criticalIllness,
    outOfPocket,
    missing,
    trace,
  });
  const unknown: Bounds = { min: null, max: null };

  // A source with no benefit figure at all (柳州): say so, name whom to ask, borrow nothing from elsewhere.
  const silent = CARE_TYPES.every((c) => isNotStated(benefits.care[c])) && isNotStated(benefits.criticalIllness);
  if (silent) {
    say(
      `${region.shortName}的来源没有写任何报销待遇，所以这里不做估算，也不借用其他地区的数字`,
      msg('silent', { region: region.shortName }),
    );
    lack('benefits', benefits.care[care] as NotStated, { text: '报销待遇', key: 'benefits' });
    return result(unknown, unknown, unknown);
  }

  say(`费用：${yuan(cost)}（按全部是政策范围内的合规费用估算）`, msg('cost', { costFen: cost }), { amountFen: cost });
  for (const note of benefits.notes) say(note.text, msg('note', { text: note.text }), { cite: note.cite, policyYear: note.policyYear });

  const rule = benefits.care[care];
  let fund: Bounds;
  if (isNotStated(rule)) {
    lack(care, rule, { text: '基本医保', key: 'fund' });
    fund = unknown;
  } else {
    fund = fundBounds(rule);
  }

  // 个人负担 after the basic insurance lies in [cost − fund.max, cost − fund.min]; the fund never pays less than 0.
  const burdenMin = fund.max === null ? null : cost - fund.max;
  const burdenMax = cost - (fund.min ?? 0);
  say(
    '个人负担：基本医保报销后家里还要付的部分（起付线、按比例自付的部分和超过基本医保限额的部分），' +
      `假设本年度此前没有用掉限额：${rangeText({ min: burdenMin, max: burdenMax })}`,
    msg('burden', rangeParams({ min: burdenMin, max: burdenMax })),
    burdenMin === burdenMax ? { amountFen: burdenMax } : { range: { min: burdenMin, max: burdenMax } },
  );

  const ci = criticalIllness(benefits.criticalIllness, burdenMin, burdenMax);
  // The family bears the burden less what 大病保险 pays on it; b − 大病(b) never decreases as b grows.
  const outOfPocket: Bounds = {
    min: burdenMin !== null && ci.upper ? burdenMin - ci.upper(burdenMin) : null,
    max: ci.lower ? burdenMax - ci.lower(burdenMax) : fund.min !== null ? burdenMax : null,
  };
  const exactAll = [fund, ci.bounds, outOfPocket].every((b) => b.min !== null && b.min === b.max);
  if (exactAll) {
    say(
      `家里自付：${yuan(cost)} − ${yuan(fund.max!)} − ${yuan(ci.bounds.max!)} = ${yuan(outOfPocket.max!)}`,
      msg('family.exact', { costFen: cost, fundFen: fund.max!, criticalIllnessFen: ci.bounds.max!, familyFen: outOfPocket.max! }),
      { amountFen: outOfPocket.max! },
    );
  } else {
    say(
      `家里自付：${rangeText(outOfPocket)}（来源缺少的数字见“来源没有写”各项）`,
      msg('family.range', rangeParams(outOfPocket)),
      { range: outOfPocket },
    );
  }
  return result(fund, ci.bounds, outOfPocket);

  function fundBounds(rule: CareBenefit): Bounds {
    const label = rule.label;
    for (const note of rule.notes) {
      say(`${label}：${note.text}`, msg('careNote', { label, text: note.text }), { cite: note.cite, policyYear: note.policyYear });
    }
    const needLevel = (): HospitalLevel => {
      if (input.level === undefined) throw new MissingOptionError(region.id, care, 'level', HOSPITAL_LEVELS);
      return input.level;
    };

    // 起付线: unknown means the minimum is open and the maximum assumes none.
    let deductible = 0;
    let deductibleKnown = true;
    const d = rule.deductible;
    if (isNotStated(d)) {
      deductibleKnown = false;
      lack(`${care}-deductible`, d, { text: '起付线', key: 'deductible' });
      say('估算上限时按没有起付线计算', msg('deductible.assumeNone'));
    } else if (d.kind === 'none') {
      say(`起付线：${label}不设起付线`, msg('deductible.none', { label }), { amountFen: 0, cite: d.cite, policyYear: d.policyYear });
    } else if (d.kind === 'fixed') {
      deductible = d.amountFen;
      say(`起付线：${label}只报销超过${yuan(d.amountFen)}的部分`, msg('deductible.fixed', { label, deductibleFen: deductible }), {
        amountFen: deductible,
        cite: d.cite,
        policyYear: d.policyYear,
      });
    } else {
      const level = needLevel();
      const { value: first, name, place } = atLevel(d.firstAdmissionFen, level, input.public === true);
      const admission = input.admission ?? 1;
      const later = [...d.laterAdmissions].reverse().find((s) => admission >= s.fromAdmission);
      if (!later) {
        deductible = first;
        say(
          `起付线：${name}${admissionName(admission)} ${yuan(first)}`,
          msg('deductible.level', { place, ...admissionParams(admission), deductibleFen: first }),
          { amountFen: first, cite: d.cite, policyYear: d.policyYear },
        );
      } else {
        deductible = Math.floor((first * later.percentOfFirst) / 100);
        say(`起付线：${name}首次住院 ${yuan(first)}`, msg('deductible.level', { place, ...admissionParams(1), deductibleFen: first }), {
          amountFen: first,
          cite: d.cite,
          policyYear: d.policyYear,
        });
        say(
          later.percentOfFirst === 0
            ? `这是${admissionName(admission)}：没有起付线，0元`
            : `这是${admissionName(admission)}：起付线按首次的${later.percentOfFirst}%算，${yuan(first)} × ${later.percentOfFirst}% = ${yuan(deductible)}`,
          later.percentOfFirst === 0
            ? msg('deductible.laterNone', { ...admissionParams(admission), deductibleFen: 0 })
            : msg('deductible.laterPercent', {
                ...admissionParams(admission),
                percent: later.percentOfFirst,
                firstFen: first,
                deductibleFen: deductible,
              }),
          { amountFen: deductible, cite: later.cite, policyYear: later.policyYear },
        );
      }
    }
    const base = Math.max(0, cost - deductible);
    if (deductible > 0) {
      say(
        `超过起付线的部分：${yuan(cost)} − ${yuan(deductible)} = ${yuan(base)}`,
        msg('aboveDeductible', { costFen: cost, deductibleFen: deductible, baseFen: base }),
        { amountFen: base },
      );
    }

    // 报销比例: an "up to" figure only bounds the payment from above; no ratio at all leaves the bill itself.
    let percent: number | null = null;
    let ratioExact = false;
    const r = rule.ratio;
    if (isNotStated(r)) {
      lack(`${care}-ratio`, r, { text: '报销比例', key: 'ratio' });
    } else {
      const chosen: { value: Share; name: string; place?: string } =
        r.kind === 'by-level' ? atLevel(r.levels, needLevel(), input.public === true) : { value: r, name: label };
      percent = chosen.value.percent;
      ratioExact = chosen.value.kind === 'exact';
      if (ratioExact) {
        say(
          `报销比例：${chosen.name} ${percent}%`,
          chosen.place ? msg('ratio.place', { place: chosen.place, percent }) : msg('ratio.label', { label, percent }),
          { cite: r.cite, policyYear: r.policyYear },
        );
      } else {
        const offices = officeNames(region.confirmWith);
        say(
          `报销比例：来源只写了最高${percent}%，实际比例可能更低，请向${offices}询问`,
          msg('ratio.upTo', { percent }, officesParam(region.confirmWith)),
          { cite: r.cite, policyYear: r.policyYear },
        );
        lack(`${care}-ratio`, {
          what: `${label}的实际报销比例（只写了最高${percent}%）`,
          askAt: region.confirmWith,
          message: msg('missing.ratioUpTo', { label, percent }),
        });
      }
    }
    const byRatio = percent === null ? base : Math.floor((base * percent) / 100);
    if (percent !== null) {
      const ceiling = !(ratioExact && deductibleKnown);
      say(
        `按比例：${yuan(base)} × ${percent}% = ${yuan(byRatio)}${ceiling ? '（上限）' : ''}`,
        msg(ceiling ? 'byRatio.ceiling' : 'byRatio.exact', { baseFen: base, percent, paidFen: byRatio }),
        { amountFen: byRatio },
      );
    }

    // 最高支付限额.
    let cap: number | null = null;
    const c = rule.cap;
    if (isNotStated(c)) {
      lack(`${care}-cap`, c, { text: '最高支付限额', key: 'cap' });
    } else if (c.ifNotContinuous && input.continuous !== true) {
      say(
        `连续参保的孩子${label}最高支付${yuan(c.amountFen)}；这次按没有连续参保计算`,
        msg('cap.notContinuous', { label, capFen: c.amountFen }),
        { cite: c.cite, policyYear: c.policyYear },
      );
      lack(`${care}-cap`, c.ifNotContinuous, { text: '最高支付限额', key: 'cap' });
    } else {
      cap = c.amountFen;
      const over = byRatio > cap;
      say(
        `最高支付限额（${c.per}）${yuan(cap)}：${over ? `超过了，按${yuan(cap)}算` : '没有超过'}`,
        msg(over ? 'cap.over' : 'cap.under', { per: c.per, capFen: cap }),
        { amountFen: cap, cite: c.cite, policyYear: c.policyYear },
      );
    }

    const max = percent === null && cap === null ? null : Math.min(byRatio, cap ?? Infinity);
    const min = deductibleKnown && ratioExact && cap !== null ? max : null;
    const bounds = { min, max };
    if (min !== null && min === max) say(`基本医保报销：${yuan(min)}`, msg('fundPaid', rangeParams(bounds)), { amountFen: min });
    else say(`基本医保报销：${rangeText(bounds)}`, msg('fundPaid', rangeParams(bounds)), { range: bounds });
    return bounds;
  }

  /**
   * 大病保险 on the burden b. `upper(b)` and `lower(b)` bound what it pays for a burden of b; both never decrease
   * as b grows, and b − upper(b) never decreases either (every bracket pays less than 100%).
   */
  function criticalIllness(
    rule: CriticalIllness | NotStated,
    burdenMin: number | null,
    burdenMax: number,
  ): { bounds: Bounds; upper?: (b: number) => number; lower?: (b: number) => number } {
    if (isNotStated(rule)) {
      lack('critical-illness', rule, { text: '大病保险', key: 'criticalIllness' });
      return { bounds: unknown };
    }
    const label = rule.label;
    if (!isNotStated(rule.threshold)) {
      const t = rule.threshold;
      say(
        `${label}：个人负担超过${yuan(t.amountFen)}的部分才报销，${yuan(t.amountFen)}以内的部分不报`,
        msg('criticalIllness.threshold', { label, thresholdFen: t.amountFen }),
        { amountFen: t.amountFen, cite: t.cite, policyYear: t.policyYear },
      );
    } else if (isNotStated(rule.brackets)) {
      lack('critical-illness-threshold', rule.threshold, { text: `${label}起付`, key: 'criticalIllnessThreshold', params: { label } });
    }
    const brackets = isNotStated(rule.brackets) ? undefined : rule.brackets;
    if (!brackets) {
      lack('critical-illness-ratio', rule.brackets as NotStated, { text: `${label}比例`, key: 'criticalIllnessRatio', params: { label } });
    }
    let cap: number | null = null;
    const capLead = { text: `${label}限额`, key: 'criticalIllnessCap', params: { label } };
    if (isNotStated(rule.cap)) lack('critical-illness-cap', rule.cap, capLead);
    else if (rule.cap.ifNotContinuous && input.continuous !== true) lack('critical-illness-cap', rule.cap.ifNotContinuous, capLead);
    else cap = rule.cap.amountFen;

    const byBrackets = (b: number) => (brackets ? bracketShares(brackets.brackets, b).reduce((sum, s) => sum + s.paid, 0) : 0);
    const capped = (x: number) => Math.min(x, cap ?? Infinity);
    const upper = brackets ? (b: number) => capped(byBrackets(b)) : cap !== null ? (b: number) => capped(b) : undefined;
    const lower = brackets && cap !== null ? (b: number) => capped(byBrackets(b)) : undefined;
    const bounds: Bounds = {
      min: lower && burdenMin !== null ? lower(burdenMin) : null,
      max: upper ? upper(burdenMax) : null,
    };

    if (brackets && burdenMin === burdenMax) {
      const shares = bracketShares(brackets.brackets, burdenMax);
      for (const s of shares) {
        const to = s.bracket.toFen === undefined ? '以上' : `到${yuan(s.bracket.toFen)}`;
        const params = { label, fromFen: s.bracket.fromFen, partFen: s.part, percent: s.bracket.percent, paidFen: s.paid };
        const message =
          s.bracket.toFen === undefined
            ? msg('criticalIllness.bracketOpen', params)
            : msg('criticalIllness.bracket', { ...params, toFen: s.bracket.toFen });
        say(`${label} ${yuan(s.bracket.fromFen)}${to}这一段：${yuan(s.part)} × ${s.bracket.percent}% = ${yuan(s.paid)}`, message, {
          amountFen: s.paid,
          cite: brackets.cite,
          policyYear: brackets.policyYear,
        });
      }
      if (!shares.length) {
        say(`${label}：个人负担没有超过起付标准，不报销`, msg('criticalIllness.belowThreshold', { label }), {
          amountFen: 0, cite: brackets.cite, policyYear: brackets.policyYear });
      }
    } else if (brackets) {
      say(
        `${label}按段报销：${brackets.brackets.map((b) => `${yuan(b.fromFen)}起${b.percent}%`).join('，')}`,
        msg('criticalIllness.brackets', { label }, {
          bands: brackets.brackets.map((b) => msg('criticalIllness.bracketFrom', { fromFen: b.fromFen, percent: b.percent })),
        }),
        { cite: brackets.cite, policyYear: brackets.policyYear },
      );
    }
    if (cap !== null && !isNotStated(rule.cap)) {
      const raw = brackets ? byBrackets(burdenMax) : burdenMax;
      const key = brackets ? (raw > cap ? 'criticalIllness.capOver' : 'criticalIllness.capUnder') : 'criticalIllness.cap';
      say(
        `${label}最高报销（${rule.cap.per}）${yuan(cap)}${brackets ? (raw > cap ? `：超过了，按${yuan(cap)}算` : '：没有超过') : ''}`,
        msg(key, { label, per: rule.cap.per, capFen: cap }),
        { amountFen: cap, cite: rule.cap.cite, policyYear: rule.cap.policyYear },
      );
    }
    const paid = msg('criticalIllness.paid', { label, ...rangeParams(bounds) });
    if (bounds.min !== null && bounds.min === bounds.max) say(`${label}报销：${yuan(bounds.min)}`, paid, { amountFen: bounds.min });
    else say(`${label}报销：${rangeText(bounds)}`, paid, { range: bounds });
    return { bounds, ...(upper ? { upper } : {}), ...(lower ? { lower } : {}) };
  }
}
