import { describe, expect, it } from 'vitest';
import { REGIONS } from '../catalog/regions.ts';
import { schoolFacts } from './school-facts.ts';
import { REGION_IDS } from '../model/types.ts';

describe('schoolFacts: the key facts come from the region data, each with its policy year', () => {
  it('聊城: ¥360, the funded groups, both dates of the 2024学年 and the school list', () => {
    const facts = schoolFacts(REGIONS.liaocheng);
    expect(facts.policyYear).toBe('2024学年');
    expect(facts.fee).toEqual({
      amountFen: 36000,
      per: '在2023年9月至12月底缴纳2024学年居民医保费的在校学生（含托幼机构儿童），每人',
      policyYear: '2024学年',
    });
    expect(facts.fullyFunded?.groups).toContain('低保对象');
    expect(facts.fullyFunded?.groups).toContain('个人暂不缴费');
    expect(facts.dates).toEqual([
      expect.objectContaining({ id: 'registration', rule: { kind: 'date', date: '2023-10-31' }, policyYear: '2024学年' }),
      expect.objectContaining({
        id: 'payment-window',
        rule: { kind: 'window', from: '2023-11-01', to: '2023-12-31' },
        policyYear: '2024学年',
      }),
    ]);
    expect(facts.register).toEqual({ text: expect.stringContaining('由学校统计汇总本校参保学生名单'), policyYear: '2024学年' });
    expect(facts.confirmWith).toEqual(['聊城市医疗保障局', '国家税务总局东昌府区税务局']);
  });

  it('江门鹤山: ¥406, a window with only a start, the town centres', () => {
    const facts = schoolFacts(REGIONS['jiangmen-heshan']);
    expect(facts.fee).toMatchObject({ amountFen: 40600, policyYear: '2024年度' });
    expect(facts.fullyFunded).toBeUndefined();
    expect(facts.dates).toEqual([expect.objectContaining({ id: 'collection-opens', rule: { kind: 'window', from: '2023-09-01' } })]);
    expect(facts.register).toMatchObject({ text: expect.stringContaining('镇街公共服务中心') });
  });

  it('天津: the fee and the place to register are not stated, and say whom to ask; newborn dates are left out', () => {
    const facts = schoolFacts(REGIONS.tianjin);
    expect(facts.fee).toMatchObject({
      notStated: true,
      what: expect.stringContaining('个人缴费金额'),
      askAt: ['所在区医保局（医保经办机构）'],
    });
    expect(facts.register).toMatchObject({ notStated: true, what: '孩子在哪里、通过什么渠道办理参保登记' });
    expect(facts.dates).toEqual([
      expect.objectContaining({
        id: 'collection-window',
        rule: { kind: 'yearly-window', from: { month: 9, day: 1 }, to: { month: 12, day: 31 } },
      }),
    ]);
  });

  it('温州鹿城: no dates in the source, so none are given', () => {
    const facts = schoolFacts(REGIONS['wenzhou-lucheng']);
    expect(facts.dates).toMatchObject({
      notStated: true,
      what: '参保缴费从哪天开始、哪天截止',
      askAt: ['鹿城区医保服务中心', '孩子就读的学校'],
    });
    expect(facts.fee).toMatchObject({ amountFen: 66000, policyYear: '2024年报道时' });
  });

  it('every region: figures and dates equal the region module', () => {
    for (const id of REGION_IDS) {
      const region = REGIONS[id];
      const facts = schoolFacts(region);
      const individual = region.fee.individual;
      if ('amountFen' in individual) expect(facts.fee).toMatchObject({ amountFen: individual.amountFen, per: individual.per });
      else expect(facts.fee).toMatchObject({ notStated: true });
      if (Array.isArray(facts.dates) && Array.isArray(region.deadlines)) {
        for (const d of facts.dates)
          expect(region.deadlines.find((r) => r.id === d.id)).toMatchObject({ rule: d.rule, policyYear: d.policyYear });
      }
      expect(facts.confirmWith.length).toBeGreaterThan(0);
    }
  });
});
