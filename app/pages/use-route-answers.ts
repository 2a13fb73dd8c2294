import { useEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isRegionId, parseAnswers } from '../policies/answers.ts';
import { todayInChina } from '../policies/dates.ts';
import { useLocalRegion } from '../components/use-local-region.ts';
import { useAnswersStore } from '../state/answers-store.ts';

/** The region and answers a plan URL carries, mirrored into the store so the start page can offer to resume. */
export function useRouteAnswers() {
  const { region: regionParam } = useParams();
  const [params] = useSearchParams();
  const today = todayInChina();
  const search = params.toString();
  const { answers, problems } = useMemo(() => parseAnswers(search, today), [search, today]);
  const region = useLocalRegion(isRegionId(regionParam) ? regionParam : undefined);
  const remember = useAnswersStore((s) => s.remember);
  const regionId = region?.id;
  useEffect(() => {
    if (regionId) remember(regionId, answers);
  }, [regionId, answers, remember]);
  return { regionParam: regionParam ?? '', region, answers, problems, today, fromCheck: params.get('from') === 'check' };
}
