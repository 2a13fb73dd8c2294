// The URL contract: /plan/<region>?stage=…&born=…&insured=…&residency=…&aid=…
// Parsing keeps every valid answer and reports each bad one, so a garbled link still opens a useful screen.
import { AID, INSURED, REGION_IDS, RESIDENCY, STAGES } from '../model/types.ts';
import type { Answers, RegionId } from '../model/types.ts';
import { isIsoDate, isoFromParts } from '../common/dates.ts';
import { ANSWER_FIELDS, CHOICE_FIELDS } from './answer-fields.ts';
import type { AnswerField, ChoiceField } from './answer-fields.ts';

/** A region id of the URL contract; kept here, away from the region data, so the first screen stays small. */
export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

const CHOICES = { stage: STAGES, insured: INSURED, residency: RESIDENCY, aid: AID } as const satisfies Record<
  ChoiceField,
  readonly string[]
>;

export function choicesFor(field: ChoiceField): readonly string[] {
  return CHOICES[field];
}

export interface AnswerProblem {
  field: AnswerField;
  value: string;
  reason: 'unknown-value' | 'does-not-fit' | BornProblem;
}

export interface ParsedAnswers {
  answers: Answers;
  problems: AnswerProblem[];
}

function isChoice<F extends ChoiceField>(field: F, value: string): value is (typeof CHOICES)[F][number] {
  return (CHOICES[field] as readonly string[]).includes(value);
}

export type BornProblem = 'malformed-date' | 'future-date' | 'too-old';

/**
 * How many years before today a birth date asked for may lie. Only a child not yet at kindergarten is asked it
 * (新生儿（还没上幼儿园）); children start kindergarten at three and school at six, so an older date is a mistake.
 */
export const BORN_MAX_YEARS = 6;

/** The earliest birth date accepted on `today`: the same day `BORN_MAX_YEARS` years before (28 Feb for 29 Feb). */
export function bornEarliest(today: string): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const earliest = isoFromParts(year - BORN_MAX_YEARS, month, day);
  return isIsoDate(earliest) ? earliest : isoFromParts(year - BORN_MAX_YEARS, month, day - 1);
}

/**
 * What is wrong with a birth date, from a link or typed in: not a real YYYY-MM-DD date, later than today, or more
 * than `BORN_MAX_YEARS` years before it (0000-01-01).
 */
export function bornProblem(value: string, today: string): BornProblem | undefined {
  if (!isIsoDate(value)) return 'malformed-date';
  if (value > today) return 'future-date';
  return value < bornEarliest(today) ? 'too-old' : undefined;
}

/** Reads the answers from a query string; `today` (ISO) rejects birth dates in the future. */
export function parseAnswers(search: URLSearchParams | string, today: string): ParsedAnswers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const answers: Answers = {};
  const problems: AnswerProblem[] = [];
  for (const field of CHOICE_FIELDS) {
    const value = params.get(field)?.trim();
    if (!value) continue;
    if (isChoice(field, value)) (answers as Record<string, string>)[field] = value;
    else problems.push({ field, value, reason: 'unknown-value' });
  }
  const born = params.get('born')?.trim();
  // A birth date only matters for a newborn; for other stages it is ignored rather than reported.
  if (born && answers.stage === 'newborn') {
    const reason = bornProblem(born, today);
    if (reason) problems.push({ field: 'born', value: born, reason });
    else answers.born = born;
  }
  return { answers, problems };
}

/** The query string for a set of answers, in the contract's order, without empty fields. */
export function answersToSearch(answers: Answers, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const field of ANSWER_FIELDS) {
    const value = answers[field];
    if (value && (field !== 'born' || answers.stage === 'newborn')) params.set(field, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
