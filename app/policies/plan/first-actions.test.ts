// "先做这几件事" tables: answers → how the plan opens and which actions follow, for every region, with the rules
// that hold over every combination of answers (3 to 6 lines, each linking to a step that exists, no countdown where
// the source gives no route).
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../catalog/regions.ts';
import { buildPlan } from './plan.ts';
import type { CompleteAnswers } from '../answers/questions.ts';
import { AID, INSURED, REGION_IDS, RESIDENCY, STAGES } from '../model/types.ts';
import type { RegionId } from '../model/types.ts';
import { firstActions, gapCount, leadSentence, shortWhat, stepSummary } from './first-actions.ts';
import type { FirstAction } from './first-actions.ts';

const today = '2026-11-23';
const pupil = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const satisfies CompleteAnswers;
const summarise = (region: RegionId, answers: Partial<CompleteAnswers>) => {
  const plan = buildPlan(REGIONS[region], { ...pupil, ...answers }, today);
  return { plan, first: firstActions(plan, REGIONS[region]) };
};
const kinds = (actions: FirstAction[]) => actions.map((a) => (a.kind === 'deadline' && a.fromBirth ? 'birth-deadline' : a.kind));

/** Born 2026-10-01: 53 days old on 2026-11-23, inside the 90 days; born 2026-03-01: past them. */
const NEWBORN = { stage: 'newborn', born: '2026-10-01' } as const;
const OLDER_NEWBORN = { stage: 'newborn', born: '2026-03-01' } as const;

function everyCase(): [RegionId, CompleteAnswers][] {
  const out: [RegionId, CompleteAnswers][] = [];
  for (const region of REGION_IDS)
    for (const stage of STAGES)
      for (const insured of INSURED)
        for (const residency of RESIDENCY)
          for (const aid of AID)
            for (const born of stage === 'newborn' ? [NEWBORN.born, OLDER_NEWBORN.born] : [undefined])
              out.push([region, { stage, insured, residency, aid, ...(born ? { born } : {}) }]);
  return out;
}

describe('how each case opens (lead) and its actions, per region', () => {
  it.each<[RegionId, Partial<CompleteAnswers>, string, string[]]>([
    // 江门鹤山
    ['jiangmen-heshan', { residency: 'non-local' }, 'standard', ['register', 'pay', 'deadline', 'call']],
    ['jiangmen-heshan', { insured: 'other-province' }, 'standard', ['stop-other', 'register', 'pay', 'deadline', 'call']],
    ['jiangmen-heshan', { insured: 'here', aid: 'yes' }, 'standard', ['renew', 'pay', 'deadline', 'call']],
    ['jiangmen-heshan', NEWBORN, 'not-covered', ['not-covered', 'call', 'ask-what']],
    ['jiangmen-heshan', { stage: 'college' }, 'not-covered', ['not-covered', 'call', 'ask-what']],
    // 聊城
    ['liaocheng', {}, 'standard', ['register', 'pay', 'deadline', 'call']],
    ['liaocheng', { aid: 'yes' }, 'funded', ['funded', 'register', 'deadline', 'call']],
    ['liaocheng', { stage: 'senior', insured: 'other-province' }, 'standard', ['stop-other', 'register', 'pay', 'deadline', 'call']],
    ['liaocheng', NEWBORN, 'not-covered', ['not-covered', 'call', 'ask-what']],
    // 柳州
    ['liuzhou', {}, 'standard', ['register', 'pay', 'deadline', 'call']],
    ['liuzhou', { aid: 'yes', insured: 'here' }, 'standard', ['renew', 'register', 'pay', 'deadline', 'call']],
    ['liuzhou', NEWBORN, 'not-covered', ['not-covered', 'call', 'ask-what']],
    // 天津
    ['tianjin', {}, 'standard', ['register', 'pay', 'deadline', 'call']],
    ['tianjin', { residency: 'non-local' }, 'no-route', ['no-route', 'call', 'ask-what']],
    ['tianjin', { residency: 'hmt', aid: 'yes' }, 'no-route', ['no-route', 'call', 'ask-what']],
    ['tianjin', { ...NEWBORN, residency: 'non-local' }, 'no-route', ['no-route', 'call', 'ask-what']],
    // Born in October, in the collection window: the source's rule for those births and the window, in one line.
    ['tianjin', { ...NEWBORN, residency: 'local' }, 'newborn', ['newborn-window', 'register', 'pay', 'call']],
    ['tianjin', { ...NEWBORN, residency: 'permit' }, 'newborn', ['newborn-window', 'register', 'pay', 'call']],
    ['tianjin', { ...OLDER_NEWBORN, residency: 'permit' }, 'newborn', ['birth-deadline', 'register', 'pay', 'deadline', 'call']],
    ['tianjin', { stage: 'college' }, 'not-covered', ['not-covered', 'call', 'ask-what']],
    // 温州鹿城
    ['wenzhou-lucheng', {}, 'standard', ['register', 'pay', 'dates-ask', 'call']],
    [
      'wenzhou-lucheng',
      { aid: 'yes', insured: 'unsure', residency: 'non-local' },
      'standard',
      ['aid-ask', 'stop-other', 'register', 'pay', 'dates-ask', 'call'],
    ],
    ['wenzhou-lucheng', NEWBORN, 'not-covered', ['not-covered', 'call', 'ask-what']],
  ])('%s %j → %s: %j', (region, answers, lead, expected) => {
    const { first } = summarise(region, answers);
    expect(first.lead).toBe(lead);
    expect(kinds(first.actions)).toEqual(expected);
  });
});

describe('the first line fits the case', () => {
  it.each([
    ['non-local', '在社区里就可以直接参加医保'],
    ['permit', '在社区里就可以直接参加医保'],
    ['local', '本地户籍或港澳台居民的孩子在哪里登记参保'],
    ['hmt', '本地户籍或港澳台居民的孩子在哪里登记参保'],
  ] as const)('温州鹿城 %s: the register line is the route the report gives that family, or that it gives none', (residency, words) => {
    const { first } = summarise('wenzhou-lucheng', { residency });
    const register = first.actions.find((a) => a.kind === 'register');
    expect(register?.kind === 'register' && (register.text ?? register.ask?.what)).toContain(words);
  });

  it('a funded family is told first that it pays nothing, with the groups the source names, and sees no fee line', () => {
    const { first } = summarise('liaocheng', { aid: 'yes' });
    expect(first.actions[0]).toMatchObject({ kind: 'funded', groups: expect.stringContaining('低保对象'), policyYear: '2024学年' });
    expect(first.actions.some((a) => a.kind === 'pay')).toBe(false);
  });

  it('a newborn’s first action is the day counted from the birth date, with the days left', () => {
    const { first } = summarise('tianjin', { stage: 'newborn', born: '2026-08-31', residency: 'local' });
    expect(first.actions[0]).toMatchObject({
      kind: 'deadline',
      fromBirth: true,
      deadline: { id: 'newborn-90-days', to: '2026-11-28', status: 'open', daysLeft: 5 },
    });
    expect(first.showCountdown).toBe(true);
  });

  it.each(['2026-10-15', '2026-09-01'])(
    '天津 newborn born %s (in the collection window): one line with the rule for those births, the window, and whom to ask about one payment or two',
    (born) => {
      const { first } = summarise('tianjin', { stage: 'newborn', born, residency: 'local' });
      expect(first.actions[0]).toMatchObject({
        kind: 'newborn-window',
        rule: expect.stringContaining('参加下一年度居民医保的，从出生之日起到当年12月31日享受当年度待遇'),
        deadline: { id: 'collection-window', from: '2026-09-01', to: '2026-12-31', status: 'open', daysLeft: 38 },
        askAt: ['tj-district'],
      });
      // No second date line: the 90 days (about joining the current year) stay in the step.
      expect(first.actions.filter((a) => a.kind === 'deadline')).toEqual([]);
      expect(first.actions.find((a) => a.kind === 'register')).not.toMatchObject({ text: expect.stringContaining('下一年度') });
    },
  );

  it('a case with no route says what the source leaves out and whom to ask, with no countdown, fee or date line', () => {
    const { first } = summarise('tianjin', { residency: 'non-local' });
    expect(first.actions[0]).toEqual({
      kind: 'no-route',
      step: 'register',
      ask: { what: '外地户籍、家里没有天津居住证的孩子怎样参保', askAt: ['tj-district'] },
    });
    expect(first.showCountdown).toBe(false);
    expect(first.actions.some((a) => a.kind === 'deadline' || a.kind === 'pay')).toBe(false);
  });

  it('where no office has a phone, the call line is the area’s 12393 (national hotline), never an office without a number', () => {
    expect(summarise('tianjin', {}).first.actions.at(-1)).toEqual({
      kind: 'call',
      step: 'contacts',
      hotline: { areaCode: '022', number: '12393' },
    });
    expect(summarise('liuzhou', {}).first.actions.at(-1)).toMatchObject({ hotline: { areaCode: '0772', number: '12393' } });
    expect(summarise('liaocheng', {}).first.actions.at(-1)).toMatchObject({
      office: { id: 'lc-ybj', phone: { areaCode: '0635', number: '2189313' } },
    });
    // 鹤山: ten town centres with phones, none of them the office to confirm with: the nearest, not an arbitrary one.
    expect(summarise('jiangmen-heshan', {}).first.actions.at(-1)).toMatchObject({ nearest: { count: 10 } });
  });

  it('a past year’s window is the date line (the last one the source gives), a live window before it', () => {
    expect(summarise('liaocheng', {}).first.actions.find((a) => a.kind === 'deadline')).toMatchObject({
      deadline: { id: 'payment-window', status: 'past' },
    });
    expect(summarise('tianjin', {}).first.actions.find((a) => a.kind === 'deadline')).toMatchObject({
      deadline: { id: 'collection-window', status: 'open' },
    });
  });
});

describe('over every region and every combination of answers', () => {
  const cases = everyCase();

  it.each(REGION_IDS)('%s: 3 to 6 actions, each linking to a step the plan shows, a call line in each', (region) => {
    for (const [r, answers] of cases.filter(([r]) => r === region)) {
      const plan = buildPlan(REGIONS[r], answers, today);
      const { actions, lead, showCountdown } = firstActions(plan, REGIONS[r]);
      const label = JSON.stringify(answers);
      expect(actions.length, label).toBeGreaterThanOrEqual(3);
      expect(actions.length, label).toBeLessThanOrEqual(6);
      const steps = new Set(plan.sections.map((s) => s.id));
      for (const a of actions) expect(steps.has(a.step), `${label} ${a.kind} → ${a.step}`).toBe(true);
      expect(
        actions.filter((a) => a.kind === 'call'),
        label,
      ).toHaveLength(1);
      if (lead === 'no-route' || lead === 'not-covered') {
        expect(showCountdown, label).toBe(false);
        expect(
          actions.some((a) => a.kind === 'deadline' || a.kind === 'pay' || a.kind === 'register'),
          label,
        ).toBe(false);
        expect(actions[0]!.kind, label).toBe(lead);
      }
      const funded = plan.sections.some((s) => s.items.some((i) => i.kind === 'fee' && i.id === 'fully-funded'));
      // A family the source's funding does not name (aided elsewhere) hears that gap first, and keeps its fee line.
      const unsaid = new Set(REGIONS[r].gaps.filter((g) => g.fundingUnsaid).map((g) => g.id));
      const aidUnsaid = plan.sections.some((s) => s.items.some((i) => unsaid.has(i.id)));
      if (funded && lead !== 'newborn') expect(actions[0]!.kind, label).toBe(aidUnsaid ? 'aid-ask' : 'funded');
      if (lead === 'newborn') expect(['newborn-window', 'birth-deadline'], label).toContain(kinds(actions)[0]);
    }
  });

  it('the gaps that leave a family with no route are the ones the regions mark (天津: no 居住证, 港澳台)', () => {
    const marked = Object.fromEntries(
      Object.values(REGIONS).map((region) => [region.id, region.gaps.filter((g) => g.noRoute).map((g) => g.id)]),
    );
    expect(marked, 'each region with the ids of its noRoute gaps (a new region: add its id here, [] for none)').toEqual({
      'jiangmen-heshan': [],
      liaocheng: [],
      liuzhou: [],
      tianjin: ['non-local-without-permit', 'hmt-route'],
      'wenzhou-lucheng': [],
    });
  });
});

describe('step summaries and the count of gaps', () => {
  it('each step gets one line: the fee, the channels, the first date, the offices', () => {
    const { plan } = summarise('liaocheng', {});
    const by = Object.fromEntries(plan.sections.map((s) => [s.id, stepSummary(s)]));
    expect(by.fee).toEqual({
      kind: 'fee',
      amountFen: 36000,
      per: '在2023年9月至12月底缴纳2024学年居民医保费的在校学生（含托幼机构儿童），每人',
      funded: false,
    });
    expect(by.pay).toMatchObject({ kind: 'channels', names: expect.arrayContaining(['学校集中缴费']) });
    expect(by.deadlines).toMatchObject({ kind: 'deadline', deadline: { id: 'registration' } });
    expect(by.contacts).toMatchObject({ kind: 'offices', names: expect.arrayContaining(['聊城市医疗保障局']) });
  });

  it('counts each gap once, however many places list it', () => {
    const { plan } = summarise('tianjin', { residency: 'non-local' });
    const unsaid = plan.sections.find((s) => s.id === 'unsaid')!.items.length;
    expect(gapCount(plan)).toBe(unsaid);
    expect(gapCount(plan)).toBeGreaterThan(0);
  });

  it('shortWhat drops the bracketed explanation in either script', () => {
    expect(shortWhat('个人缴费金额（方案只说儿童按低档个人缴费标准缴费，没有写金额）')).toBe('个人缴费金额');
    expect(shortWhat('the fee (the plan gives no amount)')).toBe('the fee');
  });
});

describe('leadSentence', () => {
  it.each([
    // A short rule, then the action: both kept.
    [
      '居民医保不得重复参保。在广东省外已参保的学生，按原参保地的线上或线下渠道办理停保手续。后面的话。',
      '居民医保不得重复参保。在广东省外已参保的学生，按原参保地的线上或线下渠道办理停保手续。',
    ],
    // English keeps the action too (the same rule in five times the letters).
    [
      'A child may not be enrolled in resident medical insurance twice. Pupils already enrolled outside Guangdong stop that insurance through the online or in-person channels of the place where they were enrolled. More.',
      'A child may not be enrolled in resident medical insurance twice. Pupils already enrolled outside Guangdong stop that insurance through the online or in-person channels of the place where they were enrolled.',
    ],
    // A semicolon inside a bracketed gloss is no end of sentence.
    [
      'After 1 September, go to one of the 鹤山市各镇街公共服务中心 (Heshan town public service centres; in Shaping it is the 人社所). There you register.',
      'After 1 September, go to one of the 鹤山市各镇街公共服务中心 (Heshan town public service centres; in Shaping it is the 人社所).',
    ],
    ['集中参保登记期（10月31日前；含托幼机构）：由学校统计汇总；后面。', '集中参保登记期（10月31日前；含托幼机构）：由学校统计汇总。'],
    ['没有句号的一句话', '没有句号的一句话'],
  ])('%s', (text, lead) => {
    expect(leadSentence(text)).toBe(lead);
  });
});
