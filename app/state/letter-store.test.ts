import { describe, expect, it } from 'vitest';
import { sanitizeStoredLetter } from './letter-store.ts';

describe('the letter kept on the device', () => {
  it.each([
    [{ text: '关于2027年度城乡居民医保缴费的通知' }, '关于2027年度城乡居民医保缴费的通知'],
    [{ text: 42 }, ''],
    [null, ''],
    ['a string', ''],
    // Longer than the reader accepts: dropped, never cut.
    [{ text: '医'.repeat(20_001) }, ''],
  ])('%j → %j', (stored, text) => {
    expect(sanitizeStoredLetter(stored).text).toBe(text);
  });
});

describe('a letter read from pictures', () => {
  const doubt = { picture: 0, bbox: { x0: 1, y0: 2, x1: 30, y1: 20 }, figure: '380', context: '每人每年380元', offset: 4 };
  it('keeps that it came from a picture and its unchecked figures', () => {
    expect(sanitizeStoredLetter({ text: '通知', picture: true, doubts: [doubt] })).toEqual({
      text: '通知',
      picture: true,
      doubts: [doubt],
    });
  });
  it('drops a malformed doubt, and both marks without a letter', () => {
    expect(sanitizeStoredLetter({ text: '通知', picture: 'yes', doubts: [doubt, { figure: 3 }, null] })).toEqual({
      text: '通知',
      picture: false,
      doubts: [doubt],
    });
    expect(sanitizeStoredLetter({ text: 42, picture: true, doubts: [doubt] })).toEqual({ text: '', picture: false, doubts: [] });
  });
});
