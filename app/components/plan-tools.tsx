import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Plan } from '../policies/plan/plan.ts';
import type { PolicyId } from '../policies/model/types.ts';
import { ALARM_DAYS_BEFORE, alarmLead, buildIcs, eventUid, icsDataUrl, upcomingReminders } from '../policies/plan/ics.ts';
import type { CalendarEvent, Reminder } from '../policies/plan/ics.ts';
import { formatDate } from './format.ts';
import { dateWords } from './date-words.ts';
import { useHydrated } from './use-hydrated.ts';

/** The place or channel a reminder points to: the plan's ways to pay, else the offices to confirm with. */
function placeOf(t: TFunction, plan: Plan<PolicyId>): string {
  const channels = plan.sections
    .flatMap((s) => s.items)
    .flatMap((i) => (i.kind === 'channel' && i.channel.purpose !== 'check' ? [i.channel.name] : []));
  if (channels.length) return channels.join(t('app.listSeparator'));
  return plan.confirmWith.map((o) => (o.address ? `${o.name}（${o.address}）` : o.name)).join(t('app.listSeparator'));
}

/** The calendar event of one reminder, in the UI's words. */
export function reminderEvent(t: TFunction, plan: Plan<PolicyId>, r: Reminder, planUrl: string): CalendarEvent {
  const lead = alarmLead(r.daysAhead);
  const offices = plan.confirmWith.map((o) => o.name).join(t('app.listSeparator'));
  return {
    uid: eventUid(plan.region, r.item.id, r.date),
    date: r.date,
    summary: t('calendar.event.summary', { label: r.item.label }),
    description: [
      r.item.label,
      t('calendar.event.when', { when: dateWords(t, r.item).when }),
      ...(r.item.computed ? [t('calendar.event.computed')] : []),
      t('calendar.event.year', { year: r.item.policyYear || t('cite.yearNotStated'), offices }),
      t('calendar.event.plan', { url: planUrl }),
    ].join('\n'),
    location: placeOf(t, plan) || undefined,
    url: planUrl,
    alarmDaysBefore: lead,
    alarmText:
      lead === 0
        ? t('calendar.event.alarmToday', { label: r.item.label })
        : t('calendar.event.alarm', { count: lead, label: r.item.label }),
  };
}

/** "添加到日历" for each deadline still ahead, and "打印清单"; on paper, a line with the date and the plan's link. */
export function PlanTools({
  plan,
  planPath,
  today,
  remind = true,
  children,
}: {
  plan: Plan<PolicyId>;
  planPath: string;
  today: string;
  /** False where the source gives this family no route: a reminder would imply one. */
  remind?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  // The prerendered plan has no origin; it is read after hydration so the HTML matches (the line is print-only).
  const origin = useHydrated() ? window.location.origin : '';
  const planUrl = `${origin}${planPath}`;
  const reminders = remind ? upcomingReminders(plan, today) : [];
  const now = new Date();
  const events = reminders.map((r) => reminderEvent(t, plan, r, planUrl));

  return (
    <>
      <section className="plan-tools no-print" aria-labelledby={events.length ? 'plan-tools-title' : undefined}>
        {/* With no date ahead there is nothing to remind of: the past years' dates already say whom to ask. */}
        {events.length > 0 && (
          <details className="calendar">
            <summary>
              <h2 id="plan-tools-title">{t('calendar.title')}</h2>
            </summary>
            <p>{t('calendar.intro', { days: ALARM_DAYS_BEFORE })}</p>
            <ul className="calendar-links">
              {events.map((event, i) => (
                <li key={event.uid}>
                  <a
                    className="button button-secondary"
                    href={icsDataUrl(buildIcs([event], now))}
                    download={`xsyb-${plan.region}-${reminders[i]!.item.id}.ics`}
                  >
                    {t('calendar.add', { label: reminders[i]!.item.label })}
                  </a>
                  <span className="muted"> {dateWords(t, reminders[i]!.item).when}</span>
                </li>
              ))}
              {events.length > 1 && (
                <li>
                  <a className="button button-secondary" href={icsDataUrl(buildIcs(events, now))} download={`xsyb-${plan.region}.ics`}>
                    {t('calendar.addAll', { count: events.length })}
                  </a>
                </li>
              )}
            </ul>
          </details>
        )}
        <p className="print-row">
          <button type="button" className="button button-secondary" onClick={() => window.print()} aria-describedby="print-hint">
            {t('print.button')}
          </button>{' '}
          {children}
          <span id="print-hint" className="visually-hidden">
            {t('print.hint')}
          </span>
        </p>
      </section>
      <p className="print-only print-footer">{t('print.footer', { date: formatDate(today), url: planUrl })}</p>
    </>
  );
}
