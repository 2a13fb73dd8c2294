import type { PolicyYear, RegionModule } from '../model/types.ts';

// Source: 004_2e4dcf2212bd2083.txt, a news report on enrolment in 鹿城区 citing the 2025年度 guide, the district's
// 医保服务中心 and parents. The headline list after "您可能也感兴趣" is not policy.

const report = '新闻报道';

/**
 * The year of this source. Its figures (660/1320, 1500, 70%, 20万, 38.55万) are tied only to "如今" in a 2024 report;
 * only the guide's title names 2025年度, so the label says what the figures are: a 2024 report's. A new year is
 * added beside it (see README), never written over it.
 */
const year2025: PolicyYear = {
  label: '2024年报道时',
  // Benefits from 1 January to 31 December 2025 (居民医保's 年度 is the calendar year).
  covers: { from: '2025-01-01', to: '2025-12-31' },
  lastVerified: '2026-11-23',
  source: {
    file: '004_2e4dcf2212bd2083.txt',
    issuer: '新闻报道，引述温州市鹿城区医保服务中心和《2025年度鹿城区学生儿童参加城乡居民医保参保指南》',
    title: '基层共富观察：全民参保，让医保普惠深入人心',
    issued: '2024年（报道时正在发放2025年度参保指南）',
    kind: 'news-report',
  },
  confirmWith: ['lc-center'],
  eligibility: [
    {
      id: 'same-as-locals',
      text: '在温州参保的学生（包括外来务工人员子女）享受和本地居民一样的医保待遇。',
      cite: { section: `${report} 第三段`, quote: '如今在温州参保的学生享受到了和本地居民一样的医保待遇' },
    },
  ],
  stagesNotCovered: [
    {
      stages: ['newborn', 'college'],
      what: '这篇报道讲的是中小学生和儿童参保，没有写新生儿和大学生怎样参保。',
      askAt: ['lc-center'],
    },
  ],
  stopOtherCoverage: {
    sameProvince: {
      notStated: true,
      what: '在老家已经参加医保的孩子，在这里还要不要参保、要不要先停保（报道说家长常问这个问题，但没有给出答案）',
      askAt: ['school', 'lc-center'],
    },
    otherProvince: {
      notStated: true,
      what: '在老家已经参加医保的孩子，在这里还要不要参保、要不要先停保（报道说家长常问这个问题，但没有给出答案）',
      askAt: ['school', 'lc-center'],
    },
  },
  renewal: { notStated: true, what: '已在鹿城参保的孩子怎样续保缴费', askAt: ['lc-center'] },
  // 短信批扣温馨告知 is the one word the report has for those already enrolled: a hint, not a route.
  // The report says only of 外来人口 that they enrol in the community; for others it is silent.
  register: [
    {
      id: 'migrants-easy',
      text: '报道引述鹿城区医保服务中心负责人：外来人口参保很方便，在社区里就可以直接参加医保，不需要跑医保窗口办理。',
      cite: {
        section: `${report} 鹿城区医保服务中心负责人`,
        quote: '如今外来人口参保很方便,在社区里就可以直接参加医保,不需要跑医保窗口办理',
      },
      when: { residency: ['permit', 'non-local'] },
    },
    {
      id: 'one-school-guide',
      text: '报道中，鹿城区鞋都第三小学正在给学生发放《2025年度鹿城区学生儿童参加城乡居民医保参保指南》，并联合街道、医保部门设了志愿服务队当面答疑。这是报道里一所学校的做法，可以问问孩子的学校有没有发放。',
      cite: {
        section: `${report} 第一、二段`,
        quote: '鹿城区鞋都第三小学,该校德育主任林黎明正在给学生们发放《2025年度鹿城区学生儿童参加城乡居民医保参保指南》',
      },
    },
  ],
  fee: {
    individual: {
      amountFen: 66000,
      per: '每人每年（2024年报道中的数字，不是文件原文）',
      cite: { section: `${report} 第三段`, quote: '其每年个人缴费660元' },
    },
    subsidy: {
      amountFen: 132000,
      per: '每人每年（2024年报道中的数字，不是文件原文）',
      cite: { section: `${report} 第三段`, quote: '财政补助1320元' },
    },
    fullyFunded: {
      groups: '鹿城区落实辖区困难救助对象资助参保：对困难人群、低保、低边以及因病致贫返贫对象全额资助参保',
      cite: {
        section: `${report} 最后一段`,
        quote: '温州鹿城区正全面落实辖区困难救助对象资助参保,对困难人群、低保、低边以及因病致贫返贫对象全额资助参保',
      },
    },
    notes: [
      {
        id: 'funded-children-2024',
        text: '报道说，2024年度全免资助参保的人员中，有未成年救助人群1040人，残疾、孤儿、困境儿童共542人。',
        cite: { section: `${report} 最后一段`, quote: '其中未成年救助人群1040人,残疾、孤儿、困境儿童共542人' },
        when: { aid: ['yes'] },
      },
      {
        id: 'sms-reminder',
        text: '报道说，鹿城区医保部门联合税务部门开展全民参保集中宣传、“短信批扣温馨告知”。报道没有写短信的内容，也没有写已参保的孩子怎样续保缴费。',
        cite: { section: `${report} 近年来`, quote: '联合税务部门发动全民参保集中宣传、短信批扣温馨告知' },
        when: { insured: ['here'] },
      },
    ],
  },
  payment: [
    {
      id: 'tax-qr-code',
      name: '税务部门的缴费二维码（报道里说的是外来人口参保）',
      steps: ['用手机扫描税务部门的缴费二维码', '扫码缴费'],
      cite: { section: `${report} 鹿城区医保服务中心负责人`, quote: '直接通过税务的二维码扫码缴费' },
      when: { residency: ['permit', 'non-local'] },
    },
  ],
  deadlines: { notStated: true, what: '参保缴费从哪天开始、哪天截止', askAt: ['lc-center', 'school'] },
  afterEnrolment: [
    {
      id: 'real-time-settlement',
      text: '看病买药可以实时结算。',
      cite: { section: `${report} 第三段`, quote: '看病买药可实时结算' },
    },
    {
      id: 'bind-in-zheliban',
      text: '报道里一位家长说：在“浙里办”上绑定医保卡就可以直接用，看病没带医保卡、只带手机也能报销。这是她的经历，报道没有写怎样绑定。',
      cite: { section: `${report} 家长朱慧`, quote: '浙里办上绑定医保卡就可以直接用,有时候看病不带医保卡,只带手机也能报销' },
    },
    {
      id: 'parent-account-sharing',
      text: '报道里一位在厂里缴纳职工医保的家长说，她能把历年账户的余额共济给孩子看病用。这是她的经历，报道没有写怎样办理。',
      cite: { section: `${report} 家长朱慧`, quote: '我是在厂里缴纳职工医保的,能直接将历年账户的余额共济给小孩子看病用' },
    },
  ],
  offices: [
    {
      id: 'lc-center',
      name: '鹿城区医保服务中心',
      kind: 'office',
      phones: [],
      cite: { section: `${report} 鹿城区医保服务中心负责人`, quote: '鹿城区医保服务中心负责人周瑞芳也表示' },
    },
    {
      id: 'community',
      name: '所在社区',
      kind: 'office',
      phones: [],
      note: '报道说外来人口在社区里就可以直接参加医保',
      cite: { section: `${report} 鹿城区医保服务中心负责人`, quote: '在社区里就可以直接参加医保' },
    },
    {
      id: 'school',
      name: '孩子就读的学校',
      kind: 'school',
      phones: [],
      note: '报道中的一所学校发放了参保指南，并设了志愿服务队答疑',
      cite: { section: `${report} 第二段`, quote: '学校也联合街道、医保部门设置志愿服务队,进行面对面答疑宣传' },
    },
    {
      id: 'zheliban',
      name: '“浙里办”',
      kind: 'online',
      phones: [],
      note: '报道里一位家长说在“浙里办”上绑定医保卡',
      cite: { section: `${report} 家长朱慧`, quote: '浙里办上绑定医保卡就可以直接用' },
    },
  ],
  // The report gives only 可达70%, the caps (基本医保 20万, 大病医保 38.55万) and 门诊最高1500: estimates are bounds.
  benefits: {
    notes: [],
    care: {
      inpatient: {
        label: '住院',
        notes: [],
        deductible: { notStated: true, what: '住院的起付线（每次住院先自付多少）', askAt: ['lc-center'] },
        ratio: {
          kind: 'up-to',
          percent: 70,
          cite: { section: `${report} 第三段`, quote: '住院报销比例可达到70%' },
        },
        cap: {
          amountFen: 20000000,
          per: '基本医保封顶',
          cite: { section: `${report} 第三段`, quote: '基本医保封顶20万元' },
        },
      },
      outpatient: {
        label: '门诊',
        notes: [],
        deductible: { notStated: true, what: '门诊的起付线', askAt: ['lc-center'] },
        ratio: { notStated: true, what: '门诊的报销比例', askAt: ['lc-center'] },
        cap: {
          amountFen: 150000,
          per: '门诊最高',
          cite: { section: `${report} 第三段`, quote: '门诊最高能报销1500元' },
        },
      },
      chronic: { notStated: true, what: '门诊慢特病怎样报销（报道没有写）', askAt: ['lc-center'] },
      accident: { notStated: true, what: '意外伤害看病怎样报销（报道没有写）', askAt: ['lc-center'] },
    },
    criticalIllness: {
      label: '大病医保',
      threshold: { notStated: true, what: '大病医保从个人负担多少钱开始报销', askAt: ['lc-center'] },
      brackets: { notStated: true, what: '大病医保的报销比例', askAt: ['lc-center'] },
      cap: {
        amountFen: 38550000,
        per: '大病医保封顶',
        cite: { section: `${report} 第三段`, quote: '大病医保封顶38.55万元' },
      },
    },
  },
  gaps: [
    {
      // The funding is for 辖区困难救助对象; the report says nothing of families aided elsewhere (or of 脱贫人口).
      id: 'aid-from-elsewhere',
      section: 'fee',
      fundingUnsaid: true,
      notStated: true,
      what: '在外地享受帮扶的孩子在鹿城参保有没有资助（报道只写了鹿城区自己的困难救助对象）',
      askAt: ['lc-center'],
      when: { aid: ['yes'], residency: ['permit', 'non-local', 'hmt'] },
    },
    {
      id: 'no-contacts',
      section: 'contacts',
      notStated: true,
      what: '鹿城区医保服务中心和社区的地址、电话（报道没有写）',
      askAt: ['school', 'community'],
    },
    {
      id: 'qr-code-where',
      section: 'pay',
      notStated: true,
      what: '税务缴费二维码在哪里拿到',
      askAt: ['community', 'school'],
      when: { residency: ['permit', 'non-local'] },
    },
    {
      id: 'where-to-register',
      section: 'register',
      notStated: true,
      what: '本地户籍或港澳台居民的孩子在哪里登记参保（报道只说外来人口在社区里就可以直接参保）',
      askAt: ['lc-center', 'school'],
      when: { residency: ['local', 'hmt'] },
    },
    {
      id: 'how-to-pay',
      section: 'pay',
      notStated: true,
      what: '本地户籍或港澳台居民的孩子用什么渠道缴费（报道只说外来人口通过税务的二维码扫码缴费）',
      askAt: ['lc-center', 'school'],
      when: { residency: ['local', 'hmt'] },
    },
  ],
};

export const wenzhouLucheng: RegionModule = {
  id: 'wenzhou-lucheng',
  name: '浙江省温州市鹿城区',
  shortName: '温州鹿城',
  province: '浙江省',
  // The long-distance prefix the app adds to the region's landlines and 12393 (national rule N3, not the local text).
  areaCode: '0577',
  years: [year2025],
};
