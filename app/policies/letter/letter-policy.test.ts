// A letter's facts as a policy year in the app's own shape: the same plan engine, first actions, countdowns, calendar
// reminders, contacts and estimate engine run on it unchanged, and every figure they show carries the letter's sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../answers/questions.ts';
import { estimate } from '../estimate/estimate.ts';
import { contactsFor } from '../plan/contacts.ts';
import { firstActions } from '../plan/first-actions.ts';
import { upcomingReminders } from '../plan/ics.ts';
import { buildPlan } from '../plan/plan.ts';
import type { PlanItem } from '../plan/plan.ts';
import { LETTER_ID } from '../model/types.ts';
import { LETTER_SECTION, letterPolicy, namedRegion } from './letter-policy.ts';
import { readLetter } from './read-letter.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const pupil = { stage: 'primary', insured: 'none', residency: 'non-local', aid: 'no' } as const satisfies CompleteAnswers;
const today = '2026-11-23';

function planFor(name: string, answers: Partial<CompleteAnswers> = {}, on = today) {
  const reading = readLetter(fixture(name));
  const policy = letterPolicy(reading, on);
  const plan = buildPlan(policy, { ...pupil, ...answers }, on);
  return { reading, policy, plan, first: firstActions(plan, policy) };
}

const items = (plan: ReturnType<typeof planFor>['plan']): PlanItem[] => plan.sections.flatMap((s) => s.items);

describe('letterPolicy: a plain letter', () => {
  it('is a policy of id letter whose every cite is a sentence of the letter', () => {
    const { reading, policy } = planFor('plain.txt');
    expect(policy.id).toBe(LETTER_ID);
    expect(policy.policyYear).toBe('2027年度');
    const cites: { section: string; quote: string }[] = [];
    JSON.stringify(policy, (key, value) => {
      if (key === 'cite' && value && typeof value === 'object' && 'quote' in value) cites.push(value);
      return value;
    });
    expect(cites.length).toBeGreaterThan(8);
    for (const c of cites) {
      expect(c.section).toBe(LETTER_SECTION);
      expect(reading.text).toContain(c.quote);
    }
  });

  it('opens with register/pay/deadline/call, the fee and the window from the letter', () => {
    const { plan, first } = planFor('plain.txt');
    expect(first.lead).toBe('standard');
    expect(first.actions.map((a) => a.kind)).toEqual(['register', 'pay', 'deadline', 'call']);
    const pay = first.actions.find((a) => a.kind === 'pay')!;
    expect(pay).toMatchObject({ fee: { amountFen: 40_000 }, channels: ['云溪税务', '社保费缴纳'] });
    const deadline = first.actions.find((a) => a.kind === 'deadline')!;
    expect(deadline).toMatchObject({ deadline: { from: '2026-09-01', to: '2026-12-31', status: 'open', daysLeft: 38 } });
    const fee = items(plan).find((i) => i.kind === 'fee' && i.id === 'individual');
    expect(fee).toMatchObject({
      cite: { section: '学校通知', quote: '一、缴费标准：2027年度个人缴费标准为每人每年400元，财政补助标准为每人每年700元。' },
    });
    const call = first.actions.find((a) => a.kind === 'call')!;
    expect(call).toMatchObject({ office: { name: '云溪市医疗保障局', phone: { areaCode: '0739', number: '5201234' } } });
  });

  it('gives a calendar reminder for the window still open', () => {
    const { plan } = planFor('plain.txt');
    expect(upcomingReminders(plan, today).map((r) => [r.date, r.daysAhead, r.item.cite.quote])).toEqual([
      ['2026-12-31', 38, '二、缴费时间：2026年9月1日至2026年12月31日。'],
    ]);
  });

  it('estimates an inpatient bill with the letter deductible, ratio and cap', () => {
    const { policy } = planFor('plain.txt');
    const result = estimate(policy, { care: 'inpatient', costFen: 1_030_000 });
    // (10,300 − 300) × 70% = 7,000 元 from the fund.
    expect(result.fund).toEqual({ min: 700_000, max: 700_000 });
    const quotes = JSON.stringify(result.trace);
    expect(quotes).toContain('住院起付线300元');
  });

  it('a funded family is told so, with the letter sentence', () => {
    const { first } = planFor('plain.txt', { aid: 'yes' });
    expect(first.lead).toBe('funded');
    expect(first.actions.find((a) => a.kind === 'funded')).toMatchObject({ groups: '六、低保对象、特困人员个人缴费由财政全额资助。' });
  });

  it('where the letter is silent, asks the school that sends it and the 医保 office it names', () => {
    const { plan, policy } = planFor('plain.txt', { insured: 'here' });
    const renew = items(plan).find((i) => i.kind === 'not-stated' && i.id === 'renewal');
    expect(renew).toMatchObject({ askAt: ['school', 'phone-1'] });
    const contacts = contactsFor(policy, ['school', 'phone-1']);
    expect(contacts.offices.map((o) => [o.kind, o.name])).toEqual([
      ['school', '云溪市实验小学'],
      ['office', '云溪市医疗保障局'],
    ]);
    expect(contacts.hotline).toBeUndefined();
  });

  it('names none of our regions', () => {
    expect(namedRegion(readLetter(fixture('plain.txt')))).toBeUndefined();
  });
});
