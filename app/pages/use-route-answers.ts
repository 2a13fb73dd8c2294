import { useEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isRegionId, parseAnswers } from '../policies/answers.ts';
import { todayInChina } from '../policies/dates.ts';
import { REGIONS } from '../policies/regions.ts';
import { useAnswersStore } from '../state/answers-store.ts';

/** The region and answers a plan URL carries, mirrored into the store so the start page can offer to resume. */
export function useRouteAnswers() {
  const { region: regionParam } = useParams();
  const [params] = useSearchParams();
  const today = todayInChina();
  const search = params.toString();
  const { answers, problems } = useMemo(() => parseAnswers(search, today), [search, today]);
  const region = isRegionId(regionParam) ? REGIONS[regionParam] : undefined;
  const remember = useAnswersStore((s) => s.remember);
  useEffect(() => {
    if (region) remember(region.id, answers);
  }, [region, answers, remember]);
  return { regionParam: regionParam ?? '', region, answers, problems, today, fromCheck: params.get('from') === 'check' };
}
