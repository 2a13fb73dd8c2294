import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import zhHans from './zh-Hans.json';
import en from './en.json';
import { FIRST_SCREEN_WORDS, mergeWords, wordsInShippedOrder, wordsPart } from './first-screen-words.ts';
import { fromShipped, keyPaths, toShipped } from './shipped-strings.ts';
import type { StringTree } from './shipped-strings.ts';

const whole = zhHans as StringTree;
const first = wordsPart(whole, 'first-screen');
const pages = wordsPart(whole, 'pages');
const paths = (tree: StringTree) => keyPaths(tree).map((p) => p.join('.'));

// The files the first screen's JavaScript renders words from (the start page, a school's welcome on it, the page's
// frame, the update bar, the error and not-found pages).
const FIRST_SCREEN_FILES = [
  'app/pages/start-page.tsx',
  'app/pages/not-found-page.tsx',
  'app/components/school-welcome.tsx',
  'app/components/page-layout.tsx',
  'app/components/pwa-bar.tsx',
  'app/components/error-boundary.tsx',
  'app/components/error-summary.tsx',
  'app/components/loading.tsx',
];

describe('the first screen’s words and the rest', () => {
  it('are the whole of zh-Hans.json, each key in exactly one part', () => {
    const a = paths(first);
    const b = paths(pages);
    expect(a.filter((p) => b.includes(p))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(paths(whole).sort());
    expect(a.length).toBeGreaterThan(20);
    expect(b.length).toBeGreaterThan(a.length);
  });

  it('the first screen carries every key its files ask for', () => {
    const firstPaths = new Set(paths(first));
    for (const file of FIRST_SCREEN_FILES) {
      const keys = [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[\w.]+)'/g)].map((m) => m[1]!);
      expect(keys.length, file).toBeGreaterThan(0);
      for (const key of keys)
        expect(firstPaths.has(key) || paths(first).some((p) => p.startsWith(`${key}.`)), `${file}: ${key}`).toBe(true);
    }
  });

  it('lists only keys that exist', () => {
    const all = paths(whole);
    for (const key of FIRST_SCREEN_WORDS)
      expect(
        all.some((p) => p === key || p.startsWith(`${key}.`)),
        key,
      ).toBe(true);
  });

  it('a translation shipped in the build’s order reads back from the two parts alone', () => {
    const shipped = toShipped(en as StringTree, wordsInShippedOrder(whole));
    const back = fromShipped(shipped as (string | 0)[], mergeWords(first, pages));
    const start = (en as { start: { title: string } }).start;
    expect((back['start'] as StringTree)['title']).toBe(start.title);
    expect(back).toEqual(fromShipped(shipped as (string | 0)[], wordsInShippedOrder(whole)));
    // Read in the authored order instead, the strings would land on the wrong keys.
    expect(fromShipped(shipped as (string | 0)[], whole)).not.toEqual(back);
  });
});
