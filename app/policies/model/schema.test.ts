import { describe, expect, it } from 'vitest';
import { REGION_MODULES, REGIONS } from '../catalog/regions.ts';
import { policyYearSchema, referenceProblems, regionProblems, regionSchema } from './schema.ts';
import { REGION_IDS } from './types.ts';

describe('region data schema', () => {
  it('lists exactly the five regions of the URL contract', () => {
    expect(Object.keys(REGIONS)).toEqual([...REGION_IDS]);
  });

  it.each(Object.values(REGION_MODULES))('$id passes the strict schema and its references resolve', (region) => {
    const result = regionSchema.safeParse(region);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(regionProblems(region)).toEqual([]);
  });

  const module = REGION_MODULES.liaocheng;
  const liaocheng = module.years[0]!;

  it('rejects an unknown key', () => {
    const bad = { ...liaocheng, fee: { ...liaocheng.fee, typicalValue: 1 } };
    expect(policyYearSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a figure without its citation', () => {
    const { cite: _cite, ...uncited } = liaocheng.fee.individual as { cite: unknown };
    const bad = { ...liaocheng, fee: { ...liaocheng.fee, individual: uncited } };
    expect(policyYearSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a note whose citation has no quote', () => {
    const [first, ...rest] = liaocheng.eligibility;
    const bad = { ...liaocheng, eligibility: [{ ...first!, cite: { section: '一、参保范围', quote: '' } }, ...rest] };
    expect(policyYearSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects an impossible date and a fee in yuan with decimals', () => {
    const badDate = { ...liaocheng, deadlines: [{ ...(liaocheng.deadlines as object[])[0]!, rule: { kind: 'date', date: '2023-02-30' } }] };
    expect(policyYearSchema.safeParse(badDate).success).toBe(false);
    const badFee = { ...liaocheng, fee: { ...liaocheng.fee, individual: { ...(liaocheng.fee.individual as object), amountFen: 360.5 } } };
    expect(policyYearSchema.safeParse(badFee).success).toBe(false);
  });

  it('finds a reference to an office that does not exist', () => {
    const bad = policyYearSchema.parse({ ...liaocheng, confirmWith: ['nowhere'] });
    expect(referenceProblems(bad, 'liaocheng.years[0]')).toEqual(['liaocheng.years[0].confirmWith: no office "nowhere"']);
    expect(regionProblems({ ...module, years: [{ ...liaocheng, confirmWith: ['nowhere'] }] })).toEqual([
      'liaocheng.years[0].confirmWith: no office "nowhere"',
    ]);
  });

  it('keeps policy years oldest first and apart, each with a per-item year left to the year it is in', () => {
    const next = { ...liaocheng, label: '2025学年', covers: { from: '2025-01-01', to: '2025-12-31' } };
    expect(regionProblems({ ...module, years: [liaocheng, next] })).toEqual([]);
    expect(regionProblems({ ...module, years: [next, liaocheng] })).toEqual([
      'liaocheng.years: years are oldest first and do not overlap (a new year is added after the last one)',
    ]);
    const dated = { ...liaocheng, deadlines: [{ ...(liaocheng.deadlines as object[])[0]!, policyYear: '2024学年' }] };
    expect(regionProblems({ ...module, years: [dated] })[0]).toMatch(/^liaocheng\.years\.0\.deadlines\.0: Unrecognized key/);
  });

  it('says what a bad seed file name should look like', () => {
    const bad = { ...liaocheng, source: { ...liaocheng.source, file: 'liaocheng.txt' } };
    expect(regionProblems({ ...module, years: [bad] })).toEqual([
      'liaocheng.years.0.source.file: source.file is a seed file name like 001_baec105100308373.txt',
    ]);
  });

  it('holds none of the sources’ capture noise', () => {
    const json = JSON.stringify(REGIONS);
    expect(json).not.toMatch(/福彩|热力|长春|nbdnews|ADMINI~1|Administrator|图片\d\.png|\.jpg|可通办/);
  });
});
