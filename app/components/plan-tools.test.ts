// The .ics files a parent downloads from the plan, in the app's own words, read back with a real parser.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { i18n } from '../i18n/i18n.ts';
import { REGIONS } from '../policies/catalog/regions.ts';
import { buildPlan } from '../policies/plan/plan.ts';
import { buildIcs, upcomingReminders } from '../policies/plan/ics.ts';
import { planPath } from '../policies/answers/links.ts';
import type { CompleteAnswers } from '../policies/answers/questions.ts';
import { reminderEvent } from './plan-tools.tsx';

const t = i18n.t.bind(i18n);
const today = '2026-11-23';
const now = new Date('2026-11-23T10:00:00+08:00');
const answers = {
  stage: 'newborn',
  born: '2026-08-31',
  insured: 'none',
  residency: 'permit',
  aid: 'no',
} as const satisfies CompleteAnswers;

describe('calendar files of a 天津 newborn’s plan', () => {
  const plan = buildPlan(REGIONS.tianjin, answers, today);
  const url = `http://127.0.0.1:4173${planPath('tianjin', answers)}`;
  const reminders = upcomingReminders(plan, today);
  const files = reminders.map((r) => buildIcs([reminderEvent(t, plan, r, url)], now));

  it('one file per deadline still ahead, each parsing to one all-day event on the right day', () => {
    expect(files).toHaveLength(2);
    const days = files.map((ics) => {
      const [vevent] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      const e = new ICAL.Event(vevent!);
      expect(e.startDate.isDate).toBe(true);
      return [e.summary, e.startDate.toString()];
    });
    expect(days).toEqual([
      ['医保参保：集中参保缴费期（每年9月至12月）', '2026-12-31'],
      ['医保参保：出生之日起90天（含）内参保的，从出生之日起享受当年度待遇（自2024年6月1日起）', '2026-11-28'],
    ]);
  });

  it('the 90-day file: alarm 3 days before at 09:00, place, policy year, and the link back to the plan', () => {
    const vevent = new ICAL.Component(ICAL.parse(files[1]!)).getFirstSubcomponent('vevent')!;
    const e = new ICAL.Event(vevent);
    expect(vevent.getFirstPropertyValue('url')).toBe(url);
    expect(e.location).toBe('所在区医保局（医保经办机构）');
    expect(e.description).toContain('日期：2026年11月28日');
    expect(e.description).toContain('这是按材料的规则推算出的日期。');
    expect(e.description).toContain('依据2024年度的规定，今年的日期可能不同');
    expect(e.description).toContain(url);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('description')).toBe(
      '3天后：出生之日起90天（含）内参保的，从出生之日起享受当年度待遇（自2024年6月1日起）',
    );
    const rings = e.startDate.clone();
    rings.isDate = false;
    rings.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
    expect(rings.toString()).toBe('2026-11-25T09:00:00');
  });

  it('the window’s file says the whole window', () => {
    const e = new ICAL.Event(new ICAL.Component(ICAL.parse(files[0]!)).getFirstSubcomponent('vevent')!);
    expect(e.description).toContain('日期：2026年9月1日 至 2026年12月31日');
  });

  it('a plan whose dates have all passed has no file', () => {
    const past = buildPlan(REGIONS.liaocheng, { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' }, today);
    expect(upcomingReminders(past, today)).toEqual([]);
  });

  it('the ways to pay are the place when the plan lists some (聊城, seen in its own year)', () => {
    const then = '2023-10-15';
    const liaocheng = buildPlan(REGIONS.liaocheng, { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' }, then);
    const [first] = upcomingReminders(liaocheng, then);
    expect(first).toMatchObject({ date: '2023-10-31', daysAhead: 16 });
    const event = reminderEvent(t, liaocheng, first!, url);
    expect(event.location).toContain('学校集中缴费、微信“山东税务社保费缴纳”小程序');
    expect(event.location).not.toContain('查询');
  });
});

describe('calendar file of a plan from a letter that names no year', () => {
  it('says the dates are the school letter’s, with no empty year', async () => {
    const { readLetter } = await import('../policies/letter/read-letter.ts');
    const { letterPolicy } = await import('../policies/letter/letter-policy.ts');
    const reading = readLetter('各位家长：城乡居民医保个人缴费标准为每人每年400元。缴费截止时间为12月20日。');
    const policy = letterPolicy(reading, '2026-12-05');
    expect(policy.policyYear).toBe('');
    const plan = buildPlan(policy, { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' }, '2026-12-05');
    const [reminder] = upcomingReminders(plan, '2026-12-05');
    const ics = buildIcs([reminderEvent(t, plan, reminder!, 'http://127.0.0.1:4173/letter/plan')], new Date('2026-12-05T10:00:00+08:00'));
    const [vevent] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const description = new ICAL.Event(vevent!).description;
    expect(description).toContain('依据学校通知（没有写年度）的规定');
    expect(description).not.toContain('依据的规定');
  });
});
