// The letter screens' words (a namespace of their own, loaded with those screens) in every language.
import { describe, expect, it } from 'vitest';
import { leaves, variables } from './translation-keys.ts';
import type { Tree } from './translation-keys.ts';
import zhHans from './letter.zh-Hans.json';
import zhHant from './letter.zh-Hant.json';
import en from './letter.en.json';
import { LETTER_WARNING_KINDS } from './letter-words.ts';

const source = leaves(zhHans as Tree);

describe.each([
  ['zh-Hant', zhHant],
  ['en', en],
] as const)('letter words in %s', (_, words) => {
  it('has every key of simplified Chinese, with the same {{variables}}, and no other', () => {
    const translated = leaves(words as Tree);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(source).sort());
    for (const [key, text] of Object.entries(source)) {
      expect(translated[key]?.trim(), key).toBeTruthy();
      expect(variables(translated[key]!), key).toEqual(variables(text));
    }
  });
});

it('names every kind of warning the reader gives', () => {
  for (const kind of LETTER_WARNING_KINDS) expect(source[`warningKind.${kind}`], kind).toBeTruthy();
});
