// Properties of the estimate for every region, care type and option, on random bills:
// - every bound lies in 0 ≤ min ≤ max ≤ cost, and the bounds of the three shares can add up to the cost;
// - when exact, fund + 大病 + family = cost;
// - no share ever decreases as the bill grows, and a bound never appears or vanishes with the bill alone;
// - no cap is ever exceeded;
// - honesty: for any rule the source's words allow (any unstated 起付线, any real ratio up to a "高达" figure, any
//   unstated cap or 大病保险 rule), what that rule would pay lies within the bounds;
// - 聊城 matches an independent reading of the letter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../catalog/regions.ts';
import { estimate, statedBounds } from './estimate.ts';
import { isNotStated } from '../model/not-stated.ts';
import type { Bounds, EstimateInput, EstimateResult } from './estimate.ts';
import type { ByLevel, CareType, HospitalLevel, RegionId } from '../model/types.ts';
import { CARE_TYPES, HOSPITAL_LEVELS, REGION_IDS } from '../model/types.ts';

const regionArb = fc.constantFrom(...REGION_IDS);
const optionsArb = fc.record({
  care: fc.constantFrom(...CARE_TYPES),
  level: fc.constantFrom(...HOSPITAL_LEVELS),
  public: fc.boolean(),
  admission: fc.integer({ min: 1, max: 6 }),
  continuous: fc.boolean(),
});
// Mostly everyday bills, sometimes very large ones that reach every cap and bracket.
const costArb = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 300_000_000 }));
const shares = (r: EstimateResult) => ({ fund: r.fund, criticalIllness: r.criticalIllness, outOfPocket: r.outOfPocket });
const run = (region: RegionId, options: Omit<EstimateInput, 'costFen'>, costFen: number) =>
  estimate(REGIONS[region], { ...options, costFen });
const RUNS = { numRuns: 2000 };

describe('estimate properties', () => {
  it('keeps every share within 0 ≤ min ≤ max ≤ cost, and the shares can make up the cost', () => {
    fc.assert(
      fc.property(regionArb, optionsArb, costArb, (region, options, cost) => {
        const result = run(region, options, cost);
        for (const b of Object.values(shares(result))) {
          if (b.min !== null) expect(b.min).toBeGreaterThanOrEqual(0);
          if (b.max !== null) expect(b.max).toBeLessThanOrEqual(cost);
          if (b.min !== null && b.max !== null) expect(b.min).toBeLessThanOrEqual(b.max);
          for (const v of [b.min, b.max]) if (v !== null) expect(Number.isSafeInteger(v)).toBe(true);
        }
        const all = Object.values(shares(result));
        const mins = all.map((b) => b.min ?? 0).reduce((a, b) => a + b, 0);
        expect(mins).toBeLessThanOrEqual(cost);
        if (all.every((b) => b.max !== null)) expect(all.reduce((a, b) => a + b.max!, 0)).toBeGreaterThanOrEqual(cost);
      }),
      RUNS,
    );
  });

  it('adds up exactly when exact, and is exact only when nothing is missing', () => {
    fc.assert(
      fc.property(regionArb, optionsArb, costArb, (region, options, cost) => {
        const result = run(region, options, cost);
        const all = Object.values(shares(result));
        expect(result.exact).toBe(result.missing.length === 0 && all.every((b) => b.min !== null && b.min === b.max));
        if (result.exact) expect(result.fund.min! + result.criticalIllness.min! + result.outOfPocket.min!).toBe(cost);
      }),
      RUNS,
    );
  });

  it('never lowers a share as the bill grows', () => {
    fc.assert(
      fc.property(regionArb, optionsArb, costArb, fc.integer({ min: 0, max: 50_000_000 }), (region, options, cost, more) => {
        const a = shares(run(region, options, cost));
        const b = shares(run(region, options, cost + more));
        for (const key of Object.keys(a) as (keyof typeof a)[]) {
          for (const side of ['min', 'max'] as const) {
            const [x, y] = [a[key][side], b[key][side]];
            expect(x === null, `${key}.${side} null-ness`).toBe(y === null);
            if (x !== null && y !== null) expect(y, `${key}.${side}`).toBeGreaterThanOrEqual(x);
          }
        }
      }),
      RUNS,
    );
  });

  it('steps up by at most one fen per fen of bill (no jumps from rounding)', () => {
    fc.assert(
      fc.property(regionArb, optionsArb, costArb, (region, options, cost) => {
        const a = shares(run(region, options, cost));
        const b = shares(run(region, options, cost + 1));
        for (const key of Object.keys(a) as (keyof typeof a)[]) {
          for (const side of ['min', 'max'] as const) {
            if (a[key][side] !== null) expect(b[key][side]! - a[key][side]!).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });

  it('never exceeds a cap', () => {
    fc.assert(
      fc.property(regionArb, optionsArb, costArb, (region, options, cost) => {
        const { benefits } = REGIONS[region];
        const result = run(region, options, cost);
        const rule = benefits.care[options.care];
        if (!isNotStated(rule) && !isNotStated(rule.cap) && (!rule.cap.ifNotContinuous || options.continuous)) {
          expect(result.fund.max).not.toBeNull();
          expect(result.fund.max!).toBeLessThanOrEqual(rule.cap.amountFen);
        }
        const ci = benefits.criticalIllness;
        if (!isNotStated(ci) && !isNotStated(ci.cap)) {
          expect(result.criticalIllness.max).not.toBeNull();
          expect(result.criticalIllness.max!).toBeLessThanOrEqual(ci.cap.amountFen);
        }
      }),
      RUNS,
    );
  });
});

// ——— Honesty: a hidden "real" rule consistent with the source must land inside the bounds. ———

const pick = <T>(table: ByLevel<T>, level: HospitalLevel, isPublic: boolean): T =>
  level === 1 && isPublic && table.level1Public !== undefined
    ? table.level1Public
    : level === 1
      ? table.level1
      : level === 2
        ? table.level2
        : table.level3;

/** What a concrete rule pays, written independently of the engine: fund, then 大病 on the rest, brackets floored each. */
function simulate(
  cost: number,
  rule: { deductible: number; percent: number; cap: number },
  ci: { brackets: { from: number; to?: number; percent: number }[]; cap: number } | null,
) {
  const fund = Math.min(Math.floor((Math.max(0, cost - rule.deductible) * rule.percent) / 100), rule.cap);
  const burden = cost - fund;
  let paid = 0;
  for (const b of ci?.brackets ?? []) {
    const part = Math.max(0, Math.min(burden, b.to ?? Infinity) - b.from);
    paid += Math.floor((part * b.percent) / 100);
  }
  const critical = ci ? Math.min(paid, ci.cap) : 0;
  return { fund, critical, family: burden - critical };
}

const inside = (value: number, bounds: Bounds, what: string) => {
  if (bounds.min !== null) expect(value, `${what} ≥ min`).toBeGreaterThanOrEqual(bounds.min);
  if (bounds.max !== null) expect(value, `${what} ≤ max`).toBeLessThanOrEqual(bounds.max);
};

describe('estimate honesty', () => {
  const hidden = fc.record({
    deductible: fc.integer({ min: 0, max: 2_000_000 }),
    percent: fc.integer({ min: 0, max: 100 }),
    cap: fc.integer({ min: 0, max: 100_000_000 }),
    ciThreshold: fc.integer({ min: 0, max: 5_000_000 }),
    ciPercent: fc.integer({ min: 0, max: 100 }),
    ciCap: fc.integer({ min: 0, max: 100_000_000 }),
    ciExists: fc.boolean(),
  });

  it('contains what any rule the source allows would pay', () => {
    fc.assert(
      fc.property(regionArb, optionsArb, costArb, hidden, (region, options, cost, h) => {
        const { benefits } = REGIONS[region];
        const care = benefits.care[options.care as CareType];
        const real = { deductible: h.deductible, percent: h.percent, cap: h.cap };
        if (!isNotStated(care)) {
          const d = care.deductible;
          if (!isNotStated(d)) {
            if (d.kind === 'none') real.deductible = 0;
            else if (d.kind === 'fixed') real.deductible = d.amountFen;
            else {
              const first = pick(d.firstAdmissionFen, options.level, options.public);
              const later = [...d.laterAdmissions].reverse().find((s) => options.admission >= s.fromAdmission);
              real.deductible = Math.floor((first * (later?.percentOfFirst ?? 100)) / 100);
            }
          }
          const r = care.ratio;
          if (!isNotStated(r)) {
            const share = r.kind === 'by-level' ? pick(r.levels, options.level, options.public) : r;
            // An "up to" figure: the real ratio is anything up to it.
            real.percent = share.kind === 'exact' ? share.percent : Math.min(h.percent, share.percent);
          }
          const c = care.cap;
          if (!isNotStated(c) && (!c.ifNotContinuous || options.continuous)) real.cap = c.amountFen;
        }
        const ci = benefits.criticalIllness;
        let realCi: Parameters<typeof simulate>[2] = null;
        if (!isNotStated(ci)) {
          const brackets = isNotStated(ci.brackets)
            ? [{ from: isNotStated(ci.threshold) ? h.ciThreshold : ci.threshold.amountFen, percent: h.ciPercent }]
            : ci.brackets.brackets.map((b) => ({ from: b.fromFen, ...(b.toFen === undefined ? {} : { to: b.toFen }), percent: b.percent }));
          realCi = { brackets, cap: isNotStated(ci.cap) ? h.ciCap : ci.cap.amountFen };
        } else if (h.ciExists) {
          realCi = { brackets: [{ from: h.ciThreshold, percent: h.ciPercent }], cap: h.ciCap };
        }
        const truth = simulate(cost, real, realCi);
        const result = run(region, options, cost);
        inside(truth.fund, result.fund, 'fund');
        inside(truth.critical, result.criticalIllness, '大病');
        inside(truth.family, result.outOfPocket, 'family');
      }),
      { numRuns: 5000 },
    );
  });

  it('matches an independent reading of the 聊城 letter exactly', () => {
    // Figures typed from 001's 五、医保待遇, not read from the region module.
    const deductibles = { 1: 20000, 2: 50000, 3: 90000 } as const;
    const ratios = { 1: 80, 2: 70, 3: 60 } as const;
    const ci = {
      brackets: [
        { from: 1_100_000, to: 10_000_000, percent: 60 },
        { from: 10_000_000, to: 20_000_000, percent: 65 },
        { from: 20_000_000, to: 30_000_000, percent: 70 },
        { from: 30_000_000, percent: 75 },
      ],
      cap: 40_000_000,
    };
    fc.assert(
      fc.property(optionsArb, costArb, (options, cost) => {
        if (options.care === 'chronic') return; // cap not stated: covered by the bounds properties
        const { level, admission } = options;
        const isPublic = level === 1 && options.public;
        const rule =
          options.care === 'inpatient'
            ? {
                deductible: ((isPublic ? 10000 : deductibles[level]) * (admission === 1 ? 2 : admission === 2 ? 1 : 0)) / 2,
                percent: isPublic ? 90 : ratios[level],
                cap: 12_000_000,
              }
            : options.care === 'outpatient'
              ? { deductible: 0, percent: 50, cap: 20_000 }
              : { deductible: 10_000, percent: 90, cap: 100_000 };
        const truth = simulate(cost, rule, ci);
        const result = run('liaocheng', options, cost);
        if (options.care === 'inpatient' || truth.critical === 0) {
          expect(result.exact).toBe(true);
          expect([result.fund.min, result.criticalIllness.min, result.outOfPocket.min]).toEqual([truth.fund, truth.critical, truth.family]);
        } else {
          // The letter's 大病保险 names no kind of care: for 普通门诊 and 意外伤害 it is a ceiling to confirm, from 0.
          expect(result.exact).toBe(false);
          expect(shares(result)).toEqual({
            fund: { min: truth.fund, max: truth.fund },
            criticalIllness: { min: 0, max: truth.critical },
            outOfPocket: { min: truth.family, max: truth.family + truth.critical },
          });
        }
      }),
      RUNS,
    );
  });

  it('as stated (the CLI’s JSON): what insurance pays never adds up past the bill, and a part not stated has null bounds', () => {
    fc.assert(
      fc.property(regionArb, optionsArb, costArb, (region, options, cost) => {
        const result = run(region, options, cost);
        const fund = statedBounds(result.shown.fund);
        const ci = statedBounds(result.shown.criticalIllness);
        expect((fund.max ?? 0) + (ci.max ?? 0)).toBeLessThanOrEqual(cost);
        for (const part of ['fund', 'criticalIllness', 'outOfPocket'] as const)
          if (result.shown[part].kind === 'unknown') expect(statedBounds(result.shown[part])).toEqual({ min: null, max: null });
      }),
      RUNS,
    );
  });
});
