// The words of a class message and printed notice made from this year's school letter (facts:
// ../policies/plan/school-letter-facts.ts). The letter's sentences are quoted as written, never translated; the app's
// words around them are in the page's language. Plain text only: the school's name and the letter are untrusted.
import type { TFunction } from 'i18next';
import type { LetterCall, LetterDateLine, LetterSilent, SchoolLetterFacts } from '../policies/plan/school-letter-facts.ts';
import { todayInChina } from '../policies/common/dates.ts';
import { dateWords } from './date-words.ts';
import { formatDate, phoneText } from './format.ts';

type Facts = Extract<SchoolLetterFacts<{ quote: string }>, { blocked: false }>;

const quoted = (t: TFunction, quote: string) => t('letter:school.quote', { quote });

function silentText(t: TFunction, label: string, fact: LetterSilent, generic: string): string {
  const what = fact.what || t(`letter:school.generic.${generic}`);
  return fact.askAt.length
    ? t('letter:school.silentAsk', { label, what, offices: fact.askAt.join(t('app.listSeparator')) })
    : t('letter:school.silent', { label, what });
}

/** A letter's date as the parent's plan counts it: this year's letter, so days left (or gone), never "last time". */
function dateStatus(t: TFunction, d: LetterDateLine, today: string): string {
  const words = dateWords(t, { ...d, policyYear: '', computed: true });
  const count = words.status ? t('letter:school.countedOn', { status: words.status, today: formatDate(today) }) : '';
  // A date the letter gives without a year: the app worked out which one, so it says the date it counts to.
  return d.computed && words.when ? `${t('letter:school.workedOut', { when: words.when })}${count}` : count;
}

/** One line per fact, each the letter's sentence in quotes after a short label of the app's. */
export function schoolLetterLines(t: TFunction, facts: Facts, today: string = todayInChina()): string[] {
  const lines: string[] = [];
  const label = (key: string) => t(`letter:school.label.${key}`);
  lines.push(
    'notStated' in facts.fee
      ? silentText(t, label('fee'), facts.fee, 'fee')
      : t('letter:school.line', { label: label('fee'), quote: quoted(t, facts.fee.quote) }),
  );
  // A sentence is quoted once: the fee and the dates in one sentence, or a window and its deadline; a later line
  // from it points up, keeping what it adds (the days left).
  const seen = new Set<string>('notStated' in facts.fee ? [] : [facts.fee.quote]);
  if ('notStated' in facts.dates) lines.push(silentText(t, label('dates'), facts.dates, 'dates'));
  else {
    for (const d of facts.dates) {
      const status = dateStatus(t, d, today);
      if (seen.has(d.quote) && !status) continue;
      const quote = seen.has(d.quote) ? t('letter:school.sameAbove') : quoted(t, d.quote);
      seen.add(d.quote);
      lines.push(t('letter:school.line', { label: label('dates'), quote }) + status);
    }
  }
  if ('notStated' in facts.channels) lines.push(silentText(t, label('channels'), facts.channels, 'channels'));
  else for (const c of facts.channels) lines.push(t('letter:school.line', { label: label('channel'), quote: quoted(t, c.quote) }));
  for (const p of facts.phones) lines.push(t('letter:school.line', { label: label('phone'), quote: quoted(t, p.quote) }));
  return lines;
}

/** The number to call: the letter's (with the office beside it), else 12393 with what it is (N2). */
export function letterCallLines(t: TFunction, call: LetterCall): string[] {
  const phone = phoneText(call.areaCode, call.number);
  if (call.office) return [t('school.fact.call', { office: call.office, phone })];
  if (call.quote) return [t('letter:school.callLetter', { phone })];
  return [t('school.fact.callHotline', { phone }), t('letter:school.noPhone', { n2: t('national.N2') })];
}

/** The heading of the letter's facts: "摘自学校通知（2027年度）", and that the app has not checked them. */
export function letterHeading(t: TFunction, facts: Facts): string {
  return facts.policyYear ? t('letter:school.heading', { year: facts.policyYear }) : t('letter:school.headingNoYear');
}

/**
 * The ready-to-paste WeChat message from a letter: the school in the first line, the letter's sentences quoted
 * under "摘自学校通知", a number to call, and the app's `/letter` link alone on the last line (never the letter's
 * words in a link).
 */
export function schoolLetterMessage(t: TFunction, facts: Facts, school: string, link: string, today: string = todayInChina()): string {
  return [
    school ? t('school.message.heading', { school }) : t('school.message.headingNoSchool'),
    letterHeading(t, facts),
    ...schoolLetterLines(t, facts, today).map((line) => t('school.message.bullet', { line })),
    t('letter:school.unchecked'),
    ...letterCallLines(t, facts.call),
    t('letter:school.linkIntro'),
    link,
  ].join('\n');
}

/** Why no message is made from this letter (N5), and whom to ask: shown to the teacher instead of a message. */
export function letterBlockedLines(t: TFunction, facts: Extract<SchoolLetterFacts<{ quote: string }>, { blocked: true }>): string[] {
  return [t('letter:school.blocked'), t('national.N5'), ...letterCallLines(t, facts.call)];
}
