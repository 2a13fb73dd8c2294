// Reads an amount of money a parent types (in yuan) into integer fen for the estimate, or says what is wrong with it.
// Pure: no React, no Intl. Forgiving about how a phone keyboard writes a number (full-width digits, "1,500",
// a leading ¥ or a trailing 元, spaces, "3万" / "1.5万元" as people say hospital bills), strict about what it means (no sign, at most two decimals, a sane size).
import { MAX_COST_FEN } from './estimate.ts';

export type MoneyInputError =
  /** Nothing typed. */
  | 'empty'
  /** A minus sign in front of a number. */
  | 'negative'
  /** Letters, symbols, several points, badly placed thousands separators… */
  | 'not-a-number'
  /** More than two digits after the point (smaller than a fen). */
  | 'too-many-decimals'
  /** More than MAX_COST_FEN. */
  | 'too-large';

export type MoneyInput = { ok: true; fen: number } | { ok: false; error: MoneyInputError };

/** The largest amount accepted, in fen (the engine's own limit). */
export const MAX_INPUT_FEN = MAX_COST_FEN;

/** Full-width forms (U+FF01–U+FF5E) to ASCII; the ideographic space to a space. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export function parseMoneyInput(raw: string): MoneyInput {
  let text = halfWidth(raw)
    .replace(/[\s\u00A0\u2009\u202F]+/g, '')
    .replace(/[−–—]/g, '-');
  if (text === '') return { ok: false, error: 'empty' };
  // A currency sign before and 元 after are how people write money; either may sit on either side of a minus.
  text = text
    .replace(/^(-?)[¥￥]/, '$1')
    .replace(/^[¥￥](-)/, '$1')
    .replace(/元$/, '');
  // "3万", "1.5万": ten thousand yuan; the point moves four places, so "1.23456万" is 12345.60 yuan.
  const wan = /万$/.test(text);
  if (wan) text = text.slice(0, -1);
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  // Digits with optional correctly grouped thousands separators, then an optional fraction; "5." and ".5" are fine.
  const match = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && !match[2])) return { ok: false, error: text === '' && !negative ? 'empty' : 'not-a-number' };
  if (negative) return { ok: false, error: 'negative' };
  let whole = match[1]!.replace(/,/g, '');
  let fraction = match[2] ?? '';
  if (wan) {
    const shifted = fraction.padEnd(4, '0');
    whole += shifted.slice(0, 4);
    fraction = shifted.slice(4);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  if (fraction.length > 2) return { ok: false, error: 'too-many-decimals' };
  // Checked on the digits first, so no string is ever turned into an unsafe number.
  if (whole.length > String(Math.floor(MAX_INPUT_FEN / 100)).length) return { ok: false, error: 'too-large' };
  const fen = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (fen > MAX_INPUT_FEN) return { ok: false, error: 'too-large' };
  return { ok: true, fen };
}

/** Fen back to the plain text a parent would type: "8000", "8000.5" → "8000.50". */
export function fenToInput(fen: number): string {
  const whole = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest ? `${whole}.${String(rest).padStart(2, '0')}` : String(whole);
}
