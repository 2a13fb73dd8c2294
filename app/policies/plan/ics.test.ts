import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { REGIONS } from '../catalog/regions.ts';
import { buildPlan } from './plan.ts';
import type { CompleteAnswers } from '../answers/questions.ts';
import { alarmLead, alarmTrigger, buildIcs, escapeText, eventUid, foldLine, icsDataUrl, upcomingReminders } from './ics.ts';
import type { CalendarEvent } from './ics.ts';

const today = '2026-11-23';
const now = new Date('2026-11-23T10:00:00+08:00');
const pupil = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const satisfies CompleteAnswers;
const newborn = {
  stage: 'newborn',
  born: '2026-08-31',
  insured: 'none',
  residency: 'permit',
  aid: 'no',
} as const satisfies CompleteAnswers;

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: eventUid('tianjin', 'newborn-90-days', '2026-11-28'),
  date: '2026-11-28',
  summary: '医保参保：出生后第90天',
  description: '第一行\n第二行, 带逗号; 分号 \\ 反斜杠',
  location: '所在区医保局（医保经办机构）',
  url: 'http://127.0.0.1:4173/plan/tianjin?stage=newborn&born=2026-08-31&insured=none&residency=permit&aid=no',
  alarmDaysBefore: 3,
  alarmText: '3天后：出生后第90天',
  ...over,
});

describe('upcomingReminders', () => {
  it('天津 newborn: the open collection window, the 90-day date (the 180 days are a goal, with no reminder)', () => {
    const reminders = upcomingReminders(buildPlan(REGIONS.tianjin, newborn, today), today);
    expect(reminders.map((r) => [r.item.id, r.date, r.daysAhead])).toEqual([
      ['collection-window', '2026-12-31', 38],
      ['newborn-90-days', '2026-11-28', 5],
    ]);
  });

  it('past deadlines and a start with no end get no reminder', () => {
    for (const id of ['liaocheng', 'liuzhou', 'jiangmen-heshan', 'wenzhou-lucheng'] as const) {
      expect(upcomingReminders(buildPlan(REGIONS[id], pupil, today), today), id).toEqual([]);
    }
  });

  it('a 90-day date that has passed is left out', () => {
    const reminders = upcomingReminders(buildPlan(REGIONS.tianjin, { ...newborn, born: '2026-08-01' }, today), today);
    expect(reminders.map((r) => r.item.id)).not.toContain('newborn-90-days');
  });

  it('a window not yet open reminds on its last day', () => {
    const reminders = upcomingReminders(buildPlan(REGIONS.tianjin, pupil, '2027-01-05'), '2027-01-05');
    expect(reminders).toEqual([expect.objectContaining({ date: '2027-12-31' })]);
    expect(reminders[0]!.item.status).toBe('upcoming');
  });
});

describe('text, folding and dates', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'参保缴费'.repeat(30)}`;
    const folded = foldLine(line);
    expect(folded.endsWith('\r\n')).toBe(true);
    const parts = folded.slice(0, -2).split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:1')).toBe('SHORT:1\r\n');
  });

  it('alarms 3 days before at 09:00, or fewer when the date is closer', () => {
    expect(alarmLead(36)).toBe(3);
    expect(alarmLead(2)).toBe(2);
    expect(alarmLead(0)).toBe(0);
    expect(alarmTrigger(3)).toBe('-P2DT15H');
    expect(alarmTrigger(1)).toBe('-P0DT15H');
    expect(alarmTrigger(0)).toBe('PT9H');
  });

  it('makes a data: URL of the file', () => {
    expect(icsDataUrl('BEGIN:VCALENDAR\r\n')).toBe('data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A');
  });
});

describe('buildIcs parses with ical.js', () => {
  const ics = buildIcs(
    [event(), event({ uid: eventUid('tianjin', 'x', '2027-03-29'), date: '2027-03-29', alarmDaysBefore: 0, description: 'x' })],
    now,
  );

  it('uses CRLF only, and no line is longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('holds all-day events with the right dates, texts, URL, UID, DTSTAMP and alarm', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const [first, second] = calendar.getAllSubcomponents('vevent');
    const e = new ICAL.Event(first!);
    expect(e.uid).toBe('tianjin-newborn-90-days-20261128@student-medical-insurance-helper');
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2026-11-28');
    expect(e.endDate.toString()).toBe('2026-11-29');
    expect(e.summary).toBe('医保参保：出生后第90天');
    expect(e.description).toBe('第一行\n第二行, 带逗号; 分号 \\ 反斜杠');
    expect(e.location).toBe('所在区医保局（医保经办机构）');
    expect(first!.getFirstPropertyValue('url')).toBe(event().url);
    expect(String(first!.getFirstPropertyValue('dtstamp'))).toBe('2026-11-23T02:00:00Z');

    const alarm = first!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('description')).toBe('3天后：出生后第90天');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    const rings = e.startDate.clone();
    rings.isDate = false;
    rings.addDuration(trigger);
    expect(rings.toString()).toBe('2026-11-25T09:00:00');

    const sameDay = second!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(sameDay.toSeconds()).toBe(9 * 3600);
  });
});
