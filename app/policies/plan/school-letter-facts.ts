// What a class message made from this year's school letter says: the letter's own sentences for the fee, each date
// (with the days left, counted as the parent's plan counts them), each channel and each phone, and one number to
// call. Read from the letter's policy year (letter/letter-policy.ts makes it; the page joins the two, since the plan
// and the letter reader do not import each other). Pure: the words around the quotes are the UI's
// (../../components/school-letter-message.ts).
import type { PolicyId, RegionPolicy } from '../model/types.ts';
import { isNotStated } from '../model/not-stated.ts';
import { hotline12393 } from '../model/national.ts';
import type { CompleteAnswers } from '../answers/questions.ts';
import { deadlineItem } from './plan.ts';
import type { DeadlineStatus } from './plan.ts';

/** The policy year letterPolicy (letter/letter-policy.ts) makes of a letter: typed as any policy the plan runs on. */
export type LetterPolicy = RegionPolicy<PolicyId>;

/** A point the letter is silent on: what, and whom the letter's policy sends the parent to. */
export interface LetterSilent {
  notStated: true;
  what: string;
  askAt: string[];
}

export interface LetterDateLine {
  label: string;
  /** The letter's sentence, word for word. */
  quote: string;
  status: DeadlineStatus;
  from?: string;
  to?: string;
  /** Worked out from a date the letter gives without a year. */
  computed: boolean;
  daysLeft?: number;
  daysUntil?: number;
}

export interface LetterCall {
  /** The office beside the letter's number, or undefined for 12393 (then `explain` says what it is). */
  office?: string;
  areaCode?: string;
  number: string;
  /** The letter's sentence giving the number; absent for 12393. */
  quote?: string;
  /** For 12393: the national fact that explains it (N2). */
  explain?: 'N2';
}

export type SchoolLetterFacts<W extends { quote: string }> =
  | {
      /** The letter asks for something no source names as a channel (a personal account, a link, a QR code). */
      blocked: true;
      warnings: W[];
      /** Why: N5 (居民医保 is collected by the tax office; check with the 医保局 or 12393 before paying). */
      explain: 'N5';
      call: LetterCall;
    }
  | {
      blocked: false;
      /** The year as the letter words it, or '' when it names none. */
      policyYear: string;
      issuer: string;
      title: string;
      fee: { quote: string } | LetterSilent;
      dates: LetterDateLine[] | LetterSilent;
      channels: { name: string; steps: string[]; quote: string }[] | LetterSilent;
      /** Each sentence of the letter that gives phone numbers, once, with the offices it names. */
      phones: { quote: string; offices: string[] }[];
      call: LetterCall;
    };

// The answers a school message speaks to: any pupil not yet insured. Only a birth-relative rule reads the answers,
// and those are left out (a class message is for pupils).
const PUPIL: CompleteAnswers = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' };

function silent(policy: LetterPolicy, value: { what: string; askAt: string[] }): LetterSilent {
  const askAt = value.askAt.flatMap((id) => policy.offices.filter((o) => o.id === id).map((o) => o.name));
  return { notStated: true, what: value.what, askAt };
}

/** The letter's number (an office's first, a hotline the letter gives last), else 12393 with N2 explaining it. */
function numberToCall(policy: LetterPolicy): LetterCall {
  const withPhone = policy.offices.filter((o) => o.phones.length > 0);
  const office = withPhone.find((o) => o.kind !== 'hotline') ?? withPhone[0];
  if (office) {
    const phone = office.phones[0]!;
    return {
      ...(office.kind === 'hotline' ? {} : { office: office.name }),
      ...(phone.areaCode ? { areaCode: phone.areaCode } : {}),
      number: phone.number,
      quote: office.cite.quote,
    };
  }
  return n12393(policy);
}

/** 12393, with the area code where the letter's numbers give one (N3), else as dialled anywhere. */
function n12393(policy: LetterPolicy): LetterCall {
  const { areaCode, number } = hotline12393(policy);
  return { ...(areaCode ? { areaCode } : {}), number, explain: 'N2' };
}

/**
 * The class message's facts from a letter. Any warning of the reader blocks the message: a letter that asks parents
 * to pay a person, or through a link or QR code the app cannot recognise, is not passed on (N5); 12393 is the number.
 */
export function schoolLetterFacts<W extends { quote: string }>(
  policy: LetterPolicy,
  warnings: readonly W[],
  today: string,
): SchoolLetterFacts<W> {
  if (warnings.length) return { blocked: true, warnings: [...warnings], explain: 'N5', call: n12393(policy) };

  const { individual } = policy.fee;
  const dates = isNotStated(policy.deadlines)
    ? silent(policy, policy.deadlines)
    : policy.deadlines.flatMap((d): LetterDateLine[] => {
        if (d.rule.kind === 'after-birth') return [];
        const item = deadlineItem(d, PUPIL, today);
        if (item?.kind !== 'deadline') return [];
        const { label, cite, status, from, to, computed, daysLeft, daysUntil } = item;
        return [
          {
            label,
            quote: cite.quote,
            status,
            computed,
            ...(from ? { from } : {}),
            ...(to ? { to } : {}),
            ...(daysLeft !== undefined ? { daysLeft } : {}),
            ...(daysUntil !== undefined ? { daysUntil } : {}),
          },
        ];
      });
  const channels = isNotStated(policy.payment)
    ? silent(policy, policy.payment)
    : policy.payment.filter((c) => c.purpose !== 'check').map((c) => ({ name: c.name, steps: c.steps, quote: c.cite.quote }));

  const phones: { quote: string; offices: string[] }[] = [];
  for (const office of policy.offices) {
    if (!office.phones.length) continue;
    const same = phones.find((p) => p.quote === office.cite.quote);
    if (same) same.offices.push(office.name);
    else phones.push({ quote: office.cite.quote, offices: [office.name] });
  }

  return {
    blocked: false,
    policyYear: policy.policyYear,
    issuer: policy.source.issuer,
    title: policy.source.title,
    fee: isNotStated(individual) ? silent(policy, individual) : { quote: individual.cite.quote },
    dates: Array.isArray(dates) && dates.length === 0 ? { notStated: true, what: '', askAt: [] } : dates,
    channels: Array.isArray(channels) && channels.length === 0 ? { notStated: true, what: '', askAt: [] } : channels,
    phones,
    call: numberToCall(policy),
  };
}
