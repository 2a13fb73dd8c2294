// What the insurance pays for one bill, worked out from a region's cited benefit rules with every step shown.
// Pure TypeScript: no React, no I/O, no words. The engine emits each trace step and missing item as a message (a
// template key of the `estimate-trace` namespace, app/i18n/estimate-trace.*.json, and its values); the UI and the CLI
// render those templates, so each sentence is written once.
//
// Money is integer fen throughout. Rounding: every share the fund or the 大病保险 pays is rounded DOWN to the fen
// (Math.floor of an exact integer product, each 大病保险 band on its own so the trace adds up), so a payment is
// never overstated; the family's part is always the remainder, never rounded on its own.
//
// Bounds: where the source gives the full rule the estimate is exact (min === max). Where it gives only a ceiling
// (高达85%, 可达70%, a cap) the result is a bound, and `null` means the source gives nothing to bound that side with:
// a max is null when the source gives no ratio and no cap; a min is null as soon as any figure that could lower the
// payment (起付线, the real ratio, a cap) is unknown.
//
// How 个人负担 (the basis of 大病保险) is read: what the family still bears after the basic insurance for this bill,
// i.e. the deductible, its share above the deductible and any part above the fund's cap, assuming every yuan is
// 政策范围内 (合规) and that nothing earlier in the year has used up a cap or counted towards the threshold. The
// threshold is deducted: the burden below 1.1万 is not paid at all and the rest is paid band by band
// (60% of the part from 1.1万 to 10万, 65% of the part from 10万 to 20万, …), up to the annual cap.
import type {
  Bracket,
  ByLevel,
  CareBenefit,
  CareType,
  Cited,
  Citation,
  CriticalIllness,
  HospitalLevel,
  NotStated,
  PolicyId,
  RegionPolicy,
  Share,
} from '../model/types.ts';
import { CARE_TYPES, HOSPITAL_LEVELS } from '../model/types.ts';
import { isNotStated } from '../model/not-stated.ts';

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
 * A sentence for the UI or the CLI to say: a template of the `estimate-trace` namespace and its values.
 *  - A param named `…Fen` is an amount in fen, formatted by whoever renders the message.
 *  - Other numbers are shown as they are (percents, admission numbers).
 *  - Strings come from the region's data (a localized region gives them translated), or name a sub-template the
 *    template nests (`place`, `admissionCase`, `range`).
 *  - `lists`, where present, are params that are lists (office names, 大病保险 bands, parts of a summary): each
 *    item is rendered on its own and the items are joined with the `separator.<param>` template.
 */
export interface TraceMessage {
  key: string;
  params: Record<string, string | number>;
  lists?: Record<string, TraceMessage[]>;
}

/** Something the source does not say that the estimate would need, and whom to ask (office ids of the region). */
export interface MissingItem {
  id: string;
  /** What is missing: the region's own text (template `note`) or a sentence of the engine. */
  message: TraceMessage;
  askAt: string[];
}

export interface TraceStep {
  message: TraceMessage;
  /** What this step pays or leaves to pay, in fen. Limits and thresholds (起付线, 最高支付限额) are in the sentence only. */
  amountFen?: number;
  range?: Bounds;
  cite?: Citation;
  policyYear: string;
}

export interface EstimateResult {
  region: PolicyId;
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
  /** The three shares as they may be shown: a bound that says nothing is not a figure (see `shownShares`). */
  shown: ShownShares;
  /** The estimate in one phrase, e.g. "基本医保最多报约…；报完后家里至少先付约…". */
  summary: TraceMessage;
  missing: MissingItem[];
  trace: TraceStep[];
}

export interface ShownShares {
  fund: BoundsViewOrUnknown;
  criticalIllness: BoundsViewOrUnknown;
  outOfPocket: BoundsViewOrUnknown;
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
  readonly region: PolicyId;
  readonly care: CareType;
  readonly option: EstimateOption;
  readonly accepted: readonly (number | boolean)[];

  constructor(region: PolicyId, care: CareType, option: EstimateOption, accepted: readonly (number | boolean)[]) {
    super(`${region} ${care} needs "${option}" (one of ${accepted.join(', ')})`);
    this.name = 'MissingOptionError';
    this.region = region;
    this.care = care;
    this.option = option;
    this.accepted = accepted;
  }
}

/** Which options the region's rule for this care type reads, so a caller can ask for them before estimating. */
export function estimateOptions(region: RegionPolicy<PolicyId>, care: CareType): OptionSpec[] {
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

/** How to say a share: one figure, a range, only a ceiling or a floor, or nothing at all. */
export type BoundsView =
  | { kind: 'exact'; fen: number }
  | { kind: 'between'; min: number; max: number }
  | { kind: 'at-most'; max: number }
  | { kind: 'at-least'; min: number };
export type BoundsViewOrUnknown = BoundsView | { kind: 'unknown' };

/**
 * The one classification of bounds, for the trace, the UI and the CLI. `trivial` holds the bounds that say nothing
 * (¥0 at least, the whole bill at most): a side reaching them is dropped, so it is never shown as a figure.
 */
export function classifyBounds(bounds: Bounds, trivial: Bounds = { min: null, max: null }): BoundsViewOrUnknown {
  const { min, max } = bounds;
  if (min !== null && min === max) return { kind: 'exact', fen: min };
  const low = min !== null && (trivial.min === null || min > trivial.min) ? min : null;
  const high = max !== null && (trivial.max === null || max < trivial.max) ? max : null;
  if (low !== null && high !== null) return { kind: 'between', min: low, max: high };
  if (high !== null) return { kind: 'at-most', max: high };
  if (low !== null) return { kind: 'at-least', min: low };
  return { kind: 'unknown' };
}

/**
 * A view as bounds, for a consumer that reads numbers rather than the view's kind (the CLI's JSON): a side the
 * source leaves open is `null`, never the whole bill standing in for "not stated".
 */
export function statedBounds(view: BoundsViewOrUnknown): Bounds {
  switch (view.kind) {
    case 'exact':
      return { min: view.fen, max: view.fen };
    case 'between':
      return { min: view.min, max: view.max };
    case 'at-most':
      return { min: null, max: view.max };
    case 'at-least':
      return { min: view.min, max: null };
    case 'unknown':
      return { min: null, max: null };
  }
}

/** The params of a template nesting `range.{{range}}`. */
export function rangeParams(view: BoundsViewOrUnknown): Record<string, string | number> {
  switch (view.kind) {
    case 'exact':
      return { range: 'exact', minFen: view.fen };
    case 'between':
      return { range: 'between', minFen: view.min, maxFen: view.max };
    case 'at-most':
      return { range: 'atMost', maxFen: view.max };
    case 'at-least':
      return { range: 'atLeast', minFen: view.min };
    case 'unknown':
      return { range: 'unknown' };
  }
}

function msg(key: string, params: Record<string, string | number> = {}, lists?: TraceMessage['lists']): TraceMessage {
  return lists ? { key, params, lists } : { key, params };
}

function admissionParams(n: number): Record<string, string | number> {
  return { admissionCase: n === 1 ? 'first' : n === 2 ? 'second' : 'nth', admission: n };
}

/** The table's value at a level and the `place.*` template naming it. */
function atLevel<T>(table: ByLevel<T>, level: HospitalLevel, isPublic: boolean): { value: T; place: string } {
  if (level === 1 && isPublic && table.level1Public !== undefined) return { value: table.level1Public, place: 'level1Public' };
  return { value: level === 1 ? table.level1 : level === 2 ? table.level2 : table.level3, place: `level${level}` };
}

/** Each band's share of the burden, floored to the fen on its own. */
function bandShares(brackets: Bracket[], burden: number): { bracket: Bracket; part: number; paid: number }[] {
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

// ---- The working record: what every step needs, and the trace and missing lists the steps fill. ----

interface Work {
  region: RegionPolicy<PolicyId>;
  input: EstimateInput;
  trace: TraceStep[];
  missing: MissingItem[];
}

type StepExtra = Omit<TraceStep, 'message' | 'policyYear'> & { policyYear?: string };

function say(w: Work, message: TraceMessage, extra: StepExtra = {}): void {
  w.trace.push({ policyYear: w.region.policyYear, ...extra, message });
}

/** The `offices` list param: each office's name as the region gives it. */
function officesParam(region: RegionPolicy<PolicyId>, ids: string[]): TraceMessage['lists'] {
  return { offices: ids.map((id) => msg('note', { text: region.offices.find((o) => o.id === id)?.name ?? id })) };
}

/**
 * Records what the source lacks (once) and, given a lead (the `lack.*` template and its params), says so in the
 * trace with whom to ask. A gap is the region's own NotStated, or a sentence of the engine with its askAt.
 */
function lack(
  w: Work,
  id: string,
  gap: NotStated | { message: TraceMessage; askAt: string[] },
  lead?: { key: string; params?: Record<string, string | number> },
): void {
  const message = 'message' in gap ? gap.message : msg('note', { text: gap.what });
  if (!w.missing.some((m) => JSON.stringify(m.message) === JSON.stringify(message))) w.missing.push({ id, message, askAt: [...gap.askAt] });
  if (lead && 'what' in gap) {
    say(w, msg(`lack.${lead.key}`, { ...lead.params, what: gap.what }, officesParam(w.region, gap.askAt)));
  }
}

function needLevel(w: Work): HospitalLevel {
  if (w.input.level === undefined) throw new MissingOptionError(w.region.id, w.input.care, 'level', HOSPITAL_LEVELS);
  return w.input.level;
}

// ---- The basic fund: 起付线, 报销比例, 最高支付限额. ----

/** 起付线 for this bill; unknown leaves the minimum open and the maximum assumes none. */
function deductible(w: Work, rule: CareBenefit): { fen: number; known: boolean } {
  const d = rule.deductible;
  const label = rule.label;
  if (isNotStated(d)) {
    lack(w, `${w.input.care}-deductible`, d, { key: 'deductible' });
    say(w, msg('deductible.assumeNone'));
    return { fen: 0, known: false };
  }
  const cited = { cite: d.cite, policyYear: d.policyYear };
  if (d.kind === 'none') {
    say(w, msg('deductible.none', { label }), cited);
    return { fen: 0, known: true };
  }
  if (d.kind === 'fixed') {
    say(w, msg('deductible.fixed', { label, deductibleFen: d.amountFen }), cited);
    return { fen: d.amountFen, known: true };
  }
  const { value: first, place } = atLevel(d.firstAdmissionFen, needLevel(w), w.input.public === true);
  const admission = w.input.admission ?? 1;
  const later = [...d.laterAdmissions].reverse().find((s) => admission >= s.fromAdmission);
  say(w, msg('deductible.level', { place, ...admissionParams(later ? 1 : admission), deductibleFen: first }), cited);
  if (!later) return { fen: first, known: true };
  const fen = Math.floor((first * later.percentOfFirst) / 100);
  const laterCited = { cite: later.cite, policyYear: later.policyYear };
  if (later.percentOfFirst === 0) say(w, msg('deductible.laterNone', { ...admissionParams(admission), deductibleFen: 0 }), laterCited);
  else {
    const params = { ...admissionParams(admission), percent: later.percentOfFirst, firstFen: first, deductibleFen: fen };
    say(w, msg('deductible.laterPercent', params), laterCited);
  }
  return { fen, known: true };
}

/** 报销比例: an "up to" figure only bounds the payment from above; none at all leaves the bill itself. */
function ratio(w: Work, rule: CareBenefit): { percent: number | null; exact: boolean } {
  const r = rule.ratio;
  const label = rule.label;
  if (isNotStated(r)) {
    lack(w, `${w.input.care}-ratio`, r, { key: 'ratio' });
    return { percent: null, exact: false };
  }
  const chosen: { value: Share; place?: string } =
    r.kind === 'by-level' ? atLevel(r.levels, needLevel(w), w.input.public === true) : { value: r };
  const percent = chosen.value.percent;
  const cited = { cite: r.cite, policyYear: r.policyYear };
  if (chosen.value.kind === 'exact') {
    say(w, chosen.place ? msg('ratio.place', { place: chosen.place, percent }) : msg('ratio.label', { label, percent }), cited);
    return { percent, exact: true };
  }
  const askAt = w.region.confirmWith;
  say(w, msg('ratio.upTo', { percent }, officesParam(w.region, askAt)), cited);
  lack(w, `${w.input.care}-ratio`, { message: msg('missing.ratioUpTo', { label, percent }), askAt });
  return { percent, exact: false };
}

/** 最高支付限额 for this bill, or null where the source gives none that holds for it. */
function fundCap(w: Work, rule: CareBenefit, byRatio: number): number | null {
  const c = rule.cap;
  const label = rule.label;
  if (isNotStated(c)) {
    lack(w, `${w.input.care}-cap`, c, { key: 'cap' });
    return null;
  }
  const cited = { cite: c.cite, policyYear: c.policyYear };
  if (c.ifNotContinuous && w.input.continuous !== true) {
    say(w, msg('cap.notContinuous', { label, capFen: c.amountFen }), cited);
    lack(w, `${w.input.care}-cap`, c.ifNotContinuous, { key: 'cap' });
    return null;
  }
  say(w, msg(byRatio > c.amountFen ? 'cap.over' : 'cap.under', { per: c.per, capFen: c.amountFen }), cited);
  return c.amountFen;
}

/** What the basic fund pays: 起付线, then the ratio on the rest, then the cap. */
function fundBounds(w: Work, rule: CareBenefit): Bounds {
  const cost = w.input.costFen;
  for (const note of rule.notes) {
    say(w, msg('careNote', { label: rule.label, text: note.text }), { cite: note.cite, policyYear: note.policyYear });
  }
  const d = deductible(w, rule);
  const base = Math.max(0, cost - d.fen);
  if (d.fen > 0) say(w, msg('aboveDeductible', { costFen: cost, deductibleFen: d.fen, baseFen: base }), { amountFen: base });
  const r = ratio(w, rule);
  const byRatio = r.percent === null ? base : Math.floor((base * r.percent) / 100);
  if (r.percent !== null) {
    const key = r.exact && d.known ? 'byRatio.exact' : 'byRatio.ceiling';
    say(w, msg(key, { baseFen: base, percent: r.percent, paidFen: byRatio }), { amountFen: byRatio });
  }
  const cap = fundCap(w, rule, byRatio);
  const max = r.percent === null && cap === null ? null : Math.min(byRatio, cap ?? Infinity);
  const bounds = { min: d.known && r.exact && cap !== null ? max : null, max };
  const view = classifyBounds(bounds, { min: 0, max: cost });
  say(w, msg('fundPaid', rangeParams(view)), view.kind === 'exact' ? { amountFen: view.fen } : { range: bounds });
  return bounds;
}

// ---- 大病保险: threshold, bands, cap, on the burden left after the fund. ----

/** What 大病保险 pays on a burden b, as a ceiling and a floor; both never decrease as b grows, nor does b − upper(b). */
interface CriticalIllnessPay {
  upper?: (b: number) => number;
  lower?: (b: number) => number;
}

type Bands = Cited & { brackets: Bracket[] };

/** The 大病保险 rule as far as the source gives it: its bands and cap, saying what is missing. */
function criticalIllnessRules(w: Work, rule: CriticalIllness): { bands?: Bands; cap: number | null } {
  const label = rule.label;
  if (!isNotStated(rule.threshold)) {
    const t = rule.threshold;
    say(w, msg('criticalIllness.threshold', { label, thresholdFen: t.amountFen }), { cite: t.cite, policyYear: t.policyYear });
  } else if (isNotStated(rule.brackets)) {
    lack(w, 'critical-illness-threshold', rule.threshold, { key: 'criticalIllnessThreshold', params: { label } });
  }
  if (isNotStated(rule.brackets)) lack(w, 'critical-illness-ratio', rule.brackets, { key: 'criticalIllnessRatio', params: { label } });
  const capLead = { key: 'criticalIllnessCap', params: { label } };
  let cap: number | null = null;
  if (isNotStated(rule.cap)) lack(w, 'critical-illness-cap', rule.cap, capLead);
  else if (rule.cap.ifNotContinuous && w.input.continuous !== true) lack(w, 'critical-illness-cap', rule.cap.ifNotContinuous, capLead);
  else cap = rule.cap.amountFen;
  return { ...(isNotStated(rule.brackets) ? {} : { bands: rule.brackets }), cap };
}

/** The 大病保险 bands in the trace: each band's part and payment for a known burden, else the bands themselves. */
function criticalIllnessBands(w: Work, label: string, bands: Bands, burden: number | null): void {
  const cited = { cite: bands.cite, policyYear: bands.policyYear };
  if (burden === null) {
    const items = bands.brackets.map((b) => msg('criticalIllness.bracketFrom', { fromFen: b.fromFen, percent: b.percent }));
    say(w, msg('criticalIllness.brackets', { label }, { bands: items }), cited);
    return;
  }
  const shares = bandShares(bands.brackets, burden);
  for (const s of shares) {
    const params = { label, fromFen: s.bracket.fromFen, partFen: s.part, percent: s.bracket.percent, paidFen: s.paid };
    const message =
      s.bracket.toFen === undefined
        ? msg('criticalIllness.bracketOpen', params)
        : msg('criticalIllness.bracket', { ...params, toFen: s.bracket.toFen });
    say(w, message, { amountFen: s.paid, ...cited });
  }
  if (!shares.length) say(w, msg('criticalIllness.belowThreshold', { label }), { amountFen: 0, ...cited });
}

/**
 * How 大病保险 pays on a burden b, from the bands and cap the source gives. Where the source does not say whether it
 * covers this kind of care (`scoped`), it may pay nothing: the floor is 0 and the rule is only a ceiling.
 */
function criticalIllnessPay(
  bands: Bands | undefined,
  cap: number | null,
  scoped: boolean,
): CriticalIllnessPay & { byBands: (b: number) => number } {
  const byBands = (b: number) => (bands ? bandShares(bands.brackets, b).reduce((sum, s) => sum + s.paid, 0) : 0);
  const capped = (x: number) => Math.min(x, cap ?? Infinity);
  const upper = bands ? (b: number) => capped(byBands(b)) : cap !== null ? (b: number) => capped(b) : undefined;
  const lower = scoped ? () => 0 : bands && cap !== null ? (b: number) => capped(byBands(b)) : undefined;
  return { byBands, ...(upper ? { upper } : {}), ...(lower ? { lower } : {}) };
}

/** 大病保险 on a burden in [burdenMin, burdenMax]: its bounds and how it pays, for the family's share. */
function criticalIllness(
  w: Work,
  rule: CriticalIllness | NotStated,
  burdenMin: number | null,
  burdenMax: number,
): CriticalIllnessPay & { bounds: Bounds } {
  if (isNotStated(rule)) {
    lack(w, 'critical-illness', rule, { key: 'criticalIllness' });
    return { bounds: { min: null, max: null } };
  }
  const label = rule.label;
  const { bands, cap } = criticalIllnessRules(w, rule);
  const scope = rule.unnamedCare?.care.includes(w.input.care) ? rule.unnamedCare : undefined;
  const { byBands, upper, lower } = criticalIllnessPay(bands, cap, scope !== undefined);
  // A rule that would pay nothing on this bill pays nothing whatever it covers: no reading to confirm then.
  if (scope && upper && upper(burdenMax) > 0) lack(w, 'critical-illness-scope', scope, { key: 'criticalIllnessScope', params: { label } });
  const bounds: Bounds = { min: lower && burdenMin !== null ? lower(burdenMin) : null, max: upper ? upper(burdenMax) : null };
  if (bands) criticalIllnessBands(w, label, bands, burdenMin === burdenMax ? burdenMax : null);
  if (cap !== null && !isNotStated(rule.cap)) {
    const raw = bands ? byBands(burdenMax) : burdenMax;
    const key = bands ? (raw > cap ? 'criticalIllness.capOver' : 'criticalIllness.capUnder') : 'criticalIllness.cap';
    say(w, msg(key, { label, per: rule.cap.per, capFen: cap }), { cite: rule.cap.cite, policyYear: rule.cap.policyYear });
  }
  const view = classifyBounds(bounds, { min: 0, max: burdenMax });
  say(w, msg('criticalIllness.paid', { label, ...rangeParams(view) }), view.kind === 'exact' ? { amountFen: view.fen } : { range: bounds });
  return { bounds, ...(upper ? { upper } : {}), ...(lower ? { lower } : {}) };
}

// ---- The whole estimate. ----

/** The family's share: the burden less what 大病保险 pays on it (b − 大病(b) never decreases as b grows). */
function familyBounds(fund: Bounds, ci: CriticalIllnessPay, burdenMin: number | null, burdenMax: number): Bounds {
  return {
    min: burdenMin !== null && ci.upper ? burdenMin - ci.upper(burdenMin) : null,
    max: ci.lower ? burdenMax - ci.lower(burdenMax) : fund.min !== null ? burdenMax : null,
  };
}

function isExact(bounds: Bounds): boolean {
  return bounds.min !== null && bounds.min === bounds.max;
}

/** The most a view says is paid, 0 where it names no maximum. */
function shownMax(view: BoundsViewOrUnknown): number {
  return view.kind === 'exact' ? view.fen : view.kind === 'between' || view.kind === 'at-most' ? view.max : 0;
}

/**
 * The shares as they may be shown. A bound equal to the trivial one (the whole bill, or all that is left after the
 * fund, for what insurance pays; ¥0 for the family) is not a figure. Maxima that would add up to more than the
 * bill are never shown together: the fund's stays and 大病保险's is dropped (they cannot both be reached).
 */
export function shownShares(cost: number, fund: Bounds, criticalIllness: Bounds, outOfPocket: Bounds): ShownShares {
  const burdenMax = cost - (fund.min ?? 0);
  const fundView = classifyBounds(fund, { min: 0, max: cost });
  let ciView = classifyBounds(criticalIllness, { min: 0, max: burdenMax });
  if (shownMax(fundView) + shownMax(ciView) > cost) ciView = classifyBounds({ ...criticalIllness, max: null }, { min: 0, max: null });
  return { fund: fundView, criticalIllness: ciView, outOfPocket: classifyBounds(outOfPocket, { min: 0, max: cost }) };
}

/**
 * The estimate in one phrase: what the fund pays; then 大病保险 (where it is a figure) and the family, as the opened
 * result shows them: where the family's share is not stated there, the phrase says so and gives no figure either.
 */
function summary(shown: ShownShares, ciLabel: string): TraceMessage {
  const parts = [shown.fund.kind === 'unknown' ? msg('summary.fundUnknown') : msg('summary.fund', rangeParams(shown.fund))];
  const ci = shown.criticalIllness;
  if (ci.kind !== 'unknown' && !(ci.kind === 'exact' && ci.fen === 0))
    parts.push(msg('summary.criticalIllness', { label: ciLabel, ...rangeParams(ci) }));
  // Nothing stated at all: the fund's line says it; a second "not stated" would add nothing.
  if (shown.outOfPocket.kind !== 'unknown') parts.push(msg('summary.family', rangeParams(shown.outOfPocket)));
  else if (shown.fund.kind !== 'unknown') parts.push(msg('summary.familyUnknown'));
  return msg('summary.line', {}, { parts });
}

function result(
  w: Work,
  shares: { fund: Bounds; criticalIllness: Bounds; outOfPocket: Bounds },
  shown: ShownShares,
  line: TraceMessage,
): EstimateResult {
  return {
    region: w.region.id,
    policyYear: w.region.policyYear,
    care: w.input.care,
    cost: w.input.costFen,
    exact: w.missing.length === 0 && Object.values(shares).every(isExact),
    ...shares,
    shown,
    summary: line,
    missing: w.missing,
    trace: w.trace,
  };
}

export function estimate(region: RegionPolicy<PolicyId>, input: EstimateInput): EstimateResult {
  checkInput(input);
  const w: Work = { region, input, trace: [], missing: [] };
  const { benefits } = region;
  const cost = input.costFen;
  const unknown: Bounds = { min: null, max: null };

  // A source with no benefit figure at all (柳州): say so, name whom to ask, borrow nothing from elsewhere.
  if (CARE_TYPES.every((c) => isNotStated(benefits.care[c])) && isNotStated(benefits.criticalIllness)) {
    say(w, msg('silent', { region: region.shortName }));
    lack(w, 'benefits', benefits.care[input.care] as NotStated, { key: 'benefits' });
    const none = shownShares(cost, unknown, unknown, unknown);
    return result(w, { fund: unknown, criticalIllness: unknown, outOfPocket: unknown }, none, summary(none, ''));
  }

  say(w, msg('cost', { costFen: cost }), { amountFen: cost });
  for (const note of benefits.notes) say(w, msg('note', { text: note.text }), { cite: note.cite, policyYear: note.policyYear });
  const rule = benefits.care[input.care];
  let fund = unknown;
  if (isNotStated(rule)) lack(w, input.care, rule, { key: 'fund' });
  else fund = fundBounds(w, rule);

  // 个人负担 after the basic insurance lies in [cost − fund.max, cost − fund.min]; the fund never pays less than 0.
  const burden: Bounds = { min: fund.max === null ? null : cost - fund.max, max: cost - (fund.min ?? 0) };
  const burdenView = classifyBounds(burden);
  say(w, msg('burden', rangeParams(burdenView)), burdenView.kind === 'exact' ? { amountFen: burdenView.fen } : { range: burden });

  const ci = criticalIllness(w, benefits.criticalIllness, burden.min, burden.max!);
  const family = familyBounds(fund, ci, burden.min, burden.max!);
  const shown = shownShares(cost, fund, ci.bounds, family);
  if (shown.outOfPocket.kind === 'exact' && isExact(fund) && isExact(ci.bounds)) {
    const params = { costFen: cost, fundFen: fund.max!, criticalIllnessFen: ci.bounds.max!, familyFen: shown.outOfPocket.fen };
    say(w, msg('family.exact', params), { amountFen: shown.outOfPocket.fen });
  } else {
    say(w, msg('family.range', rangeParams(shown.outOfPocket)), { range: family });
  }
  const ciLabel = isNotStated(benefits.criticalIllness) ? '' : benefits.criticalIllness.label;
  const shares = { fund, criticalIllness: ci.bounds, outOfPocket: family };
  return result(w, shares, shown, summary(shown, ciLabel));
}
