import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { fromShipped, keyPaths, toShipped } from './shipped-strings.ts';
import type { StringTree } from './shipped-strings.ts';
import zhHans from './zh-Hans.json';
import zhHant from './zh-Hant.json';
import en from './en.json';
import traceZhHans from './estimate-trace.zh-Hans.json';
import traceZhHant from './estimate-trace.zh-Hant.json';
import traceEn from './estimate-trace.en.json';

/** Every key's text in `language` as i18next gives it, with the simplified Chinese source as the fallback. */
function texts(source: StringTree, language: string, translation: StringTree): string[] {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    fallbackLng: 'zh-Hans',
    resources: { 'zh-Hans': { translation: source }, [language]: { translation } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return keyPaths(source).map((path) => i18n.t(path.join('.')));
}

describe('translations shipped as lists of strings in the order of the source keys', () => {
  it.each([
    ['zh-Hant', zhHant, zhHans],
    ['en', en, zhHans],
    ['zh-Hant', traceZhHant, traceZhHans],
    ['en', traceEn, traceZhHans],
  ] as [string, StringTree, StringTree][])('%s: every key reads on the phone exactly as authored', (language, translation, source) => {
    const shipped = toShipped(translation, source);
    expect(shipped).toHaveLength(keyPaths(source).length);
    expect(shipped).not.toContain(undefined);
    expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(translation).length);
    expect(texts(source, language, fromShipped(shipped as (string | 0)[], source))).toEqual(texts(source, language, translation));
  });

  it('keeps numeric keys and nesting; a string the same as the source ships as 0 and is left to the fallback', () => {
    const source = { a: { '2': 'x', '1': 'y', b: 'z' }, c: 'w' };
    expect(keyPaths(source).map((p) => p.join('.'))).toEqual(['a.1', 'a.2', 'a.b', 'c']);
    expect(toShipped({ a: { '1': 'Y', '2': 'x', b: 'Z' } }, source)).toEqual(['Y', 0, 'Z', undefined]);
    expect(fromShipped(['Y', 0, 'Z', null], source)).toEqual({ a: { '1': 'Y', b: 'Z' } });
  });

  it('takes a file as authored (tests, no build) unchanged', () => {
    expect(fromShipped(en as StringTree, zhHans)).toBe(en);
  });
});
