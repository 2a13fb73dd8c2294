// The words of a school's message and printed notice, from the facts in ../policies/school-link.ts. Plain text
// only: the school name is untrusted and is never turned into markup.
import type { TFunction } from 'i18next';
import type { FactNotStated, SchoolFacts } from '../policies/plan/school-facts.ts';
import { formatFen, phoneText } from './format.ts';
import { dateWords, thisYearLine } from './date-words.ts';
import type { DateWords } from './date-words.ts';
import { todayInChina } from '../policies/common/dates.ts';

type DateFact = Exclude<SchoolFacts['dates'], FactNotStated>[number];

function notStatedText(t: TFunction, fact: FactNotStated, field: string): string {
  const what = fact.what || t(`school.fact.generic.${field}`);
  return fact.askAt.length
    ? t('school.fact.notStatedAsk', { what, offices: fact.askAt.join(t('app.listSeparator')) })
    : t('school.fact.notStated', { what });
}

/** A date of the source in the plan's wording: a past year's date reads as what it was; a recurring one as a rule. */
function when(t: TFunction, d: DateFact, today: string): DateWords {
  const rule = d.rule;
  if (rule.kind === 'yearly-window') {
    const yearly = t('school.fact.yearly', {
      from: t('school.fact.monthDay', { month: rule.from.month, day: rule.from.day }),
      to: t('school.fact.monthDay', { month: rule.to.month, day: rule.to.day }),
    });
    return { when: yearly, pastYear: false };
  }
  const from = rule.kind === 'window' ? rule.from : undefined;
  const to = rule.kind === 'window' ? rule.to : rule.date;
  const last = to ?? from!;
  const status = last < today ? (to ? 'past' : 'no-end') : from && from > today ? 'upcoming' : 'open';
  return dateWords(
    t,
    { ...(from ? { from } : {}), ...(to ? { to } : {}), status, policyYear: d.policyYear, computed: false },
    { countdown: false },
  );
}

/** One line per key fact, each ending with the policy year it belongs to (or saying the source is silent). */
export function schoolFactLines(t: TFunction, facts: SchoolFacts, today: string = todayInChina()): string[] {
  const lines: string[] = [];
  lines.push(
    'notStated' in facts.fee
      ? t('school.fact.fee', { value: notStatedText(t, facts.fee, 'fee') })
      : t('school.fact.feeAmount', { amount: formatFen(facts.fee.amountFen), per: facts.fee.per, year: facts.fee.policyYear }),
  );
  if (facts.fullyFunded) lines.push(t('school.fact.fullyFunded', { groups: facts.fullyFunded.groups, year: facts.fullyFunded.policyYear }));
  if ('notStated' in facts.dates) lines.push(t('school.fact.dates', { value: notStatedText(t, facts.dates, 'dates') }));
  else {
    for (const d of facts.dates) {
      const words = when(t, d, today);
      lines.push(
        words.pastYear
          ? t('school.fact.datePast', { label: d.label, when: words.when, thisYear: thisYearLine(t, facts.confirmWith) })
          : t('school.fact.date', { label: d.label, when: words.when, year: d.policyYear }),
      );
    }
  }
  lines.push(
    'notStated' in facts.register
      ? t('school.fact.register', { value: notStatedText(t, facts.register, 'register') })
      : t('school.fact.registerText', { text: facts.register.text, year: facts.register.policyYear }),
  );
  return lines;
}

/** The number to call, as a line: the office the source names, or the national hotline labelled as such. */
export function callLine(t: TFunction, { call }: SchoolFacts): string {
  const phone = phoneText(call.areaCode, call.number);
  return call.office ? t('school.fact.call', { office: call.office, phone }) : t('school.fact.callHotline', { phone });
}

/** The notice that these are a past year's rules and this year's may differ. */
export function yearNotice(t: TFunction, facts: SchoolFacts): string {
  return t('school.yearNotice', { year: facts.policyYear, offices: facts.confirmWith.join(t('app.listSeparator')) });
}

/** The heading a parent sees: "XX小学 发来的参保指引", or a plain one when no school was given. */
export function schoolHeading(t: TFunction, school: string): string {
  return school ? t('school.banner', { school }) : t('school.bannerNoSchool');
}

/**
 * The ready-to-paste WeChat message: a few plain-text lines, the link alone on the last line. The school's name is
 * in the text, not in the link: a short link to the region reads as the app's in WeChat, a long percent-encoded one
 * as spam (the QR code and the printed notice may still carry the name).
 */
export function schoolMessage(t: TFunction, facts: SchoolFacts, school: string, link: string, today: string = todayInChina()): string {
  return [
    school ? t('school.message.heading', { school }) : t('school.message.headingNoSchool'),
    t('school.message.intro', { region: facts.regionName }),
    ...schoolFactLines(t, facts, today).map((line) => t('school.message.bullet', { line })),
    yearNotice(t, facts),
    callLine(t, facts),
    t('school.message.linkIntro'),
    link,
  ].join('\n');
}
