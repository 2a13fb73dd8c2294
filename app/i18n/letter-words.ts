// The letter screens' words (app/i18n/letter.<language>.json), a namespace of their own loaded with those screens,
// so nothing of them weighs on the first screen. The letter's own words are never translated: they stay as written.
import { beforeLanguageChange, currentLanguage, DEFAULT_LANGUAGE, i18n } from './i18n.ts';
import type { Language } from './i18n.ts';
import { tracked } from '../policies/catalog/tracked.ts';
import type { Tracked } from '../policies/catalog/tracked.ts';
import type { LetterWarningKind } from '../policies/letter/letter-types.ts';

export const LETTER_NS = 'letter';

type Tree = { [key: string]: string | Tree };
const files = import.meta.glob<Tree>('./letter.*.json', { import: 'default' });
const loading = new Map<Language, Tracked<void>>();

function loadOne(language: Language): Tracked<void> {
  let promise = loading.get(language);
  if (!promise) {
    const file = files[`./letter.${language}.json`];
    promise = tracked(
      (file ? file() : Promise.reject(new Error(`no letter.${language}.json`))).then((words) => {
        i18n.addResourceBundle(language, LETTER_NS, words, true, true);
      }),
    );
    loading.set(language, promise);
    promise.catch(() => loading.delete(language));
  }
  return promise;
}

/** The letter screens' words in a language (and simplified Chinese, every language's fallback), loaded once. */
export function loadLetterWords(language: Language = currentLanguage()): Tracked<void> {
  const both = [loadOne(DEFAULT_LANGUAGE), loadOne(language)];
  if (both.every((p) => p.status === 'fulfilled')) return both[1]!;
  return tracked(Promise.all(both).then(() => undefined));
}

// Once a letter screen has been shown, a switch of language waits for its words in the new language.
beforeLanguageChange.push((language) => loadLetterWords(language));

/** Every kind of warning the reader gives (letter-types.ts), each with its words here. */
export const LETTER_WARNING_KINDS: readonly LetterWarningKind[] = ['link', 'qr-code', 'account', 'pay-person'];
