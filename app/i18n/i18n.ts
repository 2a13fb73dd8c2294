// i18next set up synchronously with the default language's first-screen words bundled, so the first render (and the
// build-time render) already has every string it shows; the rest of them load with any other screen's code
// (loadPageWords, first-screen-words.ts). The other languages load on demand, and each region's translations with
// the region.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import firstScreenWords from './zh-Hans.json?words=first-screen';
import { fromShipped } from './shipped-strings.ts';
import { mergeWords } from './first-screen-words.ts';
import type { StringTree } from './shipped-strings.ts';
import { REGION_NAMES } from '../policies/catalog/region-index.ts';
import type { RegionId } from '../policies/model/types.ts';
import { safeStorage } from '../state/safe-storage.ts';
import { tracked } from '../policies/catalog/tracked.ts';
import type { Tracked } from '../policies/catalog/tracked.ts';

export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-Hans';
const STORAGE_KEY = 'xsyb-language';

/** The locale Intl formats numbers, money and dates with. */
export const INTL_LOCALE: Record<Language, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-HK', en: 'en-GB' };

/**
 * The namespace of the estimate's trace templates (app/i18n/estimate-trace.*.json; see app/policies/estimate.ts),
 * loaded with the other languages. Simplified Chinese needs none on the phone: its page shows the engine's own
 * sentences, which its templates reproduce exactly (app/i18n/estimate-trace.test.ts).
 */
export const TRACE_NS = 'estimate-trace';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  resources: { [DEFAULT_LANGUAGE]: { translation: firstScreenWords } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

// Each file ships as the bare list of its strings in the order of its simplified Chinese source's keys
// (shipped-strings.ts), 0 for one the same as the source's, which i18next then falls back to; the trace
// templates' source comes along to give their keys.
type Shipped = { default: StringTree | readonly (string | 0)[] };
// The source's words come along: their key order reads a shipped list (the first screen's, then the rest).
const loaders: Record<Exclude<Language, 'zh-Hans'>, () => Promise<[Shipped, Shipped, { default: StringTree }, StringTree]>> = {
  'zh-Hant': () =>
    Promise.all([
      import('./zh-Hant.json'),
      import('./estimate-trace.zh-Hant.json'),
      import('./estimate-trace.zh-Hans.json'),
      loadPageWords(),
    ]),
  en: () =>
    Promise.all([import('./en.json'), import('./estimate-trace.en.json'), import('./estimate-trace.zh-Hans.json'), loadPageWords()]),
};
const loadedLanguages = new Set<Language>([DEFAULT_LANGUAGE]);

let pageWords: Tracked<StringTree> | undefined;
/**
 * The simplified Chinese words of every screen but the first (loaded once; every language falls back to them). Each
 * other screen's code loads with them (app-routes.tsx), so no screen renders before its words are in.
 */
export function loadPageWords(): Tracked<StringTree> {
  if (!pageWords) {
    pageWords = tracked(
      import('./zh-Hans.json?words=pages').then((words) => {
        i18n.addResourceBundle(DEFAULT_LANGUAGE, 'translation', words.default, true, false);
        return mergeWords(firstScreenWords, words.default);
      }),
    );
    pageWords.catch(() => (pageWords = undefined));
  }
  return pageWords;
}

/**
 * Work to finish before the language changes, e.g. loading the translations of the regions on screen
 * (region-dictionaries.ts adds it once a region is shown), so the page never falls back to a loading state.
 */
export const beforeLanguageChange: ((language: Language) => Promise<unknown>)[] = [];

/** A region's name in the page's language, without loading the region. */
export function regionName(id: RegionId, language = currentLanguage()): string {
  return REGION_NAMES[id][language];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language asked for before (remembered on the device), else the first the browser prefers. */
export function preferredLanguage(
  stored = safeStorage.getItem(STORAGE_KEY),
  browser: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (/^zh-(hant|tw|hk|mo)/.test(lower)) return 'zh-Hant';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}

/** Loads a language's strings (once) and switches to it. */
export async function switchLanguage(language: Language, remember = false): Promise<void> {
  const shown = Promise.all(beforeLanguageChange.map((prepare) => prepare(language))).catch(() => undefined);
  if (language !== 'zh-Hans' && !loadedLanguages.has(language)) {
    const [ui, trace, traceSource, source] = await loaders[language]();
    i18n.addResourceBundle(language, 'translation', fromShipped(ui.default, source), true, true);
    i18n.addResourceBundle(language, TRACE_NS, fromShipped(trace.default, traceSource.default), true, true);
    loadedLanguages.add(language);
  }
  await shown;
  await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (remember) safeStorage.setItem(STORAGE_KEY, language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
