// Region data is written in simplified Chinese, in the sources' words. Other languages read it through a
// dictionary keyed by the simplified text. Quotes stay verbatim (they are the source), ids, files, dates and phone
// numbers are never translated. Pure: the caller passes the dictionary.
import type { RegionPolicy } from './types.ts';

/** Keys whose strings are not display text. */
const KEEP = new Set([
  'quote',
  'file',
  'id',
  'care',
  'areaCode',
  'number',
  'date',
  'from',
  'to',
  'lastVerified',
  'kind',
  'purpose',
  'section',
  'fact',
]);

export type Dictionary = Record<string, string>;

function walk(value: unknown, visit: (text: string) => string, key = ''): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : visit(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, visit, key === 'steps' ? '' : key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        ['askAt', 'confirmWith', 'stage', 'stages', 'insured', 'residency', 'aid', 'bornMonths'].includes(k) ? v : walk(v, visit, k),
      ]),
    );
  }
  return value;
}

/** Every display string of a region, in simplified Chinese: what a dictionary must translate. */
export function translatableStrings(region: object): string[] {
  const found = new Set<string>();
  walk(region, (text) => {
    found.add(text);
    return text;
  });
  return [...found];
}

/** The region with its display strings translated; a string missing from the dictionary stays as written. */
export function localizeRegion<T extends object = RegionPolicy>(region: T, dictionary: Dictionary | undefined): T {
  if (!dictionary) return region;
  return walk(region, (text) => dictionary[text] ?? text) as T;
}

/** Every display string of these regions, once each, in a fixed order (the order compact dictionaries use). */
export function canonicalStrings(regions: object[]): string[] {
  return [...new Set(regions.flatMap(translatableStrings))].sort();
}

/**
 * A dictionary as authored (text → translation) or as the build ships it: only the translations, in the order of
 * `canonicalStrings`, which saves repeating every Chinese text on the phone.
 */
export function toDictionary(data: Dictionary | readonly string[], keys: () => string[]): Dictionary {
  if (!Array.isArray(data)) return data as Dictionary;
  const order = keys();
  return Object.fromEntries(order.map((key, i) => [key, data[i] ?? key]));
}
