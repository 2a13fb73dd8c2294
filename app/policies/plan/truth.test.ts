// One table per audit finding (issue 11): the answers that used to get more than the source says, and what they
// get now. Texts are asserted where the wording was the overreach.
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../catalog/regions.ts';
import { buildPlan, planOutline } from './plan.ts';
import type { Plan, PlanItem } from './plan.ts';
import type { CompleteAnswers } from '../answers/questions.ts';
import type { RegionId } from '../model/types.ts';
import { REGION_IDS } from '../model/types.ts';
import { contactsFor } from './contacts.ts';
import zhHans from '../../i18n/zh-Hans.json';

const today = '2026-11-23';
const pupil = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const satisfies CompleteAnswers;
const plan = (region: RegionId, answers: Partial<CompleteAnswers>) => buildPlan(REGIONS[region], { ...pupil, ...answers }, today);
const items = (p: Plan, section?: string): PlanItem[] => p.sections.filter((s) => !section || s.id === section).flatMap((s) => s.items);
const text = (i: PlanItem | undefined) => (i?.kind === 'note' ? i.text : i?.kind === 'not-stated' ? i.what : '');
const find = (p: Plan, id: string) => items(p).find((i) => i.id === id);

describe('1. 柳州: the 待遇审批地 rule with its full list for every family, the service point for the rest', () => {
  it.each<[string, Partial<CompleteAnswers>, string[]]>([
    ['aid = no (before: no hardship rule at all)', { aid: 'no' }, ['register-at-service-point', 'hardship-at-approval-place']],
    ['aid = yes, local (before: only the 待遇审批地)', { aid: 'yes' }, ['register-at-service-point', 'hardship-at-approval-place']],
    [
      'aid = yes, non-local (before: no route)',
      { aid: 'yes', residency: 'non-local' },
      ['register-at-service-point', 'hardship-at-approval-place', 'aid-from-elsewhere'],
    ],
    ['college', { stage: 'college' }, ['college-at-registry', 'hardship-at-approval-place']],
  ])('%s', (_name, answers, ids) => {
    const register = planOutline(plan('liuzhou', answers)).register!;
    expect(register).toEqual(expect.arrayContaining(ids));
  });

  it('names every group of 四(一)2 and limits the rule to 柳州市', () => {
    const rule = text(find(plan('liuzhou', {}), 'hardship-at-approval-place'));
    for (const group of ['事实无人抚养儿童', '城乡重度残疾人', '农村独生子女户和双女结扎户的父母及子女', '防贫监测对象', '脱贫人口'])
      expect(rule).toContain(group);
    expect(rule).toMatch(/^如果孩子属于柳州市城乡特殊、困难人员/);
    expect(text(find(plan('liuzhou', { aid: 'yes', residency: 'permit' }), 'aid-from-elsewhere'))).toContain('不是柳州市');
    expect(find(plan('liuzhou', { aid: 'no', residency: 'permit' }), 'aid-from-elsewhere')).toBeUndefined();
  });
});

describe('2. only 鹤山 says 不得重复参保; the others say the source is silent and whom to ask', () => {
  it('the heading and the insured hint no longer tell every family to stop first', () => {
    expect(zhHans.plan.sections['stop-other']).not.toContain('停');
    expect(zhHans.insured.hint).not.toMatch(/不能重复参保|先了解怎么停保/);
  });
  it.each(REGION_IDS)('%s', (region) => {
    for (const insured of ['same-province', 'other-province'] as const) {
      const stop = items(plan(region, { insured }), 'stop-other');
      if (region === 'jiangmen-heshan') {
        expect(stop.every((i) => i.kind === 'note' && i.text.startsWith('居民医保不得重复参保'))).toBe(true);
      } else {
        expect(stop.map((i) => i.kind)).toEqual(['not-stated']);
        expect(stop[0]!.kind === 'not-stated' && stop[0]!.askAt.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('3. 鹤山: a local family insured outside 江门 gets the letter’s (三) route', () => {
  it.each<[string, Partial<CompleteAnswers>, boolean]>([
    ['local, insured in Guangdong (before: "not stated")', { insured: 'same-province' }, true],
    ['local, insured in another province (before: "not stated")', { insured: 'other-province' }, true],
    ['local, insured nowhere: still not stated', { insured: 'none' }, false],
  ])('%s', (_name, answers, route) => {
    const register = planOutline(plan('jiangmen-heshan', answers)).register!;
    expect(register.includes('insured-elsewhere-then-enrol')).toBe(route);
    expect(register.includes('local-route')).toBe(!route);
  });
});

describe('4. 天津 newborns: a countdown only with a route; 90天(含); from 2024-06-01; 180 days a goal', () => {
  const newborn = { stage: 'newborn', born: '2026-10-01' } as const;
  it.each<[string, Partial<CompleteAnswers>, boolean]>([
    ['local', { residency: 'local' }, true],
    ['居住证', { residency: 'permit' }, true],
    ['no 居住证 (before: a countdown and the 90-day step)', { residency: 'non-local' }, false],
    ['港澳台 (before: a countdown and the 90-day step)', { residency: 'hmt' }, false],
  ])('%s', (_name, answers, route) => {
    const p = plan('tianjin', { ...newborn, ...answers });
    expect(items(p, 'deadlines').some((i) => i.id === 'newborn-90-days')).toBe(route);
    expect(items(p, 'register').some((i) => i.id === 'newborn-90-days')).toBe(route);
  });
  it('says 90天（含）内 and 2024年6月1日; the 180 days are a note, never a deadline', () => {
    const p = plan('tianjin', { ...newborn, residency: 'permit' });
    const deadline = items(p, 'deadlines').find((i) => i.id === 'newborn-90-days');
    expect(deadline?.kind === 'deadline' && deadline.label).toContain('90天（含）内');
    expect(deadline?.kind === 'deadline' && deadline.label).toContain('自2024年6月1日起');
    expect(text(items(p, 'register').find((i) => i.id === 'newborn-90-days'))).toMatch(/^自2024年6月1日起/);
    expect(items(p, 'deadlines').some((i) => i.id.includes('180'))).toBe(false);
    expect(text(find(p, 'newborn-180-days-goal'))).toContain('逐步实现');
  });
});

describe('5. 温州鹿城: 辖区 groups, report figures as the report’s, one parent’s experience, what was said of 外来人口', () => {
  it('the funding is for 辖区 groups and the children the report counts are named', () => {
    const p = plan('wenzhou-lucheng', { aid: 'yes' });
    const funded = find(p, 'fully-funded');
    expect(funded?.kind === 'fee' && funded.groups).toContain('辖区困难救助对象');
    expect(text(find(p, 'funded-children-2024'))).toContain('残疾、孤儿、困境儿童');
  });
  it('figures say they are the report’s, not 2025年度 rules', () => {
    const fee = find(plan('wenzhou-lucheng', {}), 'individual');
    expect(fee?.kind === 'fee' && fee.per).toContain('报道中的数字');
  });
  it('浙里办 and the 历年账户 are one parent’s experience; the national rule on 个人账户 is shown as national', () => {
    const p = plan('wenzhou-lucheng', {});
    expect(text(find(p, 'bind-in-zheliban'))).toMatch(/^报道里一位家长说/);
    expect(text(find(p, 'parent-account-sharing'))).toMatch(/^报道里一位/);
    expect(find(p, 'national-N1.4')).toMatchObject({ kind: 'national', fact: { id: 'N1.4', cite: { summary: true } } });
  });
  it.each<[string, Partial<CompleteAnswers>, boolean]>([
    ['a migrant family: community and QR code', { residency: 'non-local' }, true],
    ['a local family (before: community and QR code too)', { residency: 'local' }, false],
  ])('%s', (_name, answers, migrant) => {
    const o = planOutline(plan('wenzhou-lucheng', answers));
    expect(o.pay!.includes('tax-qr-code')).toBe(migrant);
    expect(o.pay!.includes('how-to-pay')).toBe(!migrant);
    expect(o.register!.includes('where-to-register')).toBe(!migrant);
    expect(text(find(plan('wenzhou-lucheng', answers), 'one-school-guide'))).toContain('一所学校');
  });
});

describe('6. 聊城 wording', () => {
  it('暂不缴费, 全日制研究生, the 360 window, no "每学年都要缴费"', () => {
    const funded = find(plan('liaocheng', { aid: 'yes' }), 'fully-funded');
    expect(funded?.kind === 'fee' && funded.groups).toContain('个人暂不缴费');
    expect(text(find(plan('liaocheng', { stage: 'college' }), 'scope-college'))).toContain('全日制研究生');
    const fee = find(plan('liaocheng', {}), 'individual');
    expect(fee?.kind === 'fee' && fee.per).toContain('在2023年9月至12月底缴纳');
    expect(text(find(plan('liaocheng', { insured: 'here' }), 'renew-through-school'))).not.toContain('每学年都要缴费');
  });
});

describe('7 and no dead ends: area codes as the app’s, 12393 as national, every askAt reaches a phone', () => {
  it('every phone with an area code uses the region’s code from N3', () => {
    for (const region of Object.values(REGIONS))
      for (const office of region.offices)
        for (const phone of office.phones) if (phone.areaCode) expect(phone.areaCode).toBe(region.areaCode);
  });
  it.each<[RegionId, string[], string | undefined]>([
    ['liaocheng', ['lc-ybj'], undefined],
    ['jiangmen-heshan', ['jiangmen-ybj', 'yueyibao'], '0750'],
    ['liuzhou', ['service-point'], '0772'],
    ['tianjin', ['tj-district'], '022'],
    ['wenzhou-lucheng', ['lc-center', 'school'], '0577'],
  ])('%s %j: the office, or the area’s 12393 beside it', (region, askAt, hotline) => {
    const contacts = contactsFor(REGIONS[region], askAt);
    expect(contacts.offices.map((o) => o.id)).toEqual(askAt);
    expect(contacts.hotline?.areaCode).toBe(hotline);
    if (hotline) expect(contacts.hotline!.cite.map((c) => c.entry)).toEqual(['N2', 'N3']);
  });
  it('every not-stated item of every plan resolves to a phone to tap', () => {
    for (const region of Object.values(REGIONS))
      for (const stage of ['newborn', 'primary', 'college'] as const)
        for (const residency of ['local', 'non-local'] as const)
          for (const item of items(plan(region.id, { stage, residency, born: '2026-10-01', insured: 'unsure', aid: 'yes' })))
            if (item.kind === 'not-stated') {
              const { offices, hotline } = contactsFor(region, item.askAt);
              expect(hotline !== undefined || offices.some((o) => o.phones.length > 0)).toBe(true);
            }
  });
  it('regions whose text gives no phone show the area’s 12393 in the contacts, as a national item', () => {
    expect(planOutline(plan('liuzhou', {})).contacts).toContain('national-N2');
    expect(planOutline(plan('liaocheng', {})).contacts).not.toContain('national-N2');
  });
});
