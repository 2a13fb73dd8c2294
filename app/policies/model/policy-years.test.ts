// Policy years as data: a region keeps each year; the year in force today is the one shown (else the latest past
// one, marked past so the page warns), and the engines read that one year with its label on every dated item.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { twoYears } from './fixtures/two-years.ts';
import { todayInChina } from '../common/dates.ts';
import { buildPlan } from '../plan/plan.ts';
import { latestYear, regionOn, yearFor } from './policy-years.ts';
import { REGION_MODULES, REGIONS } from '../catalog/regions.ts';
import { regionProblems } from './schema.ts';

const pupil = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const;

/** What a parent sees on `instant` (Beijing time): the year named, whether it is current, the fee and its year. */
function onTheDay(instant: string) {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(instant));
  const today = todayInChina();
  const region = regionOn(twoYears, today);
  const fee = buildPlan(region, pupil, today)
    .sections.find((s) => s.id === 'fee')!
    .items.find((i) => i.kind === 'fee' && i.id === 'individual');
  return { today, year: region.policyYear, status: region.policyYearStatus, fen: fee && 'amountFen' in fee ? fee.amountFen : undefined };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the policy year in force', () => {
  it('passes the schema with both years kept', () => {
    expect(regionProblems(twoYears)).toEqual([]);
    expect(twoYears.years.map((y) => y.label)).toEqual(['2025年度', '2026年度']);
  });

  it.each([
    ['2025-06-01T12:00:00+08:00', '2025-06-01', '2025年度', 'in-force', 36000],
    ['2025-12-31T23:59:00+08:00', '2025-12-31', '2025年度', 'in-force', 36000],
    // The change: midnight in Beijing, still 31 December in UTC.
    ['2026-01-01T00:01:00+08:00', '2026-01-01', '2026年度', 'in-force', 40000],
    ['2026-11-23T10:00:00+08:00', '2026-11-23', '2026年度', 'in-force', 40000],
    // After the last year: the latest past one, marked past so the page warns that this year's may differ.
    ['2027-03-01T10:00:00+08:00', '2027-03-01', '2026年度', 'past', 40000],
    // Before the first: the first, marked as not yet in force.
    ['2024-06-01T10:00:00+08:00', '2024-06-01', '2025年度', 'future', 36000],
  ])('on %s the plan shows %s under %s (%s), fee %i fen', (instant, today, year, status, fen) => {
    expect(onTheDay(instant)).toEqual({ today, year, status, fen });
  });

  it('writes the year’s label on every dated item of the year shown, and on its source', () => {
    const region = regionOn(twoYears, '2025-03-01');
    const dated: string[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        if ('policyYear' in value) dated.push((value as { policyYear: string }).policyYear);
        Object.values(value).forEach(visit);
      }
    };
    visit(region.benefits);
    visit(region.deadlines);
    expect(dated.length).toBeGreaterThan(10);
    expect(new Set(dated)).toEqual(new Set(['2025年度']));
    expect(region.source.policyYear).toBe('2025年度');
  });

  it('gives the tests and the command line each region under its newest year', () => {
    for (const [id, module] of Object.entries(REGION_MODULES)) {
      expect(REGIONS[id as keyof typeof REGIONS].policyYear).toBe(module.years.at(-1)!.label);
    }
    expect(latestYear(twoYears).policyYear).toBe('2026年度');
    expect(yearFor(twoYears, '2025-12-31').year.label).toBe('2025年度');
  });
});
