// Calendar reminders as iCalendar files (RFC 5545): one all-day event per deadline still ahead, with an alarm a few
// days before. Pure: the caller passes the plan, the words and the current instant.
import type { Plan, PlanItem } from './plan.ts';
import type { PolicyId } from '../model/types.ts';
import { addDays, daysBetween } from '../common/dates.ts';

export type DeadlineItem = Extract<PlanItem, { kind: 'deadline' }>;

/** How many days before the event the alarm rings (fewer when the event is closer than that). */
export const ALARM_DAYS_BEFORE = 3;
/** The hour (local time) the alarm rings on its day. */
export const ALARM_HOUR = 9;

const PRODID = '-//student-medical-insurance-helper//xsyb//ZH';
const UID_DOMAIN = 'student-medical-insurance-helper';

/** A deadline of the plan that is still ahead, with the day a reminder belongs on. */
export interface Reminder {
  item: DeadlineItem;
  /** The event's day: the last day of a window or the date itself; the first day when only a start is given. */
  date: string;
  /** Whole days from today to `date` (0 when it is today). */
  daysAhead: number;
}

/**
 * The plan's deadlines still ahead (the window is open or has not opened yet), including the dates counted from a
 * birth such as the newborn 90-day date. Past dates, and windows already open with no stated end, get none.
 */
export function upcomingReminders(plan: Plan<PolicyId>, today: string): Reminder[] {
  return plan.sections
    .flatMap((s) => s.items)
    .filter((i): i is DeadlineItem => i.kind === 'deadline')
    .filter((i) => i.status === 'open' || i.status === 'upcoming')
    .flatMap((item) => {
      const date = item.to ?? item.from;
      if (!date || date < today) return [];
      return [{ item, date, daysAhead: daysBetween(today, date) }];
    })
    .filter((r, i, all) => all.findIndex((o) => o.item.id === r.item.id) === i);
}

export interface CalendarEvent {
  /** Stable across downloads, so a calendar updates the event rather than adding it twice. */
  uid: string;
  /** ISO date of an all-day event. */
  date: string;
  summary: string;
  description: string;
  /** The place or channel. */
  location?: string;
  /** The link back to the plan (absolute). */
  url: string;
  /** Days before `date` the alarm rings, at ALARM_HOUR local time. */
  alarmDaysBefore: number;
  alarmText: string;
}

/** A UID for a deadline of a region's plan on a given day. */
export function eventUid(region: string, deadlineId: string, date: string): string {
  return `${region}-${deadlineId}-${date.replace(/-/g, '')}@${UID_DOMAIN}`;
}

/** The alarm lead for an event `daysAhead` days away: ALARM_DAYS_BEFORE, or fewer when the event is closer. */
export function alarmLead(daysAhead: number): number {
  return Math.max(0, Math.min(ALARM_DAYS_BEFORE, daysAhead));
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded so no line is longer than 75 octets (RFC 5545 3.1): each continuation starts with one
 * space, and a UTF-8 character is never split. Lines end with CRLF.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; every continuation holds its leading space plus 74.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ') + '\r\n';
}

/** 2026-11-23 → 20261123. */
export function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** An instant in UTC: 20261123T020000Z. */
export function icsTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The TRIGGER of an alarm `days` before an all-day event's start, at ALARM_HOUR local time. */
export function alarmTrigger(days: number): string {
  if (days <= 0) return `PT${ALARM_HOUR}H`;
  // Midnight of the event day minus (days - 1) days and (24 - hour) hours is `hour` o'clock `days` days before.
  return `-P${days - 1}DT${24 - ALARM_HOUR}H`;
}

/** An iCalendar file holding the events; `now` stamps them (DTSTAMP). */
export function buildIcs(events: CalendarEvent[], now: Date): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const stamp = icsTimestamp(now);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      `URL;VALUE=URI:${event.url}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.alarmText)}`,
      `TRIGGER:${alarmTrigger(event.alarmDaysBefore)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}

/** A `data:` URL for an .ics file, so it downloads (or opens in the calendar) without a server or a blob to free. */
export function icsDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}
