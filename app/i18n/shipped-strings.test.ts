import { describe, expect, it } from 'vitest';
import { fromShipped, keyPaths, toShipped } from './shipped-strings.ts';
import type { StringTree } from './shipped-strings.ts';
import zhHans from './zh-Hans.json';
import zhHant from './zh-Hant.json';
import en from './en.json';
import traceZhHans from './estimate-trace.zh-Hans.json';
import traceZhHant from './estimate-trace.zh-Hant.json';
import traceEn from './estimate-trace.en.json';

describe('translations shipped as lists of strings in the order of the source keys', () => {
  it.each([
    ['zh-Hant.json', zhHant, zhHans],
    ['en.json', en, zhHans],
    ['estimate-trace.zh-Hant.json', traceZhHant, traceZhHans],
    ['estimate-trace.en.json', traceEn, traceZhHans],
  ] as [string, StringTree, StringTree][])('%s comes back on the phone exactly as authored', (_, translation, source) => {
    const shipped = toShipped(translation, source);
    expect(shipped).toHaveLength(keyPaths(source).length);
    expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(translation).length);
    expect(fromShipped(shipped as string[], source)).toEqual(translation);
  });

  it('keeps numeric keys and nesting, and leaves out what has no string (i18next then falls back)', () => {
    const source = { a: { '2': 'x', '1': 'y', b: 'z' }, c: 'w' };
    expect(keyPaths(source).map((p) => p.join('.'))).toEqual(['a.1', 'a.2', 'a.b', 'c']);
    expect(fromShipped(['Y', 'X', null, 'W'], source)).toEqual({ a: { '1': 'Y', '2': 'X' }, c: 'W' });
  });

  it('takes a file as authored (tests, no build) unchanged', () => {
    expect(fromShipped(en as StringTree, zhHans)).toBe(en);
  });
});
