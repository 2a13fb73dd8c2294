// Paths of the URL contract, so every page builds links the same way.
import { answersToSearch } from './answers.ts';
import type { QuestionId } from './questions.ts';
import type { Answers, RegionId } from './types.ts';

export function planPath(region: RegionId, answers: Answers): string {
  return `/plan/${region}${answersToSearch(answers)}`;
}

export function questionPath(region: RegionId, question: QuestionId, answers: Answers, fromCheck = false): string {
  return `/plan/${region}/ask/${question}${answersToSearch(answers, fromCheck ? { from: 'check' } : {})}`;
}

export function checkPath(region: RegionId, answers: Answers): string {
  return `/plan/${region}/check${answersToSearch(answers)}`;
}

export function startPath(region?: RegionId): string {
  return region ? `/?region=${region}` : '/';
}
