// Each region's translations are their own chunks (app/i18n/regions/<id>.<language>.json, made by
// `npm run regions:sync`), loaded with the region; kept out of the first screen's code. As shipped, a dictionary is
// the bare list of translations in the order of canonicalStrings (see vite.config.ts).
import { beforeLanguageChange, currentLanguage, DEFAULT_LANGUAGE } from './i18n.ts';
import type { Language } from './i18n.ts';
import { canonicalStrings, toDictionary } from '../policies/model/localize.ts';
import type { Dictionary } from '../policies/model/localize.ts';
import { loadRegion } from '../policies/catalog/region-loader.ts';
import { fulfilled, tracked } from '../policies/catalog/tracked.ts';
import type { Tracked } from '../policies/catalog/tracked.ts';
import type { RegionId } from '../policies/model/types.ts';

type ShippedDictionary = Dictionary | readonly string[];
const dictionaryFiles = import.meta.glob<ShippedDictionary>('./regions/*.json', { import: 'default' });
const dictionaries = new Map<string, Tracked<Dictionary | undefined>>();
const regionsShown = new Set<RegionId>();

/** A region's dictionary for a language (none for simplified Chinese, the sources' own), loaded once. */
export function loadRegionDictionary(id: RegionId, language: Language = currentLanguage()): Tracked<Dictionary | undefined> {
  regionsShown.add(id);
  if (language === DEFAULT_LANGUAGE) return fulfilled(undefined);
  const key = `./regions/${id}.${language}.json`;
  let promise = dictionaries.get(key);
  if (!promise) {
    const file = dictionaryFiles[key];
    const load = file ? Promise.all([loadRegion(id), file()]) : Promise.reject(new Error(`no ${key}: run \`npm run regions:sync\``));
    promise = tracked(load.then(([region, shipped]) => toDictionary(shipped, () => canonicalStrings([region]))));
    dictionaries.set(key, promise);
    promise.catch(() => dictionaries.delete(key));
  }
  return promise;
}

// A switch of language waits for the translations of every region shown so far.
beforeLanguageChange.push((language) => Promise.all([...regionsShown].map((id) => loadRegionDictionary(id, language))));
