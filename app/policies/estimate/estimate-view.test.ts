import { describe, expect, it } from 'vitest';
import { REGIONS } from '../catalog/regions.ts';
import { classifyBounds, estimate, estimateOptions, MAX_COST_FEN } from './estimate.ts';
import { SAMPLES, admissionChoices, benefitAskAt, estimateInput, initialOptions, noBenefitFigures } from './estimate-view.ts';
import { REGION_IDS } from '../model/types.ts';

describe('the sample illnesses', () => {
  it('are a fever, pneumonia, a broken arm and a serious illness, with round yuan amounts', () => {
    expect(SAMPLES.map((s) => [s.id, s.care, s.costFen / 100])).toEqual([
      ['fever', 'outpatient', 300],
      ['pneumonia', 'inpatient', 8000],
      ['fracture', 'accident', 2500],
      ['serious', 'inpatient', 200000],
    ]);
    for (const s of SAMPLES) expect(s.costFen % 100).toBe(0);
  });

  it('estimate in every region without an error, using only the options each rule reads', () => {
    for (const id of REGION_IDS) {
      const region = REGIONS[id];
      for (const sample of SAMPLES) {
        const specs = estimateOptions(region, sample.care);
        const input = estimateInput(specs, sample.care, sample.costFen, initialOptions(sample));
        expect(() => estimate(region, input), `${id} ${sample.id}`).not.toThrow();
      }
    }
  });
});

describe('estimateInput', () => {
  const specs = estimateOptions(REGIONS.liaocheng, 'inpatient');
  const options = { level: 1 as const, public: true, admission: 2, continuous: true };

  it('passes the level, 公立 (only at level 1) and the admission that 聊城 inpatient reads', () => {
    expect(estimateInput(specs, 'inpatient', 100, options)).toEqual({
      care: 'inpatient',
      costFen: 100,
      level: 1,
      public: true,
      admission: 2,
    });
    expect(estimateInput(specs, 'inpatient', 100, { ...options, level: 3 })).toEqual({
      care: 'inpatient',
      costFen: 100,
      level: 3,
      admission: 2,
    });
  });

  it('passes nothing a rule does not read', () => {
    expect(estimateInput(estimateOptions(REGIONS.liaocheng, 'outpatient'), 'outpatient', 100, options)).toEqual({
      care: 'outpatient',
      costFen: 100,
    });
    expect(estimateInput(estimateOptions(REGIONS.tianjin, 'outpatient'), 'outpatient', 100, options)).toEqual({
      care: 'outpatient',
      costFen: 100,
      continuous: true,
    });
  });
});

describe('admissionChoices', () => {
  it('offers first, second and third-or-later for 聊城 inpatient, whose rule changes up to the third', () => {
    expect(admissionChoices(REGIONS.liaocheng, 'inpatient')).toEqual([1, 2, 3]);
  });

  it('offers none where the deductible does not depend on the admission', () => {
    expect(admissionChoices(REGIONS.liaocheng, 'outpatient')).toEqual([]);
    expect(admissionChoices(REGIONS['jiangmen-heshan'], 'inpatient')).toEqual([]);
    expect(admissionChoices(REGIONS.liuzhou, 'inpatient')).toEqual([]);
  });
});

describe('noBenefitFigures and benefitAskAt', () => {
  it('is true for 柳州 only, which sends parents to its service point', () => {
    expect(REGION_IDS.filter((id) => noBenefitFigures(REGIONS[id]))).toEqual(['liuzhou']);
    expect(benefitAskAt(REGIONS.liuzhou)).toEqual(['service-point']);
  });

  it('names only offices the region has', () => {
    for (const id of REGION_IDS) {
      const offices = REGIONS[id].offices.map((o) => o.id);
      for (const office of benefitAskAt(REGIONS[id])) expect(offices).toContain(office);
    }
  });
});

describe('classifyBounds', () => {
  it('shows every share of any result without a missing or non-integer figure', () => {
    for (const id of REGION_IDS) {
      for (const sample of SAMPLES) {
        for (const costFen of [0, 1, sample.costFen, MAX_COST_FEN]) {
          const region = REGIONS[id];
          const result = estimate(
            region,
            estimateInput(estimateOptions(region, sample.care), sample.care, costFen, initialOptions(sample)),
          );
          for (const bounds of [result.fund, result.criticalIllness, result.outOfPocket]) {
            const view = classifyBounds(bounds);
            for (const value of Object.values(view).filter((v) => typeof v === 'number')) expect(Number.isSafeInteger(value)).toBe(true);
          }
        }
      }
    }
  });
});
