// The wizard's flow: which question comes next, and which ones apply. It only routes; it knows no policy.
import type { Answers, Aid, Insured, Residency, Stage } from './types.ts';

export const QUESTION_IDS = ['stage', 'born', 'insured', 'residency', 'aid'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

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
