// Turns a region's cited data and one family's answers into the plan, in the order a parent acts.
// Pure: the caller passes today's date, so tests can fix it.
import type {
  Channel,
  Citation,
  Deadline,
  Insured,
  Note,
  NotStated,
  Office,
  PlanSectionId,
  PolicyId,
  RegionId,
  RegionPolicy,
  Source,
  When,
} from '../model/types.ts';
import { PLAN_SECTIONS } from '../model/types.ts';
import type { CompleteAnswers } from '../answers/questions.ts';
import { addDays, daysBetween, isoFromParts } from '../common/dates.ts';
import { NATIONAL_FACTS } from '../model/national.ts';
import type { NationalFact } from '../model/national.ts';
import { hasNoPhone } from './contacts.ts';
import { isNotStated } from '../model/not-stated.ts';

export type DeadlineStatus =
  /** The date (or the window's end) has passed. */
  | 'past'
  /** The window is open today; `daysLeft` counts to its last day. */
  | 'open'
  /** The window has not opened yet; `daysUntil` counts to its first day. */
  | 'upcoming'
  /** The source gives a start but no end, and the start has passed. */
  | 'no-end';

export type PlanItem =
  /** `first`: the region marks this note as this family's first step (`Note.firstFor`). */
  | { kind: 'note'; id: string; text: string; cite: Citation; ifInsured?: Insured; first?: true }
  /** Guidance of the app's own (no figure, no policy claim); its words come from the UI's translations. */
  | { kind: 'advice'; id: string }
  | { kind: 'not-stated'; id: string; what: string; askAt: string[] }
  | {
      kind: 'fee';
      id: 'individual' | 'subsidy' | 'fully-funded';
      amountFen: number;
      per: string;
      cite: Citation;
      groups?: string;
      /** The individual fee beside a funded group's ¥0: it is what a family outside those groups pays. */
      othersThanFunded?: true;
    }
  | { kind: 'channel'; id: string; channel: Channel }
  | {
      kind: 'deadline';
      id: string;
      label: string;
      policyYear: string;
      cite: Citation;
      /** Worked out by the app from a recurring or birth-relative rule rather than printed in the source. */
      computed: boolean;
      from?: string;
      to?: string;
      status: DeadlineStatus;
      daysLeft?: number;
      daysUntil?: number;
    }
  | { kind: 'office'; id: string; office: Office }
  /** A national rule (`national.ts`): the app's summary of a named document, shown as such, never as a quote. */
  | { kind: 'national'; id: string; fact: NationalFact };

export interface PlanSection {
  id: PlanSectionId;
  items: PlanItem[];
}

export interface Plan<Id extends PolicyId = RegionId> {
  region: Id;
  regionName: string;
  /** The region's long-distance prefix (national rule N3), for its 12393. */
  areaCode: string;
  policyYear: string;
  lastVerified: string;
  source: Source;
  confirmWith: Office[];
  /** False when the source says nothing about this school stage: the plan then only points to whom to ask. */
  covered: boolean;
  sections: PlanSection[];
}

export function matches(when: When | undefined, answers: CompleteAnswers): boolean {
  if (!when) return true;
  if (when.stage && !when.stage.includes(answers.stage)) return false;
  if (when.insured && !when.insured.includes(answers.insured)) return false;
  if (when.residency && !when.residency.includes(answers.residency)) return false;
  if (when.aid && !when.aid.includes(answers.aid)) return false;
  if (when.bornMonths) {
    const month = answers.born ? Number(answers.born.slice(5, 7)) : NaN;
    if (!when.bornMonths.includes(month)) return false;
  }
  return true;
}

function notStated(id: string, value: NotStated): PlanItem {
  return { kind: 'not-stated', id, what: value.what, askAt: value.askAt };
}

function notes(list: Note[], answers: CompleteAnswers, ifInsured?: Insured): PlanItem[] {
  return list
    .filter((n) => matches(n.when, answers))
    .map((n) => ({
      kind: 'note' as const,
      id: n.id,
      text: n.text,
      cite: n.cite,
      ...(ifInsured ? { ifInsured } : {}),
      ...(n.firstFor && matches(n.firstFor, answers) ? { first: true as const } : {}),
    }));
}

function notesOrNotStated(value: Note[] | NotStated, id: string, answers: CompleteAnswers, ifInsured?: Insured) {
  return isNotStated(value) ? [notStated(id, value)] : notes(value, answers, ifInsured);
}

function stopOtherCoverage(region: RegionPolicy<PolicyId>, answers: CompleteAnswers): PlanItem[] {
  const { sameProvince, otherProvince } = region.stopOtherCoverage;
  if (answers.insured === 'same-province') return notesOrNotStated(sameProvince, 'stop-same-province', answers);
  if (answers.insured === 'other-province') return notesOrNotStated(otherProvince, 'stop-other-province', answers);
  if (answers.insured !== 'unsure') return [];
  const items: PlanItem[] = [
    { kind: 'advice', id: 'unsure-check-first' },
    ...notesOrNotStated(sameProvince, 'stop-same-province', answers, 'same-province'),
    ...notesOrNotStated(otherProvince, 'stop-other-province', answers, 'other-province'),
  ];
  // Both halves may carry the same "not stated" sentence; say it once.
  return items.filter(
    (item, i) => item.kind !== 'not-stated' || items.findIndex((o) => o.kind === 'not-stated' && o.what === item.what) === i,
  );
}

function feeItems(region: RegionPolicy<PolicyId>, answers: CompleteAnswers): PlanItem[] {
  const { individual, subsidy, fullyFunded } = region.fee;
  const items: PlanItem[] = [];
  if (answers.aid === 'yes') {
    if (isNotStated(fullyFunded)) items.push(notStated('fee-fully-funded', fullyFunded));
    else {
      items.push({ kind: 'fee', id: 'fully-funded', amountFen: 0, per: '', cite: fullyFunded.cite, groups: fullyFunded.groups });
      items.push({ kind: 'advice', id: 'aid-confirm-group' });
    }
  }
  const funded = answers.aid === 'yes' && !isNotStated(fullyFunded);
  items.push(
    isNotStated(individual)
      ? notStated('fee-individual', individual)
      : { kind: 'fee', id: 'individual', ...individual, ...(funded ? { othersThanFunded: true as const } : {}) },
  );
  items.push(isNotStated(subsidy) ? notStated('fee-subsidy', subsidy) : { kind: 'fee', id: 'subsidy', ...subsidy });
  items.push(...notes(region.fee.notes, answers));
  return items;
}

function paymentItems(region: RegionPolicy<PolicyId>, answers: CompleteAnswers): PlanItem[] {
  if (isNotStated(region.payment)) return [notStated('payment', region.payment)];
  const items: PlanItem[] = [];
  if (answers.aid === 'yes' && !isNotStated(region.fee.fullyFunded)) items.push({ kind: 'advice', id: 'aid-may-not-pay' });
  for (const channel of region.payment) {
    if (matches(channel.when, answers)) items.push({ kind: 'channel', id: channel.id, channel });
  }
  return items;
}

/** Dates as the source gives them, plus those the source lets us compute (a yearly window, days after birth). */
export function deadlineItem(deadline: Deadline, answers: CompleteAnswers, today: string): PlanItem | undefined {
  const base = { kind: 'deadline' as const, id: deadline.id, label: deadline.label, policyYear: deadline.policyYear, cite: deadline.cite };
  const rule = deadline.rule;
  let from: string | undefined;
  let to: string | undefined;
  let computed = false;
  const yearless = (rule.kind === 'date' && rule.date.startsWith('--')) || (rule.kind === 'window' && rule.from.startsWith('--'));
  if (yearless) {
    // A letter's date without a year (`--MM-DD`): worked out for the coming date, as a yearly window is.
    const md = (d: string) => ({ month: Number(d.slice(2, 4)), day: Number(d.slice(5, 7)) });
    // 2月底 with no year is `--02-29`: the 28th in a common year.
    const on = (year: number, d: { month: number; day: number }) =>
      isoFromParts(year, d.month, Math.min(d.day, new Date(Date.UTC(year, d.month, 0)).getUTCDate()));
    const end = rule.kind === 'date' ? md(rule.date) : rule.to ? md(rule.to) : undefined;
    const start = rule.kind === 'window' ? md(rule.from) : undefined;
    computed = true;
    if (end) {
      let year = Number(today.slice(0, 4));
      if (on(year, end) < today) year += 1;
      to = on(year, end);
      if (start) from = on(start.month * 100 + start.day > end.month * 100 + end.day ? year - 1 : year, start);
    } else if (start) {
      // Only a start and no year: nothing to count down to.
      return undefined;
    }
  } else if (rule.kind === 'date') to = rule.date;
  else if (rule.kind === 'window') ({ from, to } = rule);
  else if (rule.kind === 'yearly-window') {
    computed = true;
    let year = Number(today.slice(0, 4));
    if (isoFromParts(year, rule.to.month, rule.to.day) < today) year += 1;
    // A window that crosses New Year (11月1日至次年1月31日) starts the year before it ends.
    const crosses = rule.from.month * 100 + rule.from.day > rule.to.month * 100 + rule.to.day;
    from = isoFromParts(crosses ? year - 1 : year, rule.from.month, rule.from.day);
    to = isoFromParts(year, rule.to.month, rule.to.day);
  } else if (rule.kind === 'birth-year-window') {
    if (!answers.born) return undefined;
    computed = true;
    const year = Number(answers.born.slice(0, 4));
    from = isoFromParts(year, rule.from.month, rule.from.day);
    to = isoFromParts(year, rule.to.month, rule.to.day);
  } else {
    if (!answers.born) return undefined;
    computed = true;
    // The birth day is day 1, so day N falls N - 1 days after it: acting by then is safe on either reading.
    to = addDays(answers.born, rule.days - 1);
  }
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  if (from && from > today) return { ...base, ...range, computed, status: 'upcoming', daysUntil: daysBetween(today, from) };
  if (!to) return { ...base, ...range, computed, status: 'no-end' };
  if (to < today) return { ...base, ...range, computed, status: 'past' };
  return { ...base, ...range, computed, status: 'open', daysLeft: daysBetween(today, to) };
}

function deadlineItems(region: RegionPolicy<PolicyId>, answers: CompleteAnswers, today: string): PlanItem[] {
  if (isNotStated(region.deadlines)) return [notStated('deadlines', region.deadlines)];
  return region.deadlines
    .filter((d) => matches(d.when, answers))
    .map((d) => deadlineItem(d, answers, today))
    .filter((item): item is PlanItem => item !== undefined);
}

function officeItems(region: RegionPolicy<PolicyId>, answers: CompleteAnswers): PlanItem[] {
  return region.offices.filter((o) => matches(o.when, answers)).map((office) => ({ kind: 'office' as const, id: office.id, office }));
}

const national = (fact: keyof typeof NATIONAL_FACTS): PlanItem => ({
  kind: 'national',
  id: `national-${fact}`,
  fact: NATIONAL_FACTS[fact],
});

export function buildPlan<Id extends PolicyId>(region: RegionPolicy<Id>, answers: CompleteAnswers, today: string): Plan<Id> {
  const sections = new Map<PlanSectionId, PlanItem[]>();
  const add = (id: PlanSectionId, items: PlanItem[]) => {
    if (items.length) sections.set(id, [...(sections.get(id) ?? []), ...items]);
  };
  const gaps = region.gaps.filter((g) => matches(g.when, answers));
  const notCovered = region.stagesNotCovered.find((n) => n.stages.includes(answers.stage));

  if (notCovered) {
    add('not-covered', [{ kind: 'not-stated', id: 'stage-not-covered', what: notCovered.what, askAt: notCovered.askAt }]);
    add('contacts', officeItems(region, answers));
    if (hasNoPhone(region)) add('contacts', [national('N2')]);
  } else {
    add('stop-other', stopOtherCoverage(region, answers));
    if (answers.insured === 'here') add('renew', notesOrNotStated(region.renewal, 'renewal', answers));
    add('register', notes(region.eligibility, answers));
    add('register', notesOrNotStated(region.register, 'register', answers));
    add('fee', feeItems(region, answers));
    add('pay', paymentItems(region, answers));
    add('deadlines', deadlineItems(region, answers, today));
    add('after', notesOrNotStated(region.afterEnrolment, 'after', answers));
    add('contacts', officeItems(region, answers));
    for (const gap of gaps) if (gap.section) add(gap.section, [notStated(gap.id, gap)]);
    // National rules that change what every family does: why to pay within the collection period (N1.2, the
    // newborn exemption is part of its text), and a parent's 职工医保 个人账户 as a way to pay (N1.4).
    add('pay', [national('N1.4')]);
    add('deadlines', [national('N1.2')]);
    if (hasNoPhone(region)) add('contacts', [national('N2')]);
    for (const use of region.national ?? []) if (matches(use.when, answers)) add(use.section, [national(use.fact)]);
  }

  // The summary of everything unsaid for this case: what the sections said inline, then the remaining gaps.
  const unsaid: PlanItem[] = [];
  for (const items of sections.values()) unsaid.push(...items.filter((i) => i.kind === 'not-stated'));
  if (!notCovered) for (const gap of gaps) if (!gap.section) unsaid.push(notStated(gap.id, gap));
  add('unsaid', unsaid);

  return {
    region: region.id,
    regionName: region.name,
    areaCode: region.areaCode,
    policyYear: region.policyYear,
    lastVerified: region.lastVerified,
    source: region.source,
    confirmWith: region.offices.filter((o) => region.confirmWith.includes(o.id)),
    covered: !notCovered,
    sections: PLAN_SECTIONS.filter((id) => sections.has(id)).map((id) => ({ id, items: sections.get(id)! })),
  };
}

/** Item ids per section: the shape the rules tables compare against. */
export function planOutline(plan: Plan<PolicyId>): Partial<Record<PlanSectionId, string[]>> {
  return Object.fromEntries(plan.sections.map((s) => [s.id, s.items.map((i) => i.id)]));
}
