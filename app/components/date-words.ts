// One wording for every date the app shows: the plan's steps and first actions, the class message and the calendar
// file. A date the source printed for its own (past) policy year reads as what it was ("上一次（2024学年）：…"),
// never as the plan's headline; a date the app computes (a recurring window, a day counted from the birth) reads
// as today's, with the days left.
import type { TFunction } from 'i18next';
import type { DeadlineStatus } from '../policies/plan/plan.ts';
import { formatDate } from './format.ts';

export interface DateInput {
  from?: string;
  to?: string;
  status: DeadlineStatus;
  policyYear: string;
  /** Worked out by the app (recurring, from the birth): a date of this year, not the source's. */
  computed: boolean;
  daysLeft?: number;
  daysUntil?: number;
}

export interface DateWords {
  /** The date or window, with "上一次（year）" in front when it belongs to a past policy year. */
  when: string;
  /** Days left or until, for a live date; "已经过了" for a computed date gone by. */
  status?: string;
  /** A past year's date: the reader must confirm this year's (see `thisYearLine`). */
  pastYear: boolean;
}

/** The date or window alone, in the page's language. */
export function dateSpan(t: TFunction, { from, to }: { from?: string; to?: string }): string {
  if (from && to) return t('plan.deadline.range', { from: formatDate(from), to: formatDate(to) });
  if (from) return t('plan.deadline.from', { from: formatDate(from) });
  return to ? formatDate(to) : '';
}

/**
 * The one wording of a date. `countdown: false` leaves days out (a case the source gives no route). `yearSaid`: the
 * line sits under the plan's year line, which names the policy year once, so a past date says "上一次" without it.
 */
export function dateWords(t: TFunction, d: DateInput, { countdown = true, yearSaid = false } = {}): DateWords {
  const span = dateSpan(t, d);
  if (!d.computed && (d.status === 'past' || d.status === 'no-end')) {
    const key = d.status === 'no-end' ? 'dates.lastTimeNoEnd' : 'dates.lastTime';
    const when = t(yearSaid ? `${key}Short` : key, { year: d.policyYear, when: span });
    return { when, pastYear: true };
  }
  if (d.status === 'past') return { when: span, status: t('dates.gone'), pastYear: false };
  if (!countdown) return { when: span, pastYear: false };
  if (d.status === 'open') {
    return {
      when: span,
      status: d.daysLeft === 0 ? t('plan.deadline.openToday') : t('plan.deadline.open', { count: d.daysLeft }),
      pastYear: false,
    };
  }
  if (d.status === 'upcoming') return { when: span, status: t('plan.deadline.upcoming', { count: d.daysUntil }), pastYear: false };
  return { when: span, pastYear: false };
}

/** Next to a past year's date: whom to ask for this year's. */
export function thisYearLine(t: TFunction, offices: string[]): string {
  return t('dates.thisYear', { offices: offices.join(t('app.listSeparator')) });
}
