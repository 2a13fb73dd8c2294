// Which of the app's simplified Chinese words ship with the first screen (the start page, a school's welcome on it,
// the page frame, the update bar, the error and not-found pages); the rest load with the first other screen's code.
// zh-Hans.json stays one file as authored: the build cuts it in two (vite.config.ts, `?words=first-screen` and
// `?words=pages`), so the first screen's JavaScript carries only what it shows (the plan's, estimate's and school's
// words were a tenth of it).
import type { StringTree } from './shipped-strings.ts';

/** Key paths (a section, or one key of a section) the first screen shows. */
export const FIRST_SCREEN_WORDS = [
  'app',
  'start',
  'notFound',
  'pwa',
  'storage',
  'error',
  'question.errorTitle',
  'school.bannerNoSchool',
  'school.sharedBy',
  'school.welcome',
] as const;

export type WordsPart = 'first-screen' | 'pages';

/** The part of `tree` that ships with the first screen, or the rest; the two together are the whole tree. */
export function wordsPart(tree: StringTree, part: WordsPart, prefix = ''): StringTree {
  const out: StringTree = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const first = FIRST_SCREEN_WORDS.some((p) => p === path);
    const inside = FIRST_SCREEN_WORDS.some((p) => p.startsWith(`${path}.`));
    if (typeof value === 'object' && inside && !first) {
      const sub = wordsPart(value, part, path);
      if (Object.keys(sub).length) out[key] = sub;
    } else if (first === (part === 'first-screen')) out[key] = value;
  }
  return out;
}

/** Two trees as one, `a`'s keys first: the first screen's words and the rest, in the order the build ships lists. */
export function mergeWords(a: StringTree, b: StringTree): StringTree {
  const out: StringTree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    out[key] = typeof mine === 'object' && typeof value === 'object' ? mergeWords(mine, value) : value;
  }
  return out;
}

/**
 * The source in the order a translation's strings ship in (shipped-strings.ts): the first screen's keys, then the
 * rest, which the phone can rebuild from the two parts without the whole file.
 */
export function wordsInShippedOrder(tree: StringTree): StringTree {
  return mergeWords(wordsPart(tree, 'first-screen'), wordsPart(tree, 'pages'));
}
