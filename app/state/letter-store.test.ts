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
