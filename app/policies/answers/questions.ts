// The wizard's flow: which question comes next, and which ones apply. It only routes; it knows no policy.
import type { Answers, Aid, Insured, Residency, Stage } from '../model/types.ts';
import { ANSWER_FIELDS } from './answer-fields.ts';
import type { AnswerField } from './answer-fields.ts';

/** One question per answer field, asked in the fields' order. */
export const QUESTION_IDS = ANSWER_FIELDS;
export type QuestionId = AnswerField;

export interface CompleteAnswers {
  stage: Stage;
  born?: string;
  insured: Insured;
  residency: Residency;
  aid: Aid;
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);
}

export function applies(question: QuestionId, answers: Answers): boolean {
  return question === 'born' ? answers.stage === 'newborn' : true;
}

export function applicableQuestions(answers: Answers): QuestionId[] {
  return QUESTION_IDS.filter((q) => applies(q, answers));
}

export function firstUnanswered(answers: Answers): QuestionId | undefined {
  return applicableQuestions(answers).find((q) => !answers[q]);
}

export function isComplete(answers: Answers): answers is CompleteAnswers {
  return firstUnanswered(answers) === undefined;
}

/**
 * Where to go after answering `current`. Coming from check-your-answers, return there as soon as nothing is
 * missing (a new stage may add the birth date question); otherwise go on to the next question in order.
 */
export function nextStep(current: QuestionId, answers: Answers, fromCheck = false): QuestionId | 'check' {
  if (fromCheck) return firstUnanswered(answers) ?? 'check';
  const order = applicableQuestions(answers);
  return order[order.indexOf(current) + 1] ?? firstUnanswered(answers) ?? 'check';
}

/** The Back link's target: the previous applicable question, or the region choice before the first one. */
export function previousStep(current: QuestionId, answers: Answers): QuestionId | 'region' {
  const order = applicableQuestions(answers);
  const index = order.indexOf(current);
  return index > 0 ? order[index - 1]! : 'region';
}

/**
 * Whether a choice fits the answers so far. A child born in this calendar year cannot be renewing (续保): renewal
 * needs a year of cover here before this one, and a child born this year has had none, so its first enrolment
 * (新生儿参保) is "没有参保". Cover elsewhere still fits (a baby can be enrolled where it was born, then move), as do
 * every residency (the hint says to answer by the parents') and aid. Older "newborns" (not yet in kindergarten)
 * may have had a year of cover, so for them every choice stays.
 */
export function fits(question: QuestionId, value: string, answers: Answers, today: string): boolean {
  if (question === 'insured' && value === 'here') return !bornThisYear(answers, today);
  return true;
}

function bornThisYear(answers: Answers, today: string): boolean {
  return answers.stage === 'newborn' && !!answers.born && answers.born.slice(0, 4) === today.slice(0, 4);
}

/** The choices a question offers, given the answers so far (`all` is the URL contract's list for it). */
export function choicesThatFit(question: QuestionId, all: readonly string[], answers: Answers, today: string): string[] {
  return all.filter((value) => fits(question, value, answers, today));
}

/** The first answer that does not fit the others (from an edited link, or a birth date changed later), if any. */
export function answerThatDoesNotFit(answers: Answers, today: string): QuestionId | undefined {
  return QUESTION_IDS.find((q) => {
    const value = answers[q];
    return value !== undefined && !fits(q, value, answers, today);
  });
}
