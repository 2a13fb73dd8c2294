import { useEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isRegionId, parseAnswers } from '../policies/answers/answers.ts';
import type { AnswerProblem } from '../policies/answers/answers.ts';
import { PLAN_SEGMENTS } from '../policies/answers/links.ts';
import { answerThatDoesNotFit } from '../policies/answers/questions.ts';
import { useLocalRegion } from '../components/use-local-region.ts';
import { useHydrated, useToday } from '../components/use-hydrated.ts';
import { useAnswersStore } from '../state/answers-store.ts';
import type { Answers } from '../policies/model/types.ts';

/**
 * The answers of a query string, each bad one reported; an answer that does not fit the others (a newborn born this
 * year "renewing") is dropped and reported, so the question is asked again with a plain message.
 */
export function answersFromSearch(search: string, today: string): { answers: Answers; problems: AnswerProblem[] } {
  const parsed = parseAnswers(search, today);
  const misfit = answerThatDoesNotFit(parsed.answers, today);
  if (!misfit || misfit === 'born') return parsed;
  const answers = { ...parsed.answers };
  const value = answers[misfit]!;
  delete answers[misfit];
  const problem: AnswerProblem = { field: misfit, value, reason: 'does-not-fit' };
  return { answers, problems: [...parsed.problems, problem] };
}

/**
 * The region and answers a plan URL carries (path segments on a plan path, else the query), mirrored into the
 * store so the start page can offer to resume. On a prerendered plan path the birth date (query) is read only
 * after hydration, as the HTML was made without it. An answer that does not fit the others (a newborn born this
 * year "renewing") is dropped and reported, so the question is asked again with a plain message.
 */
export function useRouteAnswers() {
  const params = useParams();
  const regionParam = params.region;
  const [query] = useSearchParams();
  const hydrated = useHydrated();
  const today = useToday();
  const onPlanPath = PLAN_SEGMENTS.every((field) => params[field] !== undefined);
  let search = query.toString();
  if (onPlanPath) {
    const fromPath = new URLSearchParams(PLAN_SEGMENTS.map((field) => [field, params[field]!]));
    const born = query.get('born');
    if (hydrated && born !== null) fromPath.set('born', born);
    search = fromPath.toString();
  }
  const { answers, problems } = useMemo(() => answersFromSearch(search, today), [search, today]);
  const region = useLocalRegion(isRegionId(regionParam) ? regionParam : undefined);
  const remember = useAnswersStore((s) => s.remember);
  const regionId = region?.id;
  useEffect(() => {
    if (isRegionId(regionId)) remember(regionId, answers);
  }, [regionId, answers, remember]);
  return {
    regionParam: regionParam ?? '',
    region,
    answers,
    problems,
    today,
    hydrated,
    onPlanPath,
    search,
    fromCheck: query.get('from') === 'check',
  };
}
