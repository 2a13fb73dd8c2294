import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_INPUT_FEN, fenToInput, parseMoneyInput } from './money-input.ts';
import type { MoneyInputError } from './money-input.ts';

describe('parseMoneyInput: accepted amounts', () => {
  it.each([
    ['1500', 150000],
    // 万 as people say a bill (issue 18, 20): the point moves four places.
    ['3万', 3_000_000],
    ['1.5万', 1_500_000],
    ['1.5万元', 1_500_000],
    ['¥3,000', 300_000],
    ['３万', 3_000_000],
    ['０.８万', 800_000],
    ['1.23456万', 1_234_560],
    ['.5万', 500_000],
    ['1500.5', 150050],
    ['1500.50', 150050],
    ['1500.05', 150005],
    ['0', 0],
    ['0.01', 1],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    ['1,500', 150000],
    ['1,500.25', 150025],
    ['12,345,678', 1234567800],
    ['  8000  ', 800000],
    ['8 000', 800000],
    ['１５００', 150000],
    ['１５００．５', 150050],
    ['１，５００', 150000],
    ['¥1500', 150000],
    ['￥1500', 150000],
    ['1500元', 150000],
    ['\u30008000\u3000', 800000],
    ['10000000000', MAX_INPUT_FEN],
    ['10000000000.00', MAX_INPUT_FEN],
  ])('"%s" is %i fen', (text, fen) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, fen });
  });
});

describe('parseMoneyInput: refused, with the reason', () => {
  it.each<[string, MoneyInputError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['-5', 'negative'],
    ['-0.5', 'negative'],
    ['－５', 'negative'],
    ['-1.234', 'negative'],
    ['−5', 'negative'],
    ['¥-5', 'negative'],
    ['-¥5', 'negative'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1,50', 'not-a-number'],
    ['1500,000', 'not-a-number'],
    ['.', 'not-a-number'],
    ['-', 'not-a-number'],
    ['-abc', 'not-a-number'],
    ['+5', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['一千', 'not-a-number'],
    ['1.234', 'too-many-decimals'],
    ['1.2345678万', 'too-many-decimals'],
    ['万', 'empty'],
    ['3万万', 'not-a-number'],
    ['-3万', 'negative'],
    ['9999999万', 'too-large'],
    ['0.001', 'too-many-decimals'],
    ['99999999999', 'too-large'],
    ['10000000000.01', 'too-large'],
    ['123456789012345678901234567890', 'too-large'],
  ])('"%s" → %s', (text, error) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, error });
  });
});

describe('parseMoneyInput: properties', () => {
  it('reads back every amount it writes, in plain and grouped form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_INPUT_FEN }), (fen) => {
        expect(parseMoneyInput(fenToInput(fen))).toEqual({ ok: true, fen });
        const grouped = fenToInput(fen).replace(/^\d+/, (whole) => Number(whole).toLocaleString('en-US'));
        expect(parseMoneyInput(grouped)).toEqual({ ok: true, fen });
      }),
    );
  });

  it('never returns anything but a whole number of fen within the limit, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const result = parseMoneyInput(text);
        if (result.ok) {
          expect(Number.isSafeInteger(result.fen)).toBe(true);
          expect(result.fen).toBeGreaterThanOrEqual(0);
          expect(result.fen).toBeLessThanOrEqual(MAX_INPUT_FEN);
        }
      }),
    );
  });
});

describe('fenToInput', () => {
  it('writes yuan with two decimals only when there are fen', () => {
    expect(fenToInput(800000)).toBe('8000');
    expect(fenToInput(800050)).toBe('8000.50');
    expect(fenToInput(1)).toBe('0.01');
    expect(fenToInput(0)).toBe('0');
  });
});
