// A value only a person can decide in a region module drafted from its source (`npm run regions:draft`): the
// region's name, province and area code, the days its policy year covers, an office's kind. A draft writes
// `fillIn('…what to write…')` there. It is no string, number or date, so the type check fails on each one, naming
// the line, and `regions:sync`, `regions:check` and the build list them (scripts/regions-sync.ts) until all are filled.
export interface FillIn {
  readonly fillIn: string;
}

export function fillIn(what: string): FillIn {
  return { fillIn: what };
}

/**
 * Each `fillIn('…')` left in a module's source text: the line (1-based) where it starts and what to write there. A
 * formatter may break the call over lines (`fillIn(\n  '…',\n)`), so the whole text is searched.
 */
export function fillInsLeft(source: string): { line: number; what: string }[] {
  return [...source.matchAll(/\bfillIn\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*,?\s*\)/g)].map((m) => ({
    line: source.slice(0, m.index).split('\n').length,
    what: m[2]!.replace(/\\(.)/g, '$1'),
  }));
}
