// Rules tables: answers → the steps a parent sees, for every region. Ids name cited facts in the region modules.
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../catalog/regions.ts';
import { buildPlan, deadlineItem, planOutline } from './plan.ts';
import type { PlanItem } from './plan.ts';
import type { CompleteAnswers } from '../answers/questions.ts';
import { AID, INSURED, RESIDENCY, STAGES } from '../model/types.ts';
import type { RegionId } from '../model/types.ts';

const today = '2026-11-23';
const pupil = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const satisfies CompleteAnswers;
const plan = (region: RegionId, answers: Partial<CompleteAnswers>) => buildPlan(REGIONS[region], { ...pupil, ...answers }, today);
const outline = (region: RegionId, answers: Partial<CompleteAnswers>) => planOutline(plan(region, answers));
const item = (region: RegionId, answers: Partial<CompleteAnswers>, section: string, id: string): PlanItem | undefined =>
  plan(region, answers)
    .sections.find((s) => s.id === section)
    ?.items.find((i) => i.id === id);

const HESHAN_CONTACTS = [
  'shaping',
  'gulao',
  'longkou',
  'yayao',
  'taoyuan',
  'hecheng',
  'gonghe',
  'zhishan',
  'zhaiwu',
  'shuanghe',
  'jiangmen-ybj',
  'yueyibao',
];

describe('江门鹤山 rules table', () => {
  it.each<[string, Partial<CompleteAnswers>, Record<string, string[]>]>([
    [
      'insured elsewhere in Guangdong: stop through 粤医保, then register at a town centre',
      { insured: 'same-province', residency: 'non-local' },
      {
        'stop-other': ['stop-via-yueyibao'],
        register: ['pupils-where-they-study', 'non-local-no-permit-needed', 'register-at-centre', 'insured-elsewhere-then-enrol'],
        fee: ['individual', 'subsidy'],
        pay: ['centre-debit', 'yueshuitong-check', 'national-N1.4'],
        deadlines: ['collection-opens', 'no-closing-date', 'national-N1.2'],
        after: ['see-doctor-documents', 'outpatient-point', 'one-stop-settlement', 'holiday-cross-region'],
        contacts: HESHAN_CONTACTS,
        unsaid: ['no-closing-date'],
      },
    ],
    [
      'insured outside Guangdong: stop through the original place',
      { insured: 'other-province', residency: 'permit' },
      { 'stop-other': ['stop-at-origin'] },
    ],
    [
      'unsure: check first, then both routes',
      { insured: 'unsure', residency: 'non-local' },
      {
        'stop-other': ['unsure-check-first', 'stop-via-yueyibao', 'stop-at-origin'],
        register: ['pupils-where-they-study', 'non-local-no-permit-needed', 'register-at-centre', 'insured-elsewhere-then-enrol'],
      },
    ],
    [
      'already insured here: renew by bank debit, 粤医保 or 粤税通, no registration at a centre',
      { stage: 'junior', insured: 'here', aid: 'yes' },
      {
        renew: ['renew-auto-debit'],
        register: ['pupils-where-they-study'],
        fee: ['fee-fully-funded', 'individual', 'subsidy'],
        pay: ['bank-auto-debit', 'yueyibao-pay', 'yueshuitong-pay', 'yueshuitong-check', 'national-N1.4'],
        unsaid: ['fee-fully-funded', 'no-closing-date'],
      },
    ],
    [
      'a local pupil enrolling for the first time: the guide’s steps are written for non-local pupils',
      { insured: 'none', residency: 'local' },
      { register: ['pupils-where-they-study', 'register-at-centre', 'local-route'] },
    ],
    [
      'Hong Kong, Macao or Taiwan family',
      { residency: 'hmt' },
      { register: ['pupils-where-they-study', 'register-at-centre', 'hmt-enrolment'] },
    ],
    [
      'a college student: the letter does not cover the stage',
      { stage: 'college' },
      { 'not-covered': ['stage-not-covered'], contacts: HESHAN_CONTACTS, unsaid: ['stage-not-covered'] },
    ],
  ])('%s', (_name, answers, expected) => {
    expect(outline('jiangmen-heshan', answers)).toMatchObject(expected);
  });

  it('has no stop step for a child insured nowhere, and the fee is 406 with a 640 subsidy', () => {
    expect(outline('jiangmen-heshan', {})['stop-other']).toBeUndefined();
    expect(item('jiangmen-heshan', {}, 'fee', 'individual')).toMatchObject({ amountFen: 40600 });
    expect(item('jiangmen-heshan', {}, 'fee', 'subsidy')).toMatchObject({ amountFen: 64000 });
  });

  it('shows the opening date with its policy year and no closing date it was not given', () => {
    expect(item('jiangmen-heshan', {}, 'deadlines', 'collection-opens')).toMatchObject({
      from: '2023-09-01',
      status: 'no-end',
      policyYear: '2024年度',
      computed: false,
    });
  });

  it('gives every town centre a 0750 number and an address', () => {
    const offices = plan('jiangmen-heshan', {}).sections.find((s) => s.id === 'contacts')!.items;
    const centres = offices.flatMap((i) => (i.kind === 'office' && i.office.kind === 'office' ? [i.office] : []));
    expect(centres).toHaveLength(10);
    for (const c of centres) {
      expect(c.phones[0]).toMatchObject({ areaCode: '0750' });
      expect(c.address).toMatch(/^鹤山市/);
    }
  });
});

describe('聊城 rules table', () => {
  it.each<[string, Partial<CompleteAnswers>, Record<string, string[]>]>([
    [
      'a pupil: school registers, four self-service channels plus the school collective',
      {},
      {
        register: ['scope-schools', 'school-list', 'data-check', 'pay-period'],
        fee: ['individual', 'fee-subsidy'],
        pay: ['school-collective', 'wechat-mini-program', 'wechat-pay-services', 'alipay', 'etax-app', 'unionpay-account', 'national-N1.4'],
        deadlines: ['registration', 'payment-window', 'late-payment', 'national-N1.2'],
        after: ['inpatient-registration', 'direct-settlement', 'outpatient-primary-care'],
        contacts: ['school', 'lc-ybj', 'dcf-tax', 'hotline-12366', 'no-addresses'],
        unsaid: ['fee-subsidy', 'late-payment', 'no-addresses'],
      },
    ],
    [
      'a government-funded family pays ¥0 and is told to confirm the group',
      { aid: 'yes' },
      {
        fee: ['fully-funded', 'aid-confirm-group', 'individual', 'fee-subsidy'],
        pay: [
          'aid-may-not-pay',
          'school-collective',
          'wechat-mini-program',
          'wechat-pay-services',
          'alipay',
          'etax-app',
          'unionpay-account',
          'national-N1.4',
        ],
      },
    ],
    [
      'insured in another province: the letter is silent on stopping, ask the 医保局',
      { insured: 'other-province', residency: 'non-local' },
      {
        'stop-other': ['stop-other-province'],
        register: ['scope-schools', 'scope-by-school', 'school-list', 'data-check', 'pay-period', 'national-N1.1'],
      },
    ],
    [
      'a college student is in scope',
      { stage: 'college', insured: 'here' },
      { renew: ['renew-through-school'], register: ['scope-college', 'school-list', 'data-check', 'pay-period'] },
    ],
    ['a newborn is not in the letter', { stage: 'newborn', born: '2026-10-01' }, { 'not-covered': ['stage-not-covered'] }],
  ])('%s', (_name, answers, expected) => {
    expect(outline('liaocheng', answers)).toMatchObject(expected);
  });

  it('charges 360 except for government-funded groups, who pay ¥0', () => {
    expect(item('liaocheng', {}, 'fee', 'individual')).toMatchObject({ amountFen: 36000 });
    expect(item('liaocheng', { aid: 'yes' }, 'fee', 'fully-funded')).toMatchObject({
      amountFen: 0,
      groups: expect.stringContaining('低保对象'),
    });
  });

  it('gives the 2024学年 dates as past, with no days left', () => {
    expect(item('liaocheng', {}, 'deadlines', 'payment-window')).toMatchObject({ from: '2023-11-01', to: '2023-12-31', status: 'past' });
    expect(item('liaocheng', {}, 'deadlines', 'payment-window')).not.toHaveProperty('daysLeft');
  });

  it('counts days left while a window is open (as on a day inside the 2024学年 window)', () => {
    const p = buildPlan(REGIONS.liaocheng, pupil, '2023-11-20');
    const window = p.sections.find((s) => s.id === 'deadlines')!.items.find((i) => i.id === 'payment-window');
    expect(window).toMatchObject({ status: 'open', daysLeft: 41 });
  });

  it('lists the channels tap by tap', () => {
    const alipay = item('liaocheng', {}, 'pay', 'alipay');
    expect(alipay?.kind === 'channel' && alipay.channel.steps).toEqual([
      '支付宝搜索“社保费缴纳”',
      '点击“社保费缴纳-聊城市（市民中心）”',
      '选择“使用服务”',
      '进入“山东税务社保费缴纳”',
      '自助缴费',
    ]);
  });
});

describe('柳州 rules table', () => {
  it.each<[string, Partial<CompleteAnswers>, Record<string, string[]>]>([
    [
      'a pupil registers at the district 医保服务点; channels and contacts are in a leaflet the text lacks',
      {},
      {
        register: ['scope', 'voluntary', 'register-at-service-point', 'hardship-at-approval-place', 'leaflet'],
        fee: ['individual', 'fee-subsidy'],
        pay: ['payment', 'national-N1.4'],
        deadlines: ['pay-by', 'national-N1.2'],
        after: ['after'],
        contacts: ['service-point', 'approval-place', 'no-contacts', 'national-N2'],
        unsaid: ['fee-subsidy', 'payment', 'after', 'no-contacts'],
      },
    ],
    [
      'a college student enrols at the 学籍地',
      { stage: 'college', residency: 'permit' },
      { register: ['scope', 'scope-by-school', 'college-at-registry', 'hardship-at-approval-place', 'leaflet'] },
    ],
    [
      'a local hardship-group student sees the 待遇审批地 rule with the service-point route',
      { stage: 'senior', aid: 'yes' },
      {
        register: ['scope', 'voluntary', 'register-at-service-point', 'hardship-at-approval-place', 'leaflet'],
        fee: ['fee-fully-funded', 'individual', 'fee-subsidy'],
        contacts: ['service-point', 'approval-place', 'no-contacts', 'national-N2'],
      },
    ],
    ['insured elsewhere: silent on stopping', { insured: 'same-province' }, { 'stop-other': ['stop-same-province'] }],
    ['already insured here: renewal not described', { insured: 'here' }, { renew: ['renewal'] }],
  ])('%s', (_name, answers, expected) => {
    expect(outline('liuzhou', answers)).toMatchObject(expected);
  });

  it('asks for 380 by 2023-12-31 and says the date has passed', () => {
    expect(item('liuzhou', {}, 'fee', 'individual')).toMatchObject({ amountFen: 38000 });
    expect(item('liuzhou', {}, 'deadlines', 'pay-by')).toMatchObject({ to: '2023-12-31', status: 'past', policyYear: '2024年度' });
  });
});

describe('天津 rules table', () => {
  it.each<[string, Partial<CompleteAnswers>, Record<string, string[]>]>([
    [
      'a local newborn: 出生一件事, the 90-day rule, the recurring window',
      { stage: 'newborn', born: '2026-07-15' },
      {
        register: ['no-hukou-limit', 'birth-one-stop', 'newborn-90-days', 'ask-at-maternity-claim'],
        fee: ['fee-individual', 'fee-subsidy', 'low-tier-high-benefit'],
        pay: ['payment', 'national-N1.4'],
        deadlines: ['collection-window', 'newborn-90-days', 'national-N1.2'],
      },
    ],
    [
      'a newborn of a 居住证 holder born in October: 出生医学证明 route, 180-day settlement as a goal, Sept–Dec rule with its window, no 90-day countdown',
      { stage: 'newborn', born: '2026-10-01', residency: 'permit' },
      {
        register: [
          'no-hukou-limit',
          'birth-certificate-route',
          'newborn-90-days',
          'newborn-180-days-goal',
          'ask-at-maternity-claim',
          'born-september-to-december',
        ],
        deadlines: ['collection-window', 'born-september-to-december', 'national-N1.2'],
      },
    ],
    [
      'a newborn with no 居住证 in the family: the source has no route',
      { stage: 'newborn', born: '2026-10-01', residency: 'non-local' },
      {
        register: ['no-hukou-limit', 'ask-at-maternity-claim', 'non-local-without-permit'],
        deadlines: ['collection-window', 'national-N1.2'],
      },
    ],
    [
      'a pupil: where to register is not stated',
      { insured: 'other-province', residency: 'non-local' },
      {
        'stop-other': ['stop-other-province'],
        register: ['no-hukou-limit', 'where-to-register', 'non-local-without-permit'],
        deadlines: ['collection-window', 'national-N1.2'],
      },
    ],
    ['a college student is outside a children’s plan', { stage: 'college' }, { 'not-covered': ['stage-not-covered'] }],
  ])('%s', (_name, answers, expected) => {
    expect(outline('tianjin', answers)).toMatchObject(expected);
  });

  it('computes this year’s September–December window from the recurring rule, with days left', () => {
    expect(item('tianjin', {}, 'deadlines', 'collection-window')).toMatchObject({
      from: '2026-09-01',
      to: '2026-12-31',
      status: 'open',
      daysLeft: 38,
      computed: true,
    });
    const january = buildPlan(REGIONS.tianjin, pupil, '2027-01-05').sections.find((s) => s.id === 'deadlines')!.items[0];
    expect(january).toMatchObject({ from: '2027-09-01', to: '2027-12-31', status: 'upcoming', daysUntil: 239 });
  });

  it('counts the 90 days from the birth date, the birth day being day 1', () => {
    const answers = { stage: 'newborn', born: '2026-08-31', residency: 'permit' } as const;
    expect(item('tianjin', answers, 'deadlines', 'newborn-90-days')).toMatchObject({ to: '2026-11-28', status: 'open', daysLeft: 5 });
    expect(item('tianjin', { ...answers, born: '2026-05-01' }, 'deadlines', 'newborn-90-days')).toMatchObject({
      to: '2026-07-29',
      status: 'past',
    });
  });
});

describe('温州鹿城 rules table', () => {
  it.each<[string, Partial<CompleteAnswers>, Record<string, string[]>]>([
    [
      'a migrant family’s pupil: enrol in the community, pay by the tax QR code',
      { residency: 'non-local' },
      {
        register: ['same-as-locals', 'migrants-easy', 'one-school-guide'],
        fee: ['individual', 'subsidy'],
        pay: ['tax-qr-code', 'qr-code-where', 'national-N1.4'],
        deadlines: ['deadlines', 'national-N1.2'],
        after: ['real-time-settlement', 'bind-in-zheliban', 'parent-account-sharing'],
        contacts: ['lc-center', 'community', 'school', 'zheliban', 'no-contacts', 'national-N2'],
      },
    ],
    [
      'a local 低保 family: ¥0 for 辖区 groups; the report gives no route or channel for local families',
      { aid: 'yes' },
      {
        register: ['same-as-locals', 'one-school-guide', 'where-to-register'],
        fee: ['fully-funded', 'aid-confirm-group', 'individual', 'subsidy', 'funded-children-2024'],
        pay: ['aid-may-not-pay', 'how-to-pay', 'national-N1.4'],
      },
    ],
    [
      'unsure where insured: the report raises the question but does not answer it, said once',
      { insured: 'unsure' },
      { 'stop-other': ['unsure-check-first', 'stop-same-province'] },
    ],
    ['a newborn is not in the report', { stage: 'newborn', born: '2026-11-01' }, { 'not-covered': ['stage-not-covered'] }],
  ])('%s', (_name, answers, expected) => {
    expect(outline('wenzhou-lucheng', answers)).toMatchObject(expected);
  });

  it('charges 660 with a 1320 subsidy', () => {
    expect(item('wenzhou-lucheng', {}, 'fee', 'individual')).toMatchObject({ amountFen: 66000 });
    expect(item('wenzhou-lucheng', {}, 'fee', 'subsidy')).toMatchObject({ amountFen: 132000 });
  });
});

describe('every region, every case', () => {
  const cases: CompleteAnswers[] = [];
  for (const stage of STAGES)
    for (const insured of INSURED)
      for (const residency of RESIDENCY)
        for (const aid of AID) cases.push({ stage, insured, residency, aid, ...(stage === 'newborn' ? { born: '2026-10-01' } : {}) });

  it.each(Object.values(REGIONS))(
    '$id: no empty step, every office asked of exists, a stop step exactly when insured elsewhere',
    (region) => {
      const offices = new Set(region.offices.map((o) => o.id));
      for (const answers of cases) {
        const p = buildPlan(region, answers, today);
        const ids = p.sections.map((s) => s.id);
        for (const section of p.sections) {
          expect(section.items.length).toBeGreaterThan(0);
          for (const i of section.items) if (i.kind === 'not-stated') for (const o of i.askAt) expect(offices).toContain(o);
        }
        expect(ids).toContain('contacts');
        if (p.covered) {
          expect(ids).toEqual(expect.arrayContaining(['register', 'fee', 'pay', 'deadlines', 'after']));
          expect(ids.includes('stop-other')).toBe(['same-province', 'other-province', 'unsure'].includes(answers.insured));
          expect(ids.includes('renew')).toBe(answers.insured === 'here');
        } else {
          expect(ids).toEqual(['not-covered', 'contacts', 'unsaid']);
        }
      }
    },
  );

  it('never shows a figure from another region: each fee is its own source’s', () => {
    const fees = Object.fromEntries(
      Object.values(REGIONS).map((r) => {
        const fee = buildPlan(r, pupil, today)
          .sections.find((s) => s.id === 'fee')!
          .items.find((i) => i.id === 'individual');
        return [r.id, fee?.kind === 'fee' ? fee.amountFen : null];
      }),
    );
    expect(fees, 'each region’s fee in fen as its source gives it, null where it is silent (a new region: add its id here)').toEqual({
      'jiangmen-heshan': 40600,
      liaocheng: 36000,
      liuzhou: 38000,
      tianjin: null,
      'wenzhou-lucheng': 66000,
    });
  });
});

describe('deadlines without a year', () => {
  const answers = { stage: 'primary', insured: 'none', residency: 'local', aid: 'no' } as const;
  const cite = { section: '学校通知', quote: '集中缴费期为11月1日至次年2月底。' };
  const deadline = (rule: Parameters<typeof deadlineItem>[0]['rule']) => ({ id: 'd', label: '集中缴费期', policyYear: '', cite, rule });

  it.each([
    // A yearly window across New Year starts the year before it ends.
    [{ kind: 'yearly-window', from: { month: 11, day: 1 }, to: { month: 2, day: 28 } }, '2026-12-20', ['2026-11-01', '2027-02-28', 'open']],
    [
      { kind: 'yearly-window', from: { month: 11, day: 1 }, to: { month: 2, day: 28 } },
      '2027-03-01',
      ['2027-11-01', '2028-02-28', 'upcoming'],
    ],
    // A letter's yearless window (--MM-DD) is worked out the same way; 2月底 (--02-29) is the 28th in a common year.
    [{ kind: 'window', from: '--11-01', to: '--02-29' }, '2026-12-20', ['2026-11-01', '2027-02-28', 'open']],
    [{ kind: 'window', from: '--11-01', to: '--02-29' }, '2027-03-01', ['2027-11-01', '2028-02-29', 'upcoming']],
    [{ kind: 'date', date: '--12-31' }, '2026-12-31', [undefined, '2026-12-31', 'open']],
    [{ kind: 'date', date: '--12-31' }, '2027-01-01', [undefined, '2027-12-31', 'open']],
  ] as const)('%j on %s', (rule, today, [from, to, status]) => {
    const item = deadlineItem(deadline(rule), answers, today);
    expect(item).toMatchObject({ kind: 'deadline', to, status, computed: true });
    expect(item && 'from' in item ? item.from : undefined).toBe(from);
  });

  it('a yearless start with no end gives no date to count to', () => {
    expect(deadlineItem(deadline({ kind: 'window', from: '--09-01' }), answers, '2026-12-20')).toBeUndefined();
  });
});

describe('a funded family sees the individual fee as what others pay, never as its own (issue 18, 19)', () => {
  it.each([
    ['liaocheng', 'yes', true],
    ['liaocheng', 'no', undefined],
  ] as const)('%s aid=%s: individual fee othersThanFunded %s', (region, aid, others) => {
    expect(item(region, { aid }, 'fee', 'individual')).toMatchObject({ kind: 'fee', amountFen: 360_00 });
    expect((item(region, { aid }, 'fee', 'individual') as { othersThanFunded?: true }).othersThanFunded).toBe(others);
  });
});
