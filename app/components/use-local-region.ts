import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.ts';
import { loadRegionDictionary } from '../i18n/region-dictionaries.ts';
import { localizeRegion } from '../policies/model/localize.ts';
import type { Dictionary } from '../policies/model/localize.ts';
import { loadRegion } from '../policies/catalog/region-loader.ts';
import { tracked } from '../policies/catalog/tracked.ts';
import type { Tracked } from '../policies/catalog/tracked.ts';
import type { RegionId, RegionModule, RegionPolicy } from '../policies/model/types.ts';
import { regionOn } from '../policies/model/policy-years.ts';
import { todayInChina } from '../policies/common/dates.ts';
import type { Language } from '../i18n/i18n.ts';
import { reloadOnce } from './lazy-with-reload.ts';

// Each region's data and translations are their own chunks. A page that shows a region suspends until both are
// there (the app's Suspense shows the loading line); a chunk that fails to load reloads the page once for a new
// build, as lazy routes do, and a second failure reaches the error boundary.
const recovering = new WeakMap<Promise<unknown>, Tracked<unknown>>();

function withRecovery<T>(promise: Tracked<T>): Tracked<T> {
  if (promise.status === 'fulfilled') return promise;
  let result = recovering.get(promise) as Tracked<T> | undefined;
  if (!result) {
    result = tracked(promise.catch((error: unknown) => (reloadOnce() ? new Promise<never>(() => {}) : Promise.reject(error))));
    recovering.set(promise, result);
  }
  return result;
}

/** Starts loading a region and its translations (before hydration, or before the build-time render). */
export function preloadRegion(id: RegionId, language: Language = currentLanguage()): Promise<unknown> {
  return Promise.all([loadRegion(id), loadRegionDictionary(id, language)]);
}

/** A region's data in the page's language under today's policy year (re-rendered when the language changes); suspends while it loads. */
export function useLocalRegion(id: RegionId | undefined): RegionPolicy | undefined {
  useTranslation(); // re-renders on a change of language
  const language = currentLanguage();
  const region = id ? use(withRecovery(loadRegion(id)) as Promise<RegionModule>) : undefined;
  const dictionary = id ? use(withRecovery(loadRegionDictionary(id, language)) as Promise<Dictionary | undefined>) : undefined;
  // The policy year in force today, or the latest past one (the page then warns that this year's may differ).
  const today = todayInChina();
  return useMemo<RegionPolicy | undefined>(
    () => (region ? regionOn(localizeRegion(region, dictionary), today) : undefined),
    [region, dictionary, today],
  );
}
