import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, regionDictionary } from '../i18n/i18n.ts';
import { canonicalStrings, localizeRegion, toDictionary } from '../policies/localize.ts';
import type { Dictionary } from '../policies/localize.ts';
import { REGIONS } from '../policies/regions.ts';
import type { RegionId, RegionPolicy } from '../policies/types.ts';

let keys: string[] | undefined;
const dictionaries = new WeakMap<object, Dictionary>();

function dictionaryFor(language: ReturnType<typeof currentLanguage>): Dictionary | undefined {
  const shipped = regionDictionary(language);
  if (!shipped) return undefined;
  let dictionary = dictionaries.get(shipped);
  if (!dictionary) {
    dictionary = toDictionary(shipped, () => (keys ??= canonicalStrings(Object.values(REGIONS))));
    dictionaries.set(shipped, dictionary);
  }
  return dictionary;
}

/** A region's data in the page's language (re-rendered when the language changes). */
export function useLocalRegion(id: RegionId | undefined): RegionPolicy | undefined {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => (id ? localizeRegion(REGIONS[id], dictionaryFor(currentLanguage())) : undefined), [id, language]);
}
