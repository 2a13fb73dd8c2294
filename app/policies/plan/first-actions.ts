// "先做这几件事": the few actions at the top of a plan, in the order a parent acts, each with its key fact and the
// step it summarises. Built only from `buildPlan`'s output (and the region it was built from), so the summary can
// never say what the steps do not. Pure: the words are the UI's (`plan.first.*`); this module picks the facts.
import type { Plan, PlanItem, PlanSection } from './plan.ts';
import type { PlanSectionId, RegionPolicy } from '../model/types.ts';
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
  /** The source funds this family's fee in full: it pays nothing but still enrols. */
  | { kind: 'funded'; step: PlanSectionId; groups: string; policyYear: string }
  /**
   * A newborn born in the months the source gives its own rule for (天津: in the collection window, joining the next
   * year): that rule, the window's date, and whom to ask what the source leaves open (one payment or two).
   */
  | { kind: 'newborn-window'; step: PlanSectionId; rule: string; deadline: DeadlineItem; askAt: string[] }
  /** A date counted from the birth (a newborn's first action), or the collection window. */
  | { kind: 'deadline'; step: PlanSectionId; deadline: DeadlineItem; fromBirth: boolean }
  /** Already insured elsewhere: what the source says about stopping, or that it does not say. */
  | { kind: 'stop-other'; step: PlanSectionId; text?: string; ask?: Ask }
  | { kind: 'renew'; step: PlanSectionId; text?: string; ask?: Ask }
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

/** A gap's wording without its bracketed explanation: the step below keeps the full sentence. */
export function shortWhat(what: string): string {
  return what
    .replace(/（[^（）]*）/g, '')
    .replace(/\s*\([^()]*\)/g, '')
    .trim();
}

/**
 * The opening of a note, for a one-line action: sentences up to the first that completes a thought (at least 20
 * characters of Chinese, or 100 of an English translation, which says the same in about five times the letters), so
 * "居民医保不得重复参保。" keeps the sentence that says how to stop, in every language. A sentence ends at 。；;!?！？
 * or a full stop before a space, never inside brackets (an English gloss in parentheses is not an end). The step has
 * the rest.
 */
export function leadSentence(text: string): string {
  const latin = (text.match(/[A-Za-z]/g)?.length ?? 0) > (text.match(/[\u3400-\u9fff]/g)?.length ?? 0);
  const min = latin ? 100 : 20;
  let depth = 0;
  let start = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    const end = depth === 0 && (/[。；;!?！？]/.test(c) || (c === '.' && (i + 1 === text.length || text[i + 1] === ' ')));
    if (!end) continue;
    out += text.slice(start, i + 1);
    start = i + 1;
    if (out.trim().length >= min) break;
  }
  if (start < text.length && out.trim().length < min) out += text.slice(start);
  return out.trim().replace(/[；;]$/, latin ? '.' : '。');
}

const ask = (item: NotStatedItem): Ask => ({ what: shortWhat(item.what), askAt: item.askAt });

function section(plan: Plan, id: PlanSectionId): PlanSection | undefined {
  return plan.sections.find((s) => s.id === id);
}

function items<K extends PlanItem['kind']>(plan: Plan, id: PlanSectionId, kind: K): Extract<PlanItem, { kind: K }>[] {
  return (section(plan, id)?.items ?? []).filter((i): i is Extract<PlanItem, { kind: K }> => i.kind === kind);
}

function birthDeadlineIds(region: RegionPolicy): Set<string> {
  return new Set(Array.isArray(region.deadlines) ? region.deadlines.filter((d) => d.rule.kind === 'after-birth').map((d) => d.id) : []);
}

/**
 * The note that says how this family registers: a note of the region's `register` list (not its eligibility
 * notes), one limited to this family's case first (a 柳州 hardship route before the general scope).
 */
function registerNote(plan: Plan, region: RegionPolicy): string | undefined {
  const list = Array.isArray(region.register) ? region.register : [];
  const shown = new Set(items(plan, 'register', 'note').map((n) => n.id));
  const birth = birthDeadlineIds(region);
  const candidates = list.filter((n) => shown.has(n.id) && !birth.has(n.id) && !n.when?.bornMonths);
  const specific = candidates.find((n) => n.when && (n.when.aid || n.when.residency || n.when.stage));
  const text = (specific ?? candidates[0])?.text;
  return text === undefined ? undefined : leadSentence(text);
}

/** The date a parent acts by: the open or next window; else the last date of the source's year. */
function mainDeadline(plan: Plan, exclude: Set<string>): DeadlineItem | undefined {
  const list = items(plan, 'deadlines', 'deadline').filter((d) => !exclude.has(d.id));
  const live = list.find((d) => d.status === 'open' || d.status === 'upcoming');
  if (live) return live;
  return [...list].sort((a, b) => (a.to ?? a.from ?? '').localeCompare(b.to ?? b.from ?? '')).at(-1);
}

/** An office of the plan with a phone, the offices to confirm with first; else the area's 12393. */
export function callTarget(plan: Plan): Extract<FirstAction, { kind: 'call' }> {
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

function firstGap(plan: Plan, id: PlanSectionId): NotStatedItem | undefined {
  return items(plan, id, 'not-stated')[0];
}

/** The source's rule for births in some months only (天津's September–December births), when it holds for this child. */
function birthMonthsNote(plan: Plan, region: RegionPolicy): string | undefined {
  const shown = new Set(items(plan, 'register', 'note').map((n) => n.id));
  const list = Array.isArray(region.register) ? region.register : [];
  return list.find((n) => n.when?.bornMonths && shown.has(n.id))?.text;
}

export function firstActions(plan: Plan, region: RegionPolicy): FirstActions {
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
  const fundedFee = items(plan, 'fee', 'fee').find((f) => f.id === 'fully-funded');
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

  const registerText = registerNote(plan, region);
  const registerGap = firstGap(plan, 'register');
  if (registerText || registerGap) {
    actions.push({
      kind: 'register',
      step: 'register',
      ...(registerGap && !registerText ? { ask: ask(registerGap) } : { text: registerText! }),
    });
  }

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
  | { kind: 'fee'; amountFen: number; per: string; funded: boolean }
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
      if (fee) return { kind: 'fee', amountFen: fee.amountFen, per: fee.per, funded: fee.id === 'fully-funded' };
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
export function gapCount(plan: Plan): number {
  const ids = new Set(
    plan.sections.filter((s) => s.id !== 'unsaid').flatMap((s) => s.items.filter((i) => i.kind === 'not-stated').map((i) => i.id)),
  );
  for (const i of section(plan, 'unsaid')?.items ?? []) ids.add(i.id);
  return ids.size;
}
