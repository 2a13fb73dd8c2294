// i18next set up synchronously with the default language bundled, so the first render (and the build-time render)
// already has every string. The other languages, with their translations of the region texts, load on demand.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhHans from './zh-Hans.json';
import type { Dictionary } from '../policies/localize.ts';
import { safeStorage } from '../state/safe-storage.ts';

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
  resources: { [DEFAULT_LANGUAGE]: { translation: zhHans } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** As shipped: the build turns each region dictionary into a list of translations (see vite.config.ts). */
type ShippedDictionary = Dictionary | readonly string[];

const regionDictionaries: Partial<Record<Language, ShippedDictionary>> = {};

const loaders: Record<
  Exclude<Language, 'zh-Hans'>,
  () => Promise<[{ default: object }, { default: ShippedDictionary }, { default: object }]>
> = {
  'zh-Hant': () =>
    Promise.all([import('./zh-Hant.json'), import('./regions.zh-Hant.json'), import('./estimate-trace.zh-Hant.json')]),
  en: () => Promise.all([import('./en.json'), import('./regions.en.json'), import('./estimate-trace.en.json')]),
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language asked for before (remembered on the device), else the first the browser prefers. */
export function preferredLanguage(stored = safeStorage.getItem(STORAGE_KEY), browser: readonly string[] = globalThis.navigator?.languages ?? []): Language {
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
  if (language !== 'zh-Hans' && !regionDictionaries[language]) {
    const [ui, regions, trace] = await loaders[language]();
    i18n.addResourceBundle(language, 'translation', ui.default, true, true);
    i18n.addResourceBundle(language, TRACE_NS, trace.default, true, true);
    regionDictionaries[language] = regions.default;
  }
  await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (remember) safeStorage.setItem(STORAGE_KEY, language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The translations of region texts for the current language (none for simplified Chinese, the sources' own). */
export function regionDictionary(language = currentLanguage()): ShippedDictionary | undefined {
  return regionDictionaries[language];
}
