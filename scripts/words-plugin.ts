// The simplified Chinese words cut in two for the build and the tests alike (app/i18n/first-screen-words.ts):
// `zh-Hans.json?words=first-screen` is what the first screen shows, `?words=pages` the rest.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { wordsPart } from '../app/i18n/first-screen-words.ts';
import type { WordsPart } from '../app/i18n/first-screen-words.ts';
import type { StringTree } from '../app/i18n/shipped-strings.ts';

export function wordsPlugin(): Plugin {
  return {
    name: 'words-parts',
    enforce: 'pre',
    load(id) {
      const words = /^(.*[/\\]app[/\\]i18n[/\\]zh-Hans\.json)\?words=(first-screen|pages)$/.exec(id);
      if (!words) return undefined;
      const tree = JSON.parse(readFileSync(words[1]!, 'utf8')) as StringTree;
      return { code: `export default ${JSON.stringify(wordsPart(tree, words[2] as WordsPart))};`, moduleType: 'js' };
    },
  };
}
