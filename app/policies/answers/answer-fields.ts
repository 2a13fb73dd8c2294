// The answers of the URL contract, listed once. Every other list derives from these: the questions (one per field,
// in this order), the query a link writes, the segments of a plan path, the app's routes, and, outside TypeScript,
// scripts/serve-paths.mjs and the README's nginx rule (both checked against this list by
// scripts/answer-fields.test.ts).

/** Every answer, in the order the questions ask them and a link's query lists them. */
export const ANSWER_FIELDS = ['stage', 'born', 'insured', 'residency', 'aid'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** The answers chosen from a list: every field but the birth date, which is typed. */
export type ChoiceField = Exclude<AnswerField, 'born'>;

/**
 * The chosen answers in order. A complete plan's path carries them as its segments
 * (/plan/<region>/<stage>/<insured>/<residency>/<aid>); the birth date stays in the query, as no file can be made
 * for each day.
 */
export const CHOICE_FIELDS: readonly ChoiceField[] = ANSWER_FIELDS.filter((field): field is ChoiceField => field !== 'born');
