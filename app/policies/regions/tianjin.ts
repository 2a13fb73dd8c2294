import type { PolicyYear, RegionModule } from '../model/types.ts';

// Source: 003_2ba72a63235f4e33.txt, an article summarising 天津市医疗保障局's 专项行动工作方案. The author credit and
// the recommended articles after "原创文章" are not policy. It names no amounts, channels, offices or phone numbers.

const SCHOOL_STAGES = ['preschool', 'primary', 'junior', 'senior', 'vocational'] as const;
const section2 = '主要措施（二）巩固医疗保障待遇';
const section3 = '主要措施（三）优化新生儿参保经办流程';

/** 2024年度: the rules of this year's source. A new year is added beside it (see README), never written over it. */
const year2024: PolicyYear = {
  label: '2024年度',
  // Benefits from 1 January to 31 December 2024 (居民医保's 年度 is the calendar year).
  covers: { from: '2024-01-01', to: '2024-12-31' },
  lastVerified: '2026-11-23',
  source: {
    file: '003_2ba72a63235f4e33.txt',
    issuer: '天津市医疗保障局',
    title: '关于开展儿童参加城乡居民基本医疗保险专项行动工作方案（据《天津儿童参加城乡居民医保最新政策2024》一文的摘要）',
    issued: '2024年（新生儿规定自2024年6月1日起）',
    kind: 'article-summary',
  },
  confirmWith: ['tj-district'],
  eligibility: [
    {
      id: 'no-hukou-limit',
      text: '儿童参保不受户籍限制；持居住证参加天津居民医保的儿童，同样给予财政补助。',
      cite: {
        section: section3,
        quote: '实施儿童参保不受户籍限制,切实落实持居住证参保政策,对于持居住证参加本市居民医保的儿童同等给予财政补助',
      },
    },
  ],
  stagesNotCovered: [
    {
      stages: ['college'],
      what: '这份方案讲的是儿童参保，没有写大学生怎样参保。',
      askAt: ['tj-district'],
    },
  ],
  stopOtherCoverage: {
    sameProvince: { notStated: true, what: '已在别处参保的孩子，要不要、怎样先停保', askAt: ['tj-district'] },
    otherProvince: { notStated: true, what: '在外省市已参保的孩子，要不要、怎样先停保', askAt: ['tj-district'] },
  },
  // The 5000元 outpatient cap for continuous enrolment is shown under afterEnrolment; how to renew is not given.
  renewal: { notStated: true, what: '已在天津参保的孩子怎样续保缴费', askAt: ['tj-district'] },
  register: [
    {
      id: 'birth-one-stop',
      text: '天津户籍人员生的孩子，方案说推行“出生一件事”集成办理，实现出生、落户、参保、办社保卡“一站式服务”，同时凭医保码直接就医结算。',
      cite: {
        section: section3,
        quote: '本市户籍人员出生的新生儿,推行“出生一件事”集成办理,实现新生儿出生、落户、参保、办理社保卡“一站式服务”',
      },
      when: { stage: ['newborn'], residency: ['local'] },
    },
    {
      id: 'birth-certificate-route',
      text: '外地户籍来津人员生的孩子，父母任何一方有天津有效居住证的，可以凭《出生医学证明》办理居民医保参保和缴费。孩子落户后，要及时更新参保信息。',
      cite: { section: section3, quote: '父母任何一方具有本市有效居住证,新生儿可凭《出生医学证明》办理居民医保参保和缴费手续' },
      when: { stage: ['newborn'], residency: ['permit'] },
    },
    {
      id: 'newborn-90-days',
      text: '自2024年6月1日起：新生儿自出生之日起90天（含）内参加当年度天津居民医保的，从出生之日起享受当年度待遇；90天以后才参保的，从缴费次日起享受。',
      cite: {
        section: section2,
        quote:
          '自2024年6月1日起,新生儿自出生之日起90天(含)内按规定参加当年度本市居民医保的,从出生之日起享受当年度本市居民医保待遇,自出生之日起90天后参加当年度本市居民医保的,从缴费次日起享受当年度本市居民医保待遇',
      },
      // Only families the text gives a route to (本市户籍, or a parent with a 居住证) get the rule and its countdown.
      when: { stage: ['newborn'], residency: ['local', 'permit'] },
    },
    {
      // 逐步实现: a goal of the plan, so a note without a date or a reminder.
      id: 'newborn-180-days-goal',
      text: '方案提出，对父母有天津居住证的外地户籍新生儿，逐步实现集成办理，并在出生后180天内在天津定点医疗机构实现直接就医结算。这是方案的工作目标，不是要赶的期限；能不能直接结算，请问所在区医保局。',
      cite: { section: section3, quote: '逐步实现集成办理,并在出生后180天内在本市定点医疗机构实现直接就医结算' },
      when: { stage: ['newborn'], residency: ['permit'] },
    },
    {
      // 主要措施（一）: where a parent claims maternity costs, the office is told to ask about the newborn's enrolment.
      id: 'ask-at-maternity-claim',
      text: '方案要求医保经办机构在办理生育医疗费用保险时，主动了解新生儿参保情况、宣传动员参保：办理生育医疗费用报销时，可以顺便问孩子怎样参保。',
      cite: {
        section: '主要措施（一）加大参保动员力度',
        quote: '医保经办机构在办理生育医疗费用保险时应主动了解新生儿参保情况,及时宣传动员参保',
      },
      when: { stage: ['newborn'] },
    },
    {
      id: 'born-september-to-december',
      text: '孩子在集中参保缴费期（每年9月至12月）出生、参加下一年度居民医保的，从出生之日起到当年12月31日享受当年度待遇，并享受下一年度待遇。',
      cite: { section: section2, quote: '新生儿在居民医保集中参保缴费期内(每年9月至12月)出生并参加下一年度居民医保的' },
      when: { stage: ['newborn'], residency: ['local', 'permit'], bornMonths: [9, 10, 11, 12] },
    },
  ],
  fee: {
    individual: {
      notStated: true,
      what: '个人缴费金额（方案只说儿童按低档个人缴费标准缴费，没有写金额）',
      askAt: ['tj-district'],
    },
    subsidy: { notStated: true, what: '财政补助金额', askAt: ['tj-district'] },
    fullyFunded: { notStated: true, what: '低保、特困、孤儿等困难家庭的孩子能否减免个人缴费', askAt: ['tj-district'] },
    notes: [
      {
        id: 'low-tier-high-benefit',
        text: '儿童按低档个人缴费标准参保缴费，享受高档缴费的报销待遇。',
        cite: { section: section2, quote: '继续实施儿童参加本市居民医保按照低档个人缴费标准参保缴费,享受高档缴费报销待遇' },
      },
    ],
  },
  payment: { notStated: true, what: '在哪里、用什么渠道缴费', askAt: ['tj-district'] },
  deadlines: [
    {
      id: 'collection-window',
      label: '集中参保缴费期（每年9月至12月）',
      rule: { kind: 'yearly-window', from: { month: 9, day: 1 }, to: { month: 12, day: 31 } },
      cite: { section: section2, quote: '居民医保集中参保缴费期内(每年9月至12月)' },
    },
    {
      id: 'newborn-90-days',
      label: '出生之日起90天（含）内参保的，从出生之日起享受当年度待遇（自2024年6月1日起）',
      rule: { kind: 'after-birth', days: 90 },
      cite: {
        section: section2,
        quote: '自2024年6月1日起,新生儿自出生之日起90天(含)内按规定参加当年度本市居民医保的,从出生之日起享受当年度本市居民医保待遇',
      },
      // Births in 9月至12月 have their own rule (下一年度, below): no countdown under the 当年度 one.
      when: { stage: ['newborn'], residency: ['local', 'permit'], bornMonths: [1, 2, 3, 4, 5, 6, 7, 8] },
    },
    {
      // The rule for these births is to join 下一年度 in the collection period they were born in: that year's 9月至12月.
      id: 'born-september-to-december',
      label: '9月至12月出生、参加下一年度居民医保的：出生当年的集中参保缴费期（每年9月至12月，按文章推算）',
      rule: { kind: 'birth-year-window', from: { month: 9, day: 1 }, to: { month: 12, day: 31 } },
      cite: { section: section2, quote: '新生儿在居民医保集中参保缴费期内(每年9月至12月)出生并参加下一年度居民医保的' },
      when: { stage: ['newborn'], residency: ['local', 'permit'], bornMonths: [9, 10, 11, 12] },
    },
  ],
  afterEnrolment: [
    {
      id: 'outpatient-cap-continuous',
      text: '连续参加天津居民医保的儿童，门（急）诊最高支付限额是5000元。',
      cite: { section: section2, quote: '对连续参加本市居民医保的儿童,门(急)诊最高支付限额提高至5000元' },
    },
  ],
  offices: [
    {
      id: 'tj-district',
      name: '所在区医保局（医保经办机构）',
      kind: 'office',
      phones: [],
      note: '方案要求各区医保部门深入社区、学校、医院开展政策宣讲',
      cite: { section: '主要措施（一）加大参保动员力度', quote: '医保部门要主动深入社区、学校、医院等,集中开展适宜儿童的政策宣讲' },
    },
    {
      id: 'tj-ybj',
      name: '天津市医疗保障局',
      kind: 'office',
      phones: [],
      note: '方案发布在天津市医疗保障局官网',
      cite: { section: '导语', quote: '天津市医疗保障局官网发布了《关于开展儿童参加城乡居民基本医疗保险专项行动工作方案》' },
    },
  ],
  // The article names one benefit figure: the 门(急)诊 cap of 5000元 for children enrolled without a break.
  benefits: {
    notes: [
      {
        id: 'high-tier-benefits',
        text: '儿童按低档个人缴费标准参保缴费，享受高档缴费的报销待遇（摘要没有写高档待遇的具体数字）。',
        cite: { section: section2, quote: '继续实施儿童参加本市居民医保按照低档个人缴费标准参保缴费,享受高档缴费报销待遇' },
      },
    ],
    care: {
      inpatient: { notStated: true, what: '住院怎样报销（起付线、比例和限额，这篇摘要都没有写）', askAt: ['tj-district'] },
      outpatient: {
        label: '门(急)诊',
        notes: [],
        deductible: { notStated: true, what: '门(急)诊的起付线', askAt: ['tj-district'] },
        ratio: { notStated: true, what: '门(急)诊的报销比例', askAt: ['tj-district'] },
        cap: {
          amountFen: 500000,
          per: '连续参保的儿童',
          ifNotContinuous: {
            notStated: true,
            what: '没有连续参保的孩子门(急)诊最多报销多少（摘要只写了连续参保的儿童提高至5000元）',
            askAt: ['tj-district'],
          },
          cite: { section: section2, quote: '对连续参加本市居民医保的儿童,门(急)诊最高支付限额提高至5000元' },
        },
      },
      chronic: { notStated: true, what: '门诊慢特病怎样报销（这篇摘要没有写）', askAt: ['tj-district'] },
      accident: { notStated: true, what: '意外伤害看病怎样报销（这篇摘要没有写）', askAt: ['tj-district'] },
    },
    criticalIllness: { notStated: true, what: '大病保险怎样二次报销（这篇摘要没有写）', askAt: ['tj-district'] },
  },
  gaps: [
    {
      id: 'where-to-register',
      section: 'register',
      notStated: true,
      what: '孩子在哪里、通过什么渠道办理参保登记',
      askAt: ['tj-district'],
      when: { stage: [...SCHOOL_STAGES] },
    },
    {
      id: 'non-local-without-permit',
      section: 'register',
      noRoute: true,
      notStated: true,
      what: '外地户籍、家里没有天津居住证的孩子怎样参保（方案写了不受户籍限制，也写了持居住证参保政策，但没有写没有居住证的情况）',
      askAt: ['tj-district'],
      when: { residency: ['non-local'] },
    },
    {
      id: 'hmt-route',
      section: 'register',
      noRoute: true,
      notStated: true,
      what: '港澳台居民的孩子怎样参保',
      askAt: ['tj-district'],
      when: { residency: ['hmt'] },
    },
    {
      id: 'no-contacts',
      section: 'contacts',
      notStated: true,
      what: '医保部门的地址和电话（这篇摘要没有列出）',
      askAt: ['tj-ybj'],
    },
  ],
};

export const tianjin: RegionModule = {
  id: 'tianjin',
  name: '天津市',
  shortName: '天津',
  province: '天津市',
  // The long-distance prefix the app adds to the region's landlines and 12393 (national rule N3, not the local text).
  areaCode: '022',
  years: [year2024],
};
