import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, todayInChina } from './dates.ts';

describe('dates', () => {
  it.each([
    ['2026-11-23T15:59:59Z', '2026-11-23'],
    ['2026-11-23T16:00:00Z', '2026-11-24'],
    ['2026-12-31T20:00:00Z', '2027-01-01'],
  ])('today in China at %s is %s', (instant, expected) => {
    expect(todayInChina(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['abc', false],
  ])('isIsoDate(%s) is %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it('counts days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-10-01', 89)).toBe('2026-12-29');
    expect(daysBetween('2026-11-23', '2026-12-31')).toBe(38);
    expect(daysBetween('2026-11-23', '2026-11-22')).toBe(-1);
  });
});
