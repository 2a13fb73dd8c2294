import type { NotStated, PolicyYear, RegionModule } from '../model/types.ts';

// Source: 002_ff3ba2183b24c013.txt. The stored text has no title and no signature, so the issuer is given as the
// departments the notice itself names. Everything after its 工作要求 section (heating-fee adverts) is not policy.

const ALL_SCHOOL_STAGES = ['preschool', 'primary', 'junior', 'senior', 'vocational'] as const;
const NO_BENEFITS: NotStated = {
  notStated: true,
  what: '参保后看病能报销多少（通知说待遇标准见《城乡居民医保参保宣传单》，所存文本没有附上）',
  askAt: ['service-point'],
};

/** 2024年度: the rules of this year's source. A new year is added beside it (see README), never written over it. */
const year2024: PolicyYear = {
  label: '2024年度',
  // Benefits from 1 January to 31 December 2024 (居民医保's 年度 is the calendar year).
  covers: { from: '2024-01-01', to: '2024-12-31' },
  lastVerified: '2026-11-23',
  source: {
    file: '002_ff3ba2183b24c013.txt',
    issuer: '柳州市医保部门（所存文本未载标题和落款）',
    title: '在校学生参加2024年度城乡居民医保的通知（标题为本应用概括）',
    issued: '2023年（个人缴费截至2023年12月31日）',
    kind: 'official-notice',
  },
  confirmWith: ['service-point'],
  eligibility: [
    {
      id: 'scope',
      text: '柳州区域内各级各类全日制高等院校、科研院所、中等技术职业学校（含驻柳区直中职学校）、技工学校、中小学校、特殊教育学校的在校学生和幼儿园在册儿童，都在参保范围内。',
      cite: {
        section: '一、各类学生参保范围',
        quote:
          '柳州区域内各级各类全日制高等院校、科研院所、中等技术职业学校(含驻柳区直中职学校)、技工学校、中小学校、特殊教育学校在校学生和幼儿园在册儿童',
      },
    },
    {
      id: 'voluntary',
      text: '未满十八周岁的在校学生和入园儿童，要在家长知情、自愿和同意的前提下参保；学校（幼儿园）不得以入学、升学、评优评先等方式强制参保。',
      cite: { section: '二、参保原则', quote: '学校(幼儿园)不得以入学、升学、评优评先等变相方式强制学生参加居民医保' },
      when: { stage: [...ALL_SCHOOL_STAGES] },
    },
    {
      id: 'scope-by-school',
      text: '通知按就读学校划定参保范围，没有写户籍或居住证条件。',
      cite: { section: '一、各类学生参保范围', quote: '柳州区域内各级各类全日制高等院校' },
      when: { residency: ['permit', 'non-local', 'hmt'] },
    },
  ],
  stagesNotCovered: [
    {
      stages: ['newborn'],
      what: '这份通知只写了在校学生和幼儿园在册儿童，没有写新生儿怎样参保。',
      askAt: ['service-point'],
    },
  ],
  stopOtherCoverage: {
    sameProvince: { notStated: true, what: '在广西其他地方已参保的孩子，要不要、怎样先停保', askAt: ['service-point'] },
    otherProvince: { notStated: true, what: '在外省已参保的孩子，要不要、怎样先停保', askAt: ['service-point'] },
  },
  renewal: { notStated: true, what: '已在柳州参保的孩子续保要不要重新登记', askAt: ['service-point'] },
  register: [
    {
      id: 'register-at-service-point',
      text: '鼓励学生和家长在辖区医保服务点办理参保登记。中职、技工学校、中小学、特殊教育学校学生和幼儿园儿童，以居民个人（家庭）缴费为主参保。',
      cite: { section: '四、参保缴费流程（一）1', quote: '鼓励学生及家长在辖区医保服务点办理参保登记' },
      when: { stage: [...ALL_SCHOOL_STAGES] },
    },
    {
      id: 'college-at-registry',
      text: '大学生按属地原则，在学籍地自愿参保缴费；高校鼓励以学校为单位组织学生按学籍地整体参保。',
      cite: { section: '四、参保缴费流程（一）1；五、工作要求（一）4', quote: '大学生根据属地原则,在学籍地自愿参保缴费' },
      when: { stage: ['college'] },
    },
    {
      // Shown to every family, whatever the aid answer: the list is longer than the aid question's examples, and
      // only the parent can tell whether the child is on it. It names 柳州市 groups only. For aid = yes it is the
      // first step (须在待遇审批地), not the general 鼓励…辖区医保服务点.
      id: 'hardship-at-approval-place',
      firstFor: { aid: ['yes'] },
      text: '如果孩子属于柳州市城乡特殊、困难人员，须在待遇审批地办理参保登记。通知列出的人员有：城乡特困救助供养对象、孤儿、事实无人抚养儿童、城乡低保对象、城乡重度残疾人、农村独生子女户和双女结扎户的父母及子女、城乡低保边缘家庭中未满18周岁未成年人、防贫监测对象、脱贫人口等。不属于这些人员的，按上面的办法登记。',
      cite: {
        section: '四、参保缴费流程（一）2',
        quote:
          '属于柳州市城乡特殊、困难人员(城乡特困救助供养对象、孤儿、事实无人抚养儿童、城乡低保对象、城乡重度残疾人、农村独生子女户和双女结扎户的父母及子女、城乡低保边缘家庭中未满18周岁未成年人、防贫监测对象、脱贫人口等)的在校学生,须在待遇审批地办理参保登记',
      },
    },
    {
      id: 'regional-vocational-schools',
      text: '通知鼓励各驻柳区直中职（技工）学校以学校为单位，组织学生按学籍地整体参加居民医保。孩子在这类学校就读的，可以问学校是否统一组织参保。',
      cite: {
        section: '五、工作要求（一）4',
        quote:
          '各高等院校,各驻柳区直中职(技工)学校要配合医保和税务部门提供在校学生应参保人数底数,加强动员,统筹兼顾,鼓励以学校为单位组织学生按学籍地整体参加居民医保',
      },
      when: { stage: ['vocational'] },
    },
    {
      id: 'leaflet',
      text: '详细的参保缴费指南、待遇标准，以及柳州市各医保经办服务点、定点医疗机构的地址电话，见《城乡居民医保参保宣传单》。',
      cite: {
        section: '四、参保缴费流程（二）',
        quote:
          '详细的居民医保参保缴费指南及待遇标准、柳州市各医保经办服务点及各定点医疗机构地址电话、最新医保动态详见《城乡居民医保参保宣传单》',
      },
    },
  ],
  fee: {
    individual: {
      amountFen: 38000,
      per: '每人每年，按年度一次性缴纳',
      cite: { section: '三、缴费标准', quote: '2024年度居民医保个人缴费,按照每人每年380元的标准缴纳' },
    },
    subsidy: { notStated: true, what: '政府补助多少钱', askAt: ['service-point'] },
    fullyFunded: {
      notStated: true,
      what: '特殊、困难人员家庭的学生个人要交多少钱（通知只写了他们要在待遇审批地登记）',
      askAt: ['approval-place', 'service-point'],
    },
    notes: [],
  },
  payment: {
    notStated: true,
    what: '用什么渠道缴费（通知只说由税务部门组织征缴，缴费指南见《城乡居民医保参保宣传单》）',
    askAt: ['service-point'],
  },
  deadlines: [
    {
      id: 'pay-by',
      label: '2024年度个人缴费截止（按年度一次性缴纳）',
      rule: { kind: 'date', date: '2023-12-31' },
      cite: { section: '三、缴费标准', quote: '个人缴费应在2023年12月31日(含)前按年度一次性缴纳' },
    },
  ],
  afterEnrolment: {
    notStated: true,
    what: '参保后怎样看病、能报销多少（通知说待遇标准见《城乡居民医保参保宣传单》）',
    askAt: ['service-point'],
  },
  offices: [
    {
      id: 'service-point',
      name: '辖区医保服务点',
      kind: 'office',
      phones: [],
      note: '地址和电话见《城乡居民医保参保宣传单》',
      cite: { section: '四、参保缴费流程（一）1', quote: '鼓励学生及家长在辖区医保服务点办理参保登记' },
    },
    {
      id: 'approval-place',
      name: '待遇审批地（特殊、困难人员办理参保登记的地方）',
      kind: 'office',
      phones: [],
      cite: { section: '四、参保缴费流程（一）2', quote: '须在待遇审批地办理参保登记' },
    },
  ],
  // The notice sends parents to a leaflet for 待遇标准 and gives no benefit figure at all.
  benefits: {
    notes: [],
    care: {
      inpatient: NO_BENEFITS,
      outpatient: NO_BENEFITS,
      chronic: NO_BENEFITS,
      accident: NO_BENEFITS,
    },
    criticalIllness: NO_BENEFITS,
  },
  national: [{ fact: 'N1.1', section: 'register', when: { stage: [...ALL_SCHOOL_STAGES], residency: ['permit', 'non-local'] } }],
  gaps: [
    {
      id: 'no-contacts',
      section: 'contacts',
      notStated: true,
      what: '医保服务点的地址和电话（通知说见《城乡居民医保参保宣传单》，所存文本没有附上）',
      askAt: ['service-point'],
    },
    {
      // The 待遇审批地 rule names 柳州市 groups only; a family helped elsewhere is not told anything about it.
      id: 'aid-from-elsewhere',
      section: 'register',
      fundingUnsaid: true,
      notStated: true,
      what: '家里在外地（不是柳州市）享受低保、特困等帮扶的孩子，在柳州参保有没有资助、要不要另外办理（通知只写了柳州市城乡特殊、困难人员）',
      askAt: ['service-point'],
      when: { aid: ['yes'], residency: ['permit', 'non-local', 'hmt'] },
    },
    {
      id: 'hmt-documents',
      section: 'register',
      notStated: true,
      what: '港澳台居民的孩子参保要带什么证件',
      askAt: ['service-point'],
      when: { residency: ['hmt'] },
    },
  ],
};

export const liuzhou: RegionModule = {
  id: 'liuzhou',
  name: '广西壮族自治区柳州市',
  shortName: '柳州',
  province: '广西壮族自治区',
  // The long-distance prefix the app adds to the region's landlines and 12393 (national rule N3, not the local text).
  areaCode: '0772',
  years: [year2024],
};
