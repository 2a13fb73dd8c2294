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
import { policyYearSchema } from '../model/schema.ts';
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

describe('letterPolicy: the other styles', () => {
  it('a window across New Year is open in December and counts to its end in February', () => {
    const { first, policy } = planFor('notice-crossing-year.txt', {}, '2026-12-20');
    expect(first.actions.find((a) => a.kind === 'deadline')).toMatchObject({
      deadline: { from: '2026-11-01', to: '2027-02-28', status: 'open', daysLeft: 70, computed: false },
    });
    // The notice is signed by the 医保局 and the 税务局: the 医保局 is the issuer, asked where the notice is silent.
    expect(policy.offices.find((o) => o.id === 'issuer')).toMatchObject({
      name: '青峰县医疗保障局',
      phones: [{ areaCode: '0795', number: '5201234' }],
    });
    expect(policy.confirmWith).toEqual(['school', 'issuer']);
    expect(policy.areaCode).toBe('0795');
  });

  it('a newborn gets the days from birth as the first action, with the letter sentence', () => {
    const { first } = planFor('notice-crossing-year.txt', { stage: 'newborn', born: '2026-11-01' });
    expect(first.lead).toBe('newborn');
    expect(first.actions[0]).toMatchObject({
      kind: 'deadline',
      fromBirth: true,
      deadline: { to: '2027-01-29', cite: { quote: '新生儿在出生后90天内办理参保缴费的，自出生之日起享受待遇。' } },
    });
  });

  it('a pupil insured elsewhere is told to stop it first, in the letter words', () => {
    const { first } = planFor('notice-crossing-year.txt', { insured: 'other-province' });
    expect(first.actions[0]).toMatchObject({ kind: 'stop-other', text: expect.stringContaining('须先在原参保地办理停保') });
  });

  it('a benefit table gives deductibles and ratios by level: the estimate asks the level, then uses the row', () => {
    const { policy } = planFor('benefit-guide.txt');
    expect(() => estimate(policy, { care: 'inpatient', costFen: 1_050_000 })).toThrow(/needs "level"/);
    const result = estimate(policy, { care: 'inpatient', costFen: 1_050_000, level: 2 });
    // (10,500 − 500) × 75% = 7,500 元.
    expect(result.fund).toEqual({ min: 750_000, max: 750_000 });
    expect(JSON.stringify(result.trace)).toContain('二级医院 500元 75%');
  });

  it('a letter with no year: the plan shows none (no-year), and yearless dates are worked out, marked as such', () => {
    const reading = readLetter('城乡居民医保个人缴费每人每年400元。\n集中缴费期为11月1日至次年2月底，个人缴费请于12月31日(含)前完成。');
    const policy = letterPolicy(reading, '2026-12-20');
    expect(policy).toMatchObject({ policyYear: '', policyYearStatus: 'no-year' });
    const plan = buildPlan(policy, pupil, '2026-12-20');
    const dates = items(plan).filter((i) => i.kind === 'deadline');
    expect(dates.map((d) => [d.from, d.to, d.status, d.computed])).toEqual([
      ['2026-11-01', '2027-02-28', 'open', true],
      [undefined, '2026-12-31', 'open', true],
    ]);
    // After the window, the next one.
    const later = buildPlan(policy, pupil, '2027-03-10');
    expect(
      items(later)
        .filter((i) => i.kind === 'deadline')
        .map((d) => [d.from, d.to, d.status]),
    ).toEqual([
      ['2027-11-01', '2028-02-29', 'upcoming'],
      [undefined, '2027-12-31', 'open'],
    ]);
  });

  it('the transfer message: no channel from it, payment not stated, asking the school', () => {
    const { plan } = planFor('transfer-to-teacher.txt');
    expect(items(plan).find((i) => i.id === 'payment')).toMatchObject({ kind: 'not-stated', askAt: ['school'] });
  });

  it('a text that is not a letter gives a policy that states nothing', () => {
    const policy = letterPolicy(readLetter(fixture('heating-fee.txt')), today);
    expect(policy.payment).toMatchObject({ notStated: true });
    expect(policy.fee.individual).toMatchObject({ notStated: true });
    expect(policy.offices.map((o) => o.id)).toEqual(['school']);
  });
});

describe('namedRegion', () => {
  it.each([
    ['鹤山市城乡居民医保缴费通知：个人缴费每人每年406元。', 'jiangmen-heshan'],
    ['聊城市医疗保障局致学生家长的一封信：居民医保参保缴费。', 'liaocheng'],
    ['天津市居民医保参保缴费通知。', 'tianjin'],
    ['鹿城区学生儿童居民医保参保指南。', 'wenzhou-lucheng'],
    ['云溪市居民医保参保缴费通知。', undefined],
    ['柳州热力供暖缴费通知。', undefined],
  ])('%s → %s', (text, id) => {
    expect(namedRegion(readLetter(text))).toBe(id);
  });
});

describe('the shape of a letter policy', () => {
  /** A policy year as a module writes it, from the letter policy (the policy years stamped on it taken off). */
  function asModuleYear(policy: ReturnType<typeof letterPolicy>) {
    const unstamp = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(unstamp)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'policyYear')
                .map(([k, x]) => [k, unstamp(x)]),
            )
          : v;
    const { id: _i, name: _n, shortName: _s, province: _p, areaCode: _a, policyYear, policyYearStatus: _y, ...rest } = policy;
    return { ...(unstamp(rest) as object), label: policyYear || '—', covers: { from: '2027-01-01', to: '2027-12-31' } };
  }

  it.each(['plain.txt', 'wechat-article.txt', 'notice-crossing-year.txt', 'pdf-copy.txt', 'benefit-guide.txt', 'transfer-to-teacher.txt'])(
    '%s: its rules pass the region schema; only what a module alone has differs',
    (name) => {
      const policy = letterPolicy(readLetter(fixture(name)), today);
      const result = policyYearSchema.safeParse(asModuleYear(policy));
      const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
      // A letter has no seed file, no date a person checked it, and (often) no scope notes or date of issue.
      expect(paths.filter((p) => !['lastVerified', 'source.file', 'source.issued', 'eligibility'].includes(p))).toEqual([]);
    },
  );

  it('keeps the date the letter signs with', () => {
    expect(planFor('plain.txt').policy.source.issued).toBe('2026年9月');
    expect(planFor('notice-crossing-year.txt').policy.source.issued).toBe('2026年10月15日');
  });
});
