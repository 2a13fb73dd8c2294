// "先做这几件事": the few actions at the top of a plan, in the order a parent acts, each with its key fact and the
// step it summarises. Built only from `buildPlan`'s output (and the region it was built from), so the summary can
// never say what the steps do not. Pure: the words are the UI's (`plan.first.*`); this module picks the facts.
import type { Plan, PlanItem, PlanSection } from './plan.ts';
import type { PlanSectionId, PolicyId, RegionPolicy } from '../model/types.ts';
import { hotline12393 } from '../model/national.ts';

export type DeadlineItem = Extract<PlanItem, { kind: 'deadline' }>;
type NotStatedItem = Extract<PlanItem, { kind: 'not-stated' }>;

/** What the source leaves open, and the offices (ids) it names for it. */
export interface Ask {
  what: string;
  askAt: string[];
}

/** How the plan opens: what a parent in this case must hear first. */
export type Lead = 'not-covered' | 'no-route' | 'funded' | 'newborn' | 'standard';

export type FirstAction =
  /** The source does not cover this stage at all. */
  | { kind: 'not-covered'; step: PlanSectionId; ask: Ask }
  /** The source covers the stage but gives this family no way to enrol. */
  | { kind: 'no-route'; step: PlanSectionId; ask: Ask }
  /** With no route: the questions to put to the office, since the plan cannot answer them. */
  | { kind: 'ask-what'; step: PlanSectionId }
  /** The source funds this family's fee in full, in its words (暂不缴费, 辖区…); nothing more (no "仍要登记参保"). */
  | { kind: 'funded'; step: PlanSectionId; groups: string; policyYear: string }
  /**
   * A newborn born in the months the source gives its own rule for (天津: in the collection window, joining the next
   * year): that rule, the window's date, and whom to ask what the source leaves open (one payment or two).
   */
  | { kind: 'newborn-window'; step: PlanSectionId; rule: string; deadline: DeadlineItem; askAt: string[] }
  /** A date counted from the birth (a newborn's first action), or the collection window. */
  | { kind: 'deadline'; step: PlanSectionId; deadline: DeadlineItem; fromBirth: boolean }
  /** Already insured elsewhere: what the source says about stopping, or that it does not say. */
  /** The source funds its own area's groups and says nothing of this family's (aided elsewhere): whom to ask. */
  | { kind: 'aid-ask'; step: PlanSectionId; ask: Ask }
  | { kind: 'stop-other'; step: PlanSectionId; text?: string; ask?: Ask }
  | { kind: 'renew'; step: PlanSectionId; text?: string; ask?: Ask }
  /** How to register (`text`), what the source leaves open for this case (`ask`), or both. */
  | { kind: 'register'; step: PlanSectionId; text?: string; ask?: Ask }
  /** The fee and the channels, in one line. */
  | {
      kind: 'pay';
      step: PlanSectionId;
      fee?: { amountFen: number; per: string; policyYear: string };
      feeAsk?: Ask;
      channels: string[];
      channelsAsk?: Ask;
    }
  /** The dates of a past policy year: what they were, and that this year's must be confirmed. */
  | { kind: 'dates-ask'; step: PlanSectionId; ask: Ask }
  /** Whom to call: an office with a phone, else the area's 12393 (national hotline). */
  | {
      kind: 'call';
      step: PlanSectionId;
      office?: { id: string; name: string; phone: { areaCode?: string; number: string } };
      /**
       * Many offices of which the family uses the nearest (鹤山's town centres): named by the first, whose number the
       * line carries (a line that says "call" holds a number to tap), and a count.
       */
      nearest?: { first: string; count: number; phone: { areaCode?: string; number: string } };
      hotline?: { areaCode: string; number: string };
    };

export interface FirstActions {
  lead: Lead;
  /** Dates that count down (days left) only make sense when the plan gives a route. */
  showCountdown: boolean;
  actions: FirstAction[];
}

/**
 * Words that limit or hedge what a line says (暂 for now, 含 including, 可 may, 辖区 of the district only, a report's
 * figure, a date the app worked out), in the sources' Chinese and in the translations' English. A short line never
 * drops a bracket or a sentence holding one: "个人¥660" without "（2024年报道中的数字，不是文件原文）" or a fee for
 * pupils without "（含托幼机构儿童）" says more than the source.
 */
export const CONDITION_WORDS = [
  '暂',
  '含',
  '可',
  '辖区',
  '报道中的',
  '报道里的',
  '不是',
  '推算',
  '须',
  '如果',
  'for now',
  'includ',
  'may ',
  'can ',
  'in a 2024 news report',
  'not the',
  'worked out',
  'must',
  'if ',
] as const;

/** Whether a piece of text limits or hedges what it is attached to (it holds one of `CONDITION_WORDS`). */
export function hasCondition(text: string): boolean {
  const lower = text.toLowerCase();
  return CONDITION_WORDS.some((w) => lower.includes(w));
}

/**
 * A line's wording without its bracketed explanations, for a one-line action: the step below keeps the full
 * sentence. A bracket that limits or hedges (see `CONDITION_WORDS`) stays.
 */
export function shortWhat(what: string): string {
  const drop = (part: string) => (hasCondition(part) ? part : '');
  return what
    .replace(/（[^（）]*）/g, drop)
    .replace(/\s*\([^()]*\)/g, drop)
    .trim();
}

/**
 * The opening of a note, for a one-line action: sentences up to the first that completes a thought (at least 20
 * characters of Chinese, or 100 of an English translation, which says the same in about five times the letters), so
 * "居民医保不得重复参保。" keeps the sentence that says how to stop, in every language. A sentence ends at 。；;!?！？
 * or a full stop before a space, never inside brackets (an English gloss in parentheses is not an end). A following
 * sentence that hedges what came before ("这是报道里一所学校的做法…") is kept with it. The step has the rest.
 */
export function leadSentence(text: string): string {
  const latin = (text.match(/[A-Za-z]/g)?.length ?? 0) > (text.match(/[\u3400-\u9fff]/g)?.length ?? 0);
  const min = latin ? 100 : 20;
  let out = '';
  const sentences = sentencesOf(text);
  let i = 0;
  for (; i < sentences.length; i += 1) {
    out += sentences[i];
    if (out.trim().length >= min) break;
  }
  for (i += 1; i < sentences.length && isCaveat(sentences[i]!); i += 1) out += sentences[i];
  return out.trim().replace(/[；;]$/, latin ? '.' : '。');
}

/** The sentences of a text, each with its end mark; a mark inside brackets does not end one. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    const end = depth === 0 && (/[。；;!?！？]/.test(c) || (c === '.' && (i + 1 === text.length || text[i + 1] === ' ')));
    if (!end) continue;
    sentences.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** A sentence that qualifies the one before it rather than adding a step: "这是她的经历…", "This is one school's…". */
function isCaveat(sentence: string): boolean {
  return /^\s*(这是|这只是|这不是|不是|以上|This is|That is|This was)/.test(sentence);
}

const ask = (item: NotStatedItem): Ask => ({ what: shortWhat(item.what), askAt: item.askAt });

function section(plan: Plan<PolicyId>, id: PlanSectionId): PlanSection | undefined {
  return plan.sections.find((s) => s.id === id);
}

/** The first step that shows an item. */
function sectionOf(plan: Plan<PolicyId>, id: string): PlanSectionId {
  return plan.sections.find((s) => s.id !== 'unsaid' && s.items.some((i) => i.id === id))?.id ?? 'unsaid';
}

function items<K extends PlanItem['kind']>(plan: Plan<PolicyId>, id: PlanSectionId, kind: K): Extract<PlanItem, { kind: K }>[] {
  return (section(plan, id)?.items ?? []).filter((i): i is Extract<PlanItem, { kind: K }> => i.kind === kind);
}

function birthDeadlineIds(region: RegionPolicy<PolicyId>): Set<string> {
  return new Set(
    Array.isArray(region.deadlines)
      ? region.deadlines.filter((d) => d.rule.kind === 'after-birth' || d.rule.kind === 'birth-year-window').map((d) => d.id)
      : [],
  );
}

/**
 * The register line: the note of the region's `register` list (not its eligibility notes) that says how this family
 * registers, the one the region marks as this family's first step or one limited to its case before the general one;
 * and a gap the region limits to this case (鹤山's local route, 鹿城's local families), which outranks a general note
 * (an example from a report) and goes with a note limited to the case.
 */
function registerLine(plan: Plan<PolicyId>, region: RegionPolicy<PolicyId>): { text?: string; ask?: Ask } | undefined {
  const list = Array.isArray(region.register) ? region.register : [];
  const shown = items(plan, 'register', 'note');
  const birth = birthDeadlineIds(region);
  const candidates = list.filter((n) => shown.some((i) => i.id === n.id) && !birth.has(n.id) && !n.when?.bornMonths);
  const first = candidates.find((n) => shown.some((i) => i.id === n.id && i.first));
  const specific = first ?? candidates.find((n) => n.when && (n.when.aid || n.when.residency || n.when.stage || n.when.insured));
  const note = specific ?? candidates[0];
  const caseGapIds = new Set(region.gaps.filter((g) => g.when && !g.fundingUnsaid && !g.noRoute).map((g) => g.id));
  const gaps = items(plan, 'register', 'not-stated');
  const caseGap = gaps.find((g) => caseGapIds.has(g.id));
  if (caseGap) return specific ? { text: leadSentence(specific.text), ask: ask(caseGap) } : { ask: ask(caseGap) };
  if (note) return { text: leadSentence(note.text) };
  const gap = gaps.find((g) => !region.gaps.some((r) => r.id === g.id && r.fundingUnsaid));
  return gap ? { ask: ask(gap) } : undefined;
}

/** The date a parent acts by: the open or next window; else the last date of the source's year. */
function mainDeadline(plan: Plan<PolicyId>, exclude: Set<string>): DeadlineItem | undefined {
  const list = items(plan, 'deadlines', 'deadline').filter((d) => !exclude.has(d.id));
  const live = list.find((d) => d.status === 'open' || d.status === 'upcoming');
  if (live) return live;
  return [...list].sort((a, b) => (a.to ?? a.from ?? '').localeCompare(b.to ?? b.from ?? '')).at(-1);
}

/** An office of the plan with a phone, the offices to confirm with first; else the area's 12393. */
export function callTarget(plan: Plan<PolicyId>): Extract<FirstAction, { kind: 'call' }> {
  const offices = items(plan, 'contacts', 'office').map((i) => i.office);
  const confirm = new Set(plan.confirmWith.map((o) => o.id));
  const withPhone = offices.filter((o) => o.phones.length > 0 && o.kind !== 'online');
  const confirmOffice = withPhone.find((o) => confirm.has(o.id));
  if (!confirmOffice && withPhone.length > 3)
    return {
      kind: 'call',
      step: 'contacts',
      nearest: { first: withPhone[0]!.name, count: withPhone.length, phone: withPhone[0]!.phones[0]! },
    };
  const office = confirmOffice ?? withPhone[0];
  if (office) return { kind: 'call', step: 'contacts', office: { id: office.id, name: office.name, phone: office.phones[0]! } };
  const { areaCode, number } = hotline12393(plan);
  return { kind: 'call', step: 'contacts', hotline: { areaCode, number } };
}

function firstGap(plan: Plan<PolicyId>, id: PlanSectionId): NotStatedItem | undefined {
  return items(plan, id, 'not-stated')[0];
}

/** The source's rule for births in some months only (天津's September–December births), when it holds for this child. */
function birthMonthsNote(plan: Plan<PolicyId>, region: RegionPolicy<PolicyId>): string | undefined {
  const shown = new Set(items(plan, 'register', 'note').map((n) => n.id));
  const list = Array.isArray(region.register) ? region.register : [];
  return list.find((n) => n.when?.bornMonths && shown.has(n.id))?.text;
}

export function firstActions(plan: Plan<PolicyId>, region: RegionPolicy<PolicyId>): FirstActions {
  const call = callTarget(plan);

  if (!plan.covered) {
    const gap = firstGap(plan, 'not-covered')!;
    return {
      lead: 'not-covered',
      showCountdown: false,
      actions: [
        { kind: 'not-covered', step: 'not-covered', ask: { what: gap.what, askAt: gap.askAt } },
        call,
        { kind: 'ask-what', step: 'contacts' },
      ],
    };
  }

  // A region marks the gaps that leave a family with no route at all (the source names routes for others only).
  const blocking = new Set(region.gaps.filter((g) => g.noRoute).map((g) => g.id));
  const noRoute = plan.sections.flatMap((s) => s.items).find((i): i is NotStatedItem => i.kind === 'not-stated' && blocking.has(i.id));
  if (noRoute) {
    return {
      lead: 'no-route',
      showCountdown: false,
      actions: [{ kind: 'no-route', step: 'register', ask: ask(noRoute) }, call, { kind: 'ask-what', step: 'contacts' }],
    };
  }

  const actions: FirstAction[] = [];
  const birth = birthDeadlineIds(region);
  // A family the source's funding does not name (aided elsewhere) hears that first, and keeps the fee and channels.
  const fundingIds = new Set(region.gaps.filter((g) => g.fundingUnsaid).map((g) => g.id));
  const fundingGap = plan.sections.flatMap((s) => s.items).find((i): i is NotStatedItem => i.kind === 'not-stated' && fundingIds.has(i.id));
  const fundedFee = fundingGap ? undefined : items(plan, 'fee', 'fee').find((f) => f.id === 'fully-funded');
  const birthDeadline = items(plan, 'deadlines', 'deadline')
    .filter((d) => birth.has(d.id))
    .sort((a, b) => (a.to ?? '').localeCompare(b.to ?? ''))[0];

  let lead: Lead = 'standard';
  // Born in the months the source has its own rule for: that rule and the window it names are this child's first
  // action, in one line; the days counted from the birth (a rule about the current year) stay in the step.
  const monthsRule = birthDeadline ? birthMonthsNote(plan, region) : undefined;
  const windowDeadline = monthsRule ? mainDeadline(plan, birth) : undefined;
  if (monthsRule && windowDeadline) {
    lead = 'newborn';
    actions.push({
      kind: 'newborn-window',
      step: 'deadlines',
      rule: monthsRule,
      deadline: windowDeadline,
      askAt: plan.confirmWith.map((o) => o.id),
    });
  } else if (birthDeadline) {
    lead = 'newborn';
    actions.push({ kind: 'deadline', step: 'deadlines', deadline: birthDeadline, fromBirth: true });
  }
  if (fundedFee) {
    if (lead === 'standard') lead = 'funded';
    actions.push({ kind: 'funded', step: 'fee', groups: fundedFee.groups ?? '', policyYear: plan.policyYear });
  }
  if (fundingGap) actions.push({ kind: 'aid-ask', step: sectionOf(plan, fundingGap.id), ask: ask(fundingGap) });

  if (section(plan, 'stop-other')) {
    const note = items(plan, 'stop-other', 'note')[0];
    const gap = firstGap(plan, 'stop-other');
    actions.push({ kind: 'stop-other', step: 'stop-other', ...(note ? { text: leadSentence(note.text) } : gap ? { ask: ask(gap) } : {}) });
  }
  if (section(plan, 'renew')) {
    const note = items(plan, 'renew', 'note')[0];
    const gap = firstGap(plan, 'renew');
    actions.push({ kind: 'renew', step: 'renew', ...(note ? { text: leadSentence(note.text) } : gap ? { ask: ask(gap) } : {}) });
  }

  const register = registerLine(plan, region);
  if (register) actions.push({ kind: 'register', step: 'register', ...register });

  // A funded family pays nothing: its fee and channels stay in their steps, below.
  if (!fundedFee) {
    const fee = items(plan, 'fee', 'fee').find((f) => f.id === 'individual');
    const feeGap = items(plan, 'fee', 'not-stated').find((i) => i.id === 'fee-individual');
    const channels = items(plan, 'pay', 'channel')
      .filter((c) => c.channel.purpose !== 'check')
      .map((c) => c.channel.name);
    const channelsGap = firstGap(plan, 'pay');
    if (fee || feeGap || channels.length || channelsGap) {
      actions.push({
        kind: 'pay',
        step: fee || feeGap ? 'fee' : 'pay',
        ...(fee
          ? { fee: { amountFen: fee.amountFen, per: shortWhat(fee.per), policyYear: plan.policyYear } }
          : feeGap
            ? { feeAsk: ask(feeGap) }
            : {}),
        channels,
        ...(!channels.length && channelsGap ? { channelsAsk: ask(channelsGap) } : {}),
      });
    }
  }

  const deadline = windowDeadline ? undefined : mainDeadline(plan, birth);
  const datesGap = windowDeadline ? undefined : items(plan, 'deadlines', 'not-stated')[0];
  if (deadline) actions.push({ kind: 'deadline', step: 'deadlines', deadline, fromBirth: false });
  else if (datesGap) actions.push({ kind: 'dates-ask', step: 'deadlines', ask: ask(datesGap) });

  actions.push(call);
  // At most six (the case's shape keeps it there: funded families have no pay line, stop and renew exclude each
  // other); should a region ever add more, the register line, which its step repeats in full, gives way.
  if (actions.length > 6)
    actions.splice(
      actions.findIndex((a) => a.kind === 'register'),
      1,
    );
  return { lead, showCountdown: true, actions };
}

/** The one-line summary of a step (shown on its collapsed heading): the first fact a parent would look for. */
export type StepSummary =
  | { kind: 'text'; text: string }
  | { kind: 'gap'; what: string }
  /** `groups`: for a funded family, whom the source funds and how it words it (暂不缴费), shortened. */
  | { kind: 'fee'; amountFen: number; per: string; funded: boolean; groups?: string }
  | { kind: 'channels'; names: string[] }
  | { kind: 'deadline'; deadline: DeadlineItem }
  | { kind: 'offices'; names: string[] }
  | { kind: 'count'; count: number };

export function stepSummary(s: PlanSection): StepSummary | undefined {
  const first = s.items[0];
  if (!first) return undefined;
  switch (s.id) {
    case 'fee': {
      const fee = s.items.find((i): i is Extract<PlanItem, { kind: 'fee' }> => i.kind === 'fee');
      if (fee)
        return {
          kind: 'fee',
          amountFen: fee.amountFen,
          per: fee.per,
          funded: fee.id === 'fully-funded',
          ...(fee.groups ? { groups: shortWhat(fee.groups) } : {}),
        };
      break;
    }
    case 'pay': {
      const names = s.items.flatMap((i) => (i.kind === 'channel' ? [i.channel.name] : []));
      if (names.length) return { kind: 'channels', names };
      break;
    }
    case 'deadlines': {
      const d = s.items.find((i): i is DeadlineItem => i.kind === 'deadline');
      if (d) return { kind: 'deadline', deadline: d };
      break;
    }
    case 'contacts': {
      const names = s.items.flatMap((i) => (i.kind === 'office' ? [i.office.name] : []));
      if (names.length) return { kind: 'offices', names };
      break;
    }
    case 'unsaid':
      return { kind: 'count', count: s.items.length };
  }
  const note = s.items.find((i): i is Extract<PlanItem, { kind: 'note' }> => i.kind === 'note');
  if (note) return { kind: 'text', text: note.text };
  const gap = s.items.find((i): i is NotStatedItem => i.kind === 'not-stated');
  if (gap) return { kind: 'gap', what: shortWhat(gap.what) };
  return undefined;
}

/** How many things the source leaves unsaid for this case, each shown once, in its step. */
export function gapCount(plan: Plan<PolicyId>): number {
  const ids = new Set(
    plan.sections.filter((s) => s.id !== 'unsaid').flatMap((s) => s.items.filter((i) => i.kind === 'not-stated').map((i) => i.id)),
  );
  for (const i of section(plan, 'unsaid')?.items ?? []) ids.add(i.id);
  return ids.size;
}
