import type { PolicyYear, RegionModule } from '../model/types.ts';

// Source: 001_baec105100308373.txt (聊城市医疗保障局's letter for the 2024学年, paid 2023-09 to 2023-12-31).

/** 2024学年: the rules of this year's source. A new year is added beside it (see README), never written over it. */
const year2024: PolicyYear = {
  label: '2024学年',
  // Benefits from 1 January to 31 December 2024 (the 学年 the notice collects in September–December of the year before).
  covers: { from: '2024-01-01', to: '2024-12-31' },
  lastVerified: '2026-11-23',
  source: {
    file: '001_baec105100308373.txt',
    issuer: '聊城市医疗保障局',
    title: '致市属学生儿童及家长们的一封信',
    issued: '2023年（2024学年缴费期为2023年9月至12月底）',
    kind: 'official-letter',
  },
  confirmWith: ['lc-ybj', 'dcf-tax'],
  eligibility: [
    {
      id: 'scope-schools',
      text: '聊城市行政区域内高中、中专、技校、职校、特殊学校、初中、小学等各类学校的全日制在校学生和托幼机构儿童，都在参保范围内。',
      cite: {
        section: '一、参保范围',
        quote: '我市行政区域内所有高中、中专、技校、职校、特殊学校、初中、小学等各类学校的全日制在校学生、托幼机构儿童',
      },
      when: { stage: ['preschool', 'primary', 'junior', 'senior', 'vocational'] },
    },
    {
      id: 'scope-college',
      text: '驻聊城的全日制普通高等学校（包括独立学院、职业院校）、技师学院的全日制本专科生、全日制研究生、博士生，都在参保范围内。',
      cite: {
        section: '一、参保范围',
        quote:
          '驻我市的各类全日制普通高等学校（包括独立学院、职业院校）、技师学院中接受高等学历、技术教育的全日制本专科生、全日制研究生、博士生',
      },
      when: { stage: ['college'] },
    },
    {
      id: 'scope-by-school',
      text: '这封信按就读学校划定参保范围，没有写户籍或居住证条件。',
      cite: { section: '一、参保范围', quote: '我市行政区域内所有高中、中专、技校、职校、特殊学校、初中、小学等各类学校的全日制在校学生' },
      when: { residency: ['permit', 'non-local', 'hmt'] },
    },
  ],
  stagesNotCovered: [
    {
      stages: ['newborn'],
      what: '这封信只写了在校学生和托幼机构儿童，没有写新生儿怎样参保。',
      askAt: ['lc-ybj'],
    },
  ],
  stopOtherCoverage: {
    sameProvince: { notStated: true, what: '在山东省内其他地方已参保的孩子，要不要、怎样先停保', askAt: ['lc-ybj'] },
    otherProvince: { notStated: true, what: '在外省已参保的孩子，要不要、怎样先停保', askAt: ['lc-ybj'] },
  },
  renewal: [
    {
      id: 'renew-through-school',
      text: '学校统计本校参保学生名单，医保部门据此集中办理在校学生的新增、变更等参保登记。',
      cite: {
        section: '三、缴费步骤 1',
        quote: '由学校统计汇总本校参保学生名单，医保部门根据学校提供的名单，集中办理在校学生的新增、变更等参保登记业务',
      },
    },
  ],
  register: [
    {
      id: 'school-list',
      text: '集中参保登记期（10月31日前）：由学校统计汇总本校参保学生名单，医保部门根据名单集中办理登记。这一阶段不缴费。',
      cite: { section: '三、缴费步骤 1', quote: '集中参保登记期（10月31日前）：由学校统计汇总本校参保学生名单' },
    },
    {
      id: 'data-check',
      text: '参保信息核对期（10月31日前）：医保部门把登记信息交给税务部门，核对无误后作为缴费的“基础数据”。',
      cite: { section: '三、缴费步骤 2', quote: '参保信息核对期（10月31日前）：医保部门将所有已经完成的参保登记信息，统一提供给税务部门' },
    },
    {
      id: 'pay-period',
      text: '集中缴费期（11月1日至12月底）：税务部门根据“基础数据”开展缴费。',
      cite: { section: '三、缴费步骤 3', quote: '集中缴费期（11月1日至12月底）：税务部门根据“基础数据”开展缴费业务' },
    },
  ],
  fee: {
    individual: {
      amountFen: 36000,
      per: '在2023年9月至12月底缴纳2024学年居民医保费的在校学生（含托幼机构儿童），每人',
      cite: { section: '二、缴费标准', quote: '凡是在2023年9月至12月底缴纳2024学年居民医保费的，在校学生（含托幼机构儿童）个人缴费360元' },
    },
    subsidy: {
      notStated: true,
      what: '政府每年补助多少钱（信中只说国家每年补助大部分医保费，没有写金额）',
      askAt: ['lc-ybj'],
    },
    fullyFunded: {
      groups: '各类政府资助人员（脱贫享受政策人员、低保对象、特困人员、孤儿等）个人暂不缴费',
      cite: { section: '二、缴费标准', quote: '各类政府资助人员（指脱贫享受政策人员、低保对象、特困人员、孤儿等）个人暂不缴费' },
    },
    notes: [],
  },
  payment: [
    {
      id: 'school-collective',
      name: '学校集中缴费',
      steps: [],
      cite: { section: '四、缴费方式', quote: '缴费分为学校集中缴费和个人自助缴费两种形式' },
    },
    {
      id: 'wechat-mini-program',
      name: '微信“山东税务社保费缴纳”小程序',
      steps: ['微信搜索“山东税务社保费缴纳”小程序', '实名认证', '自助缴费'],
      cite: { section: '四、缴费方式 1', quote: '微信搜索“山东税务社保费缴纳”微信小程序实名认证后自助缴费' },
    },
    {
      id: 'wechat-pay-services',
      name: '微信“生活缴费”',
      steps: ['微信点“我”', '支付', '生活缴费', '社保医保', '山东省城乡居民医疗保险', '自助缴费'],
      cite: { section: '四、缴费方式 1', quote: '微信选择“我-支付-生活缴费-社保医保-山东省城乡居民医疗保险”自助缴费' },
    },
    {
      id: 'alipay',
      name: '支付宝“社保费缴纳”',
      steps: ['支付宝搜索“社保费缴纳”', '点击“社保费缴纳-聊城市（市民中心）”', '选择“使用服务”', '进入“山东税务社保费缴纳”', '自助缴费'],
      cite: {
        section: '四、缴费方式 2',
        quote: '支付宝搜索“社保费缴纳”，点击社保费缴纳-聊城市（市民中心），选择使用服务，进入“山东税务社保费缴纳”自助缴费',
      },
    },
    {
      id: 'etax-app',
      name: '“山东省税务局”电子税务局APP',
      steps: ['下载“山东省税务局”电子税务局APP', '自然人注册并登录', '首页选择“社保费”', '自助缴费'],
      cite: { section: '四、缴费方式 3', quote: '下载“山东省税务局”电子税务局APP，进行自然人注册登录，选择首页社保费，进行自助缴费' },
    },
    {
      id: 'unionpay-account',
      name: '“银联商务山东分公司服务号”',
      steps: ['微信关注“银联商务山东分公司服务号”', '点击右下角“社保缴费”', '完成自助缴费'],
      cite: { section: '四、缴费方式 4', quote: '微信关注“银联商务山东分公司服务号”，点击右下角“社保缴费”，完成自助缴费' },
    },
  ],
  deadlines: [
    {
      id: 'registration',
      label: '集中参保登记期截止（学校统计名单）',
      rule: { kind: 'date', date: '2023-10-31' },
      cite: { section: '三、缴费步骤 1', quote: '集中参保登记期（10月31日前）' },
    },
    {
      id: 'payment-window',
      label: '集中缴费期',
      rule: { kind: 'window', from: '2023-11-01', to: '2023-12-31' },
      // The year comes from 二、缴费标准 ("在2023年9月至12月底缴纳2024学年居民医保费").
      cite: { section: '三、缴费步骤 3；四、缴费方式', quote: '集中缴费期（11月1日至12月底）' },
    },
  ],
  afterEnrolment: [
    {
      id: 'inpatient-registration',
      text: '需要住院时，带本人社保卡、身份证、户口本等身份证明，在市内任选一所定点医院住院，并到医院医保办公室办理医保住院登记。',
      cite: {
        section: '六、就医结算',
        quote: '可持本人社保卡、身份证、户口本等身份证明，在市内任选一所定点医院住院治疗，并到医院医保办公室办理医保住院登记手续',
      },
    },
    {
      id: 'direct-settlement',
      text: '出院时通过医保网络直接结算（含大病保险报销），只需交个人应负担的部分。',
      cite: { section: '六、就医结算', quote: '出院时通过医保网络直接结算（含大病保险报销），患者只需缴纳个人应负担部分' },
    },
    {
      id: 'outpatient-primary-care',
      text: '在基层定点医疗机构看的合规普通门诊费用纳入报销范围。',
      cite: { section: '五、医保待遇 3', quote: '参保学生在基层定点医疗机构发生的符合规定普通门诊费用纳入报销范围' },
    },
  ],
  offices: [
    {
      id: 'school',
      name: '孩子就读的学校',
      kind: 'school',
      phones: [],
      note: '学校统计汇总本校参保学生名单',
      cite: { section: '三、缴费步骤 1', quote: '由学校统计汇总本校参保学生名单' },
    },
    {
      id: 'lc-ybj',
      name: '聊城市医疗保障局',
      kind: 'office',
      phones: [{ areaCode: '0635', number: '2189313' }],
      cite: { section: '六、就医结算 之后', quote: '聊城市医疗保障局2189313' },
    },
    {
      id: 'dcf-tax',
      name: '国家税务总局东昌府区税务局',
      kind: 'office',
      phones: [
        { areaCode: '0635', number: '2112366' },
        { areaCode: '0635', number: '2999636' },
      ],
      cite: { section: '六、就医结算 之后', quote: '国家税务总局东昌府区税务局2112366或2999636' },
    },
    {
      id: 'hotline-12366',
      name: '12366纳税服务热线',
      kind: 'hotline',
      phones: [{ number: '12366' }],
      cite: { section: '六、就医结算 之后', quote: '也可拨打“12366”纳税服务热线咨询' },
    },
  ],
  // 五、医保待遇: the full table, so every estimate here is exact (see ../estimate.ts for how 个人负担 is read).
  benefits: {
    notes: [],
    care: {
      inpatient: {
        label: '住院',
        notes: [],
        deductible: {
          kind: 'by-level',
          firstAdmissionFen: { level1: 20000, level1Public: 10000, level2: 50000, level3: 90000 },
          laterAdmissions: [
            {
              fromAdmission: 2,
              percentOfFirst: 50,
              cite: { section: '五、医保待遇 1.住院', quote: '第二次住院，起付标准减半' },
            },
            {
              fromAdmission: 3,
              percentOfFirst: 0,
              cite: { section: '五、医保待遇 1.住院', quote: '第三次住院起，没有起付标准' },
            },
          ],
          cite: {
            section: '五、医保待遇 1.住院',
            quote:
              '一个保险年度内首次住院的，起付标准分别为：一级医院200元（一级公立定点医疗机构起付线100元），二级医院500元，三级医院900元',
          },
        },
        ratio: {
          kind: 'by-level',
          levels: {
            level1: { kind: 'exact', percent: 80 },
            level1Public: { kind: 'exact', percent: 90 },
            level2: { kind: 'exact', percent: 70 },
            level3: { kind: 'exact', percent: 60 },
          },
          cite: {
            section: '五、医保待遇 1.住院',
            quote: '在一、二、三级医院发生的住院医疗费用，报销比例分别为80％（一级公立定点医疗机构报销比例为90%）、70％、60％',
          },
        },
        cap: {
          amountFen: 12000000,
          per: '一个保险年度内',
          cite: { section: '五、医保待遇 1.住院', quote: '一个保险年度内，参保的学生和少年儿童因病住院，医保基金最高报销额12万元' },
        },
      },
      outpatient: {
        label: '普通门诊',
        notes: [
          {
            id: 'primary-care-only',
            text: '参保学生在基层定点医疗机构发生的、符合规定的普通门诊费用纳入报销范围。',
            cite: { section: '五、医保待遇 3.普通门诊', quote: '参保学生在基层定点医疗机构发生的符合规定普通门诊费用纳入报销范围' },
          },
        ],
        deductible: {
          kind: 'none',
          cite: { section: '五、医保待遇 3.普通门诊', quote: '符合规定普通门诊费用纳入报销范围，不设起付线' },
        },
        ratio: {
          kind: 'exact',
          percent: 50,
          cite: { section: '五、医保待遇 3.普通门诊', quote: '不设起付线，报销比例50%' },
        },
        cap: {
          amountFen: 20000,
          per: '一个年度内累计',
          cite: { section: '五、医保待遇 3.普通门诊', quote: '报销比例50%，一个年度内累计报销限额200元' },
        },
      },
      chronic: {
        label: '门诊慢特病',
        notes: [
          {
            id: 'chronic-diseases',
            text: '恶性肿瘤门诊治疗、尿毒症透析治疗、组织或器官移植抗排异治疗、白血病、血友病等规定病种的门诊费用纳入医保基金支付范围。',
            cite: {
              section: '五、医保待遇 2.门诊慢特病',
              quote: '恶性肿瘤门诊治疗、尿毒症透析治疗、组织或器官移植抗排异治疗、白血病、血友病等其他规定病种纳入医保基金支付范围',
            },
          },
        ],
        deductible: {
          kind: 'none',
          cite: { section: '五、医保待遇 2.门诊慢特病', quote: '门诊发生的病种相关医疗费报销65%，不设起付标准' },
        },
        ratio: {
          kind: 'exact',
          percent: 65,
          cite: { section: '五、医保待遇 2.门诊慢特病', quote: '门诊发生的病种相关医疗费报销65%' },
        },
        cap: { notStated: true, what: '门诊慢特病每年最多报销多少（信中没有写限额）', askAt: ['lc-ybj'] },
      },
      accident: {
        label: '意外伤害门急诊',
        notes: [],
        deductible: {
          kind: 'fixed',
          amountFen: 10000,
          cite: {
            section: '五、医保待遇 3.普通门诊（意外伤害）',
            quote: '参保学生因意外伤害发生的门急诊医疗费用，合规费用超过100元以上的部分',
          },
        },
        ratio: {
          kind: 'exact',
          percent: 90,
          cite: { section: '五、医保待遇 3.普通门诊（意外伤害）', quote: '合规费用超过100元以上的部分，由医保基金报销90%' },
        },
        cap: {
          amountFen: 100000,
          per: '一个年度内',
          cite: { section: '五、医保待遇 3.普通门诊（意外伤害）', quote: '由医保基金报销90%，一个年度内报销限额1000元' },
        },
      },
    },
    criticalIllness: {
      label: '居民大病保险',
      threshold: {
        amountFen: 1100000,
        cite: {
          section: '五、医保待遇 4.居民大病保险',
          quote: '对经居民基本医保报销后的政策范围内医疗费用，个人负担超过1.1万元以上的合规医疗费可享受大病保险二次报销',
        },
      },
      brackets: {
        brackets: [
          { fromFen: 1100000, toFen: 10000000, percent: 60 },
          { fromFen: 10000000, toFen: 20000000, percent: 65 },
          { fromFen: 20000000, toFen: 30000000, percent: 70 },
          { fromFen: 30000000, percent: 75 },
        ],
        cite: {
          section: '五、医保待遇 4.居民大病保险',
          quote:
            '1.1（含）万元以上、10万元以下的报销60%，10万元以上（含）、20万元以下报销65%，20万元以上（含）、30万元以下报销70%，30万元（含）以上报销75%',
        },
      },
      cap: {
        amountFen: 40000000,
        per: '一个年度内，每人',
        cite: { section: '五、医保待遇 4.居民大病保险', quote: '一个年度内，每人最高报销40万元' },
      },
      unnamedCare: {
        notStated: true,
        care: ['outpatient', 'accident'],
        what: '居民大病保险是否也报普通门诊、意外伤害门急诊的费用（信中没有写它管哪些看病）',
        askAt: ['lc-ybj'],
      },
    },
  },
  national: [
    {
      fact: 'N1.1',
      section: 'register',
      when: { stage: ['preschool', 'primary', 'junior', 'senior', 'vocational'], residency: ['permit', 'non-local'] },
    },
  ],
  gaps: [
    {
      // 个人暂不缴费 is said of 各类政府资助人员 in the letter; nothing of families aided outside 聊城.
      id: 'aid-from-elsewhere',
      section: 'fee',
      fundingUnsaid: true,
      notStated: true,
      what: '在外地享受帮扶的孩子在聊城参保是否也个人暂不缴费（信中只写了各类政府资助人员）',
      askAt: ['lc-ybj'],
      when: { aid: ['yes'], residency: ['permit', 'non-local', 'hmt'] },
    },
    {
      id: 'no-addresses',
      section: 'contacts',
      notStated: true,
      what: '医保局和税务局的办公地址（信中只给了电话）',
      askAt: ['lc-ybj'],
    },
    {
      id: 'late-payment',
      section: 'deadlines',
      notStated: true,
      what: '错过12月底的集中缴费期以后还能不能补缴、从什么时候开始享受待遇',
      askAt: ['lc-ybj', 'hotline-12366'],
    },
    {
      id: 'hmt-documents',
      section: 'register',
      notStated: true,
      what: '港澳台居民的孩子参保要带什么证件',
      askAt: ['lc-ybj'],
      when: { residency: ['hmt'] },
    },
  ],
};

export const liaocheng: RegionModule = {
  id: 'liaocheng',
  name: '山东省聊城市',
  shortName: '聊城',
  province: '山东省',
  // The long-distance prefix the app adds to the region's landlines and 12393 (national rule N3, not the local text).
  areaCode: '0635',
  years: [year2024],
};
