import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Plan } from '../policies/plan.ts';
import { ALARM_DAYS_BEFORE, alarmLead, buildIcs, eventUid, icsDataUrl, upcomingReminders } from '../policies/ics.ts';
import type { CalendarEvent, Reminder } from '../policies/ics.ts';
import { deadlineWhen, formatDate } from './format.ts';
import { useHydrated } from './use-hydrated.ts';

/** The place or channel a reminder points to: the plan's ways to pay, else the offices to confirm with. */
function placeOf(t: TFunction, plan: Plan): string {
  const channels = plan.sections
    .flatMap((s) => s.items)
    .flatMap((i) => (i.kind === 'channel' && i.channel.purpose !== 'check' ? [i.channel.name] : []));
  if (channels.length) return channels.join(t('app.listSeparator'));
  return plan.confirmWith.map((o) => (o.address ? `${o.name}（${o.address}）` : o.name)).join(t('app.listSeparator'));
}

/** The calendar event of one reminder, in the UI's words. */
export function reminderEvent(t: TFunction, plan: Plan, r: Reminder, planUrl: string): CalendarEvent {
  const lead = alarmLead(r.daysAhead);
  const offices = plan.confirmWith.map((o) => o.name).join(t('app.listSeparator'));
  return {
    uid: eventUid(plan.region, r.item.id, r.date),
    date: r.date,
    summary: t('calendar.event.summary', { label: r.item.label }),
    description: [
      r.item.label,
      t('calendar.event.when', { when: deadlineWhen(t, r.item) }),
      ...(r.item.computed ? [t('calendar.event.computed')] : []),
      t('calendar.event.year', { year: r.item.policyYear, offices }),
      t('calendar.event.plan', { url: planUrl }),
    ].join('\n'),
    location: placeOf(t, plan) || undefined,
    url: planUrl,
    alarmDaysBefore: lead,
    alarmText: lead === 0 ? t('calendar.event.alarmToday', { label: r.item.label }) : t('calendar.event.alarm', { count: lead, label: r.item.label }),
  };
}

/** "添加到日历" for each deadline still ahead, and "打印清单"; on paper, a line with the date and the plan's link. */
export function PlanTools({ plan, planPath, today }: { plan: Plan; planPath: string; today: string }) {
  const { t } = useTranslation();
  // The prerendered plan has no origin; it is read after hydration so the HTML matches (the line is print-only).
  const origin = useHydrated() ? window.location.origin : '';
  const planUrl = `${origin}${planPath}`;
  const reminders = upcomingReminders(plan, today);
  const now = new Date();
  const events = reminders.map((r) => reminderEvent(t, plan, r, planUrl));

  return (
    <>
      <section className="plan-tools no-print" aria-labelledby="plan-tools-title">
        <h2 id="plan-tools-title">{t('calendar.title')}</h2>
        {events.length ? (
          <>
            <p>{t('calendar.intro', { days: ALARM_DAYS_BEFORE })}</p>
            <ul className="calendar-links">
              {events.map((event, i) => (
                <li key={event.uid}>
                  <a className="button button-secondary" href={icsDataUrl(buildIcs([event], now))} download={`xsyb-${plan.region}-${reminders[i]!.item.id}.ics`}>
                    {t('calendar.add', { label: reminders[i]!.item.label })}
                  </a>
                  <span className="muted"> {deadlineWhen(t, reminders[i]!.item)}</span>
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
          </>
        ) : (
          <p>{t('calendar.none')}</p>
        )}
        <h2>{t('print.title')}</h2>
        <p className="muted">{t('print.hint')}</p>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('print.button')}
        </button>
      </section>
      <p className="print-only print-footer">{t('print.footer', { date: formatDate(today), url: planUrl })}</p>
    </>
  );
}
