import { describe, expect, it } from 'vitest';
import { REGIONS } from './regions.ts';
import { referenceProblems, regionSchema } from './schema.ts';
import { REGION_IDS } from './types.ts';

describe('region data schema', () => {
  it('lists exactly the five regions of the URL contract', () => {
    expect(Object.keys(REGIONS)).toEqual([...REGION_IDS]);
  });

  it.each(Object.values(REGIONS))('$id passes the strict schema and its references resolve', (region) => {
    const result = regionSchema.safeParse(region);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(referenceProblems(regionSchema.parse(region))).toEqual([]);
  });

  const liaocheng = REGIONS.liaocheng;

  it('rejects an unknown key', () => {
    const bad = { ...liaocheng, fee: { ...liaocheng.fee, typicalValue: 1 } };
    expect(regionSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a figure without its citation', () => {
    const { cite: _cite, ...uncited } = liaocheng.fee.individual as { cite: unknown };
    const bad = { ...liaocheng, fee: { ...liaocheng.fee, individual: uncited } };
    expect(regionSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a note whose citation has no quote', () => {
    const [first, ...rest] = liaocheng.eligibility;
    const bad = { ...liaocheng, eligibility: [{ ...first!, cite: { section: '一、参保范围', quote: '' } }, ...rest] };
    expect(regionSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects an impossible date and a fee in yuan with decimals', () => {
    const badDate = { ...liaocheng, deadlines: [{ ...(liaocheng.deadlines as object[])[0]!, rule: { kind: 'date', date: '2023-02-30' } }] };
    expect(regionSchema.safeParse(badDate).success).toBe(false);
    const badFee = { ...liaocheng, fee: { ...liaocheng.fee, individual: { ...(liaocheng.fee.individual as object), amountFen: 360.5 } } };
    expect(regionSchema.safeParse(badFee).success).toBe(false);
  });

  it('finds a reference to an office that does not exist', () => {
    const bad = regionSchema.parse({ ...liaocheng, confirmWith: ['nowhere'] });
    expect(referenceProblems(bad)).toEqual(['liaocheng.confirmWith: no office "nowhere"']);
  });

  it('holds none of the sources’ capture noise', () => {
    const json = JSON.stringify(REGIONS);
    expect(json).not.toMatch(/福彩|热力|长春|nbdnews|ADMINI~1|Administrator|图片\d\.png|\.jpg|可通办/);
  });
});
