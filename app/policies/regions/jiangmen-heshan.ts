import type { Office, PolicyYear, RegionModule } from '../model/types.ts';

// Source: 000_23066ae4d9edbc9a.txt. The capture replaced some words with a lottery site's name (in the title and
// in "可…通办"); those words are lost, so the title keeps an ellipsis and "可…通办" is not used at all.
const letter = '公开信';
const guide = '在校学生参保就医指引';
const table = '鹤山市各镇街公共服务中心(沙坪街道人社所)联系方式';
/** The letter says 江门市医疗保障局 explains the detailed rules; it names its 公众号 and 粤医保 for details. */
const BENEFIT_ASK = ['jiangmen-ybj', 'yueyibao'];

const centre = (id: string, name: string, address: string, number: string): Office => ({
  id,
  name,
  kind: 'office',
  address: `鹤山市${address}`,
  phones: [{ areaCode: '0750', number }],
  cite: { section: table, quote: `${name} ${address} ${number}` },
});

export const CENTRE_IDS = [
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
] as const;

/** 2024年度: the rules of this year's source. A new year is added beside it (see README), never written over it. */
const year2024: PolicyYear = {
  label: '2024年度',
  // Benefits from 1 January to 31 December 2024 (居民医保's 年度 is the calendar year).
  covers: { from: '2024-01-01', to: '2024-12-31' },
  lastVerified: '2026-11-23',
  source: {
    file: '000_23066ae4d9edbc9a.txt',
    issuer: '鹤山市医疗保障局',
    title: '致…中小学、幼儿园学生及家长的公开信；在校学生参保就医指引',
    issued: '2023年9月',
    kind: 'official-letter',
  },
  confirmWith: ['jiangmen-ybj', 'yueyibao'],
  eligibility: [
    {
      id: 'pupils-where-they-study',
      text: '在江门市中小学、幼儿园就读的学生（含非本市户籍学生），都可以在就读地参加居民医保，享受同等待遇。',
      cite: {
        section: `${letter} 第二段`,
        quote: '在江门市中小学、幼儿园就读的学生含非本市户籍学生),均可在就读地参加居民医保并享受同等待遇',
      },
    },
    {
      id: 'non-local-no-permit-needed',
      text: '公开信写明非本市户籍学生也可以在就读地参保，没有提到需要居住证。',
      cite: { section: `${letter} 第二段`, quote: '含非本市户籍学生),均可在就读地参加居民医保' },
      when: { residency: ['permit', 'non-local'] },
    },
  ],
  stagesNotCovered: [
    {
      stages: ['newborn', 'vocational', 'college'],
      what: '这份公开信和指引只写了中小学、幼儿园学生，没有写新生儿、中职学生和大学生怎样参保。',
      askAt: ['jiangmen-ybj', 'yueyibao', ...CENTRE_IDS],
    },
  ],
  stopOtherCoverage: {
    sameProvince: [
      {
        id: 'stop-via-yueyibao',
        text: '居民医保不得重复参保。在广东省内（江门市以外）已参保的学生，先通过“粤医保”微信小程序办理停保手续，避免之后退费手续繁琐。',
        cite: {
          section: `${letter} 三；${guide}（一）`,
          quote: '居民医保不得重复参保,在江门市以外地区已参保的学生首先通过“粤医保”微信小程序办理停保手续',
        },
      },
    ],
    otherProvince: [
      {
        id: 'stop-at-origin',
        text: '居民医保不得重复参保。在广东省外已参保的学生，按原参保地的线上或线下渠道办理停保手续。',
        cite: { section: `${letter} 三；${guide}（一）`, quote: '广东省外已参保的学生按原参保地线上线下渠道办理停保手续' },
      },
    ],
  },
  renewal: [
    {
      id: 'renew-auto-debit',
      text: '往年已参保的学生：家长在代扣银行存足医保费，等待自动扣费；或者自己通过“粤医保”“粤税通”小程序在线缴费。',
      cite: {
        section: `${guide} 开头`,
        quote: '往年已参保的学生,请家长在代扣银行存足医保费等待自动扣费或由个人通过“粤医保”“粤税通小程序在线缴费',
      },
    },
  ],
  register: [
    {
      id: 'register-at-centre',
      text: '9月1日后，到鹤山市各镇街公共服务中心（沙坪街道是人社所）办理医保参保登记和缴费代扣服务。',
      cite: {
        section: `${guide}（二）`,
        quote: '9月1日后,未参保的学生家长可到鹤山市各镇街公共服务中心(沙坪街道人社所)办理医保参保登记和缴费代扣服务',
      },
      when: { insured: ['none', 'same-province', 'other-province', 'unsure'] },
    },
    {
      // 公开信 三 is not limited to non-local pupils: any student insured outside 江门 stops there, then enrols here.
      id: 'insured-elsewhere-then-enrol',
      text: '在江门市以外已参保的学生，先办好停保手续，然后在9月1日后到鹤山市各镇街公共服务中心办理参保缴费。',
      cite: { section: `${letter} 三`, quote: '然后在今年9月1日后在鹤山市各镇街公共服务中心办理参保缴费' },
      when: { insured: ['same-province', 'other-province', 'unsure'] },
    },
  ],
  fee: {
    individual: {
      amountFen: 40600,
      per: '每人每年',
      cite: { section: `${letter} 一`, quote: '2024年江门市居民医保个人缴费标准406元/人/年' },
    },
    subsidy: {
      amountFen: 64000,
      per: '每人每年',
      cite: { section: `${letter} 一`, quote: '财政补贴640元/人/年' },
    },
    fullyFunded: {
      notStated: true,
      what: '低保、特困、孤儿等困难家庭的孩子能否减免个人缴费',
      askAt: [...CENTRE_IDS],
    },
    notes: [],
  },
  payment: [
    {
      id: 'bank-auto-debit',
      name: '代扣银行自动扣费',
      steps: ['在代扣银行的账户里存足医保费', '等待银行自动扣费'],
      cite: { section: `${guide} 开头`, quote: '请家长在代扣银行存足医保费等待自动扣费' },
      when: { insured: ['here'] },
    },
    {
      id: 'yueyibao-pay',
      name: '“粤医保”微信小程序在线缴费',
      steps: [],
      cite: { section: `${guide} 开头`, quote: '由个人通过“粤医保”“粤税通小程序在线缴费' },
      when: { insured: ['here'] },
    },
    {
      id: 'yueshuitong-pay',
      name: '“粤税通”小程序在线缴费',
      steps: [],
      cite: { section: `${guide} 开头`, quote: '由个人通过“粤医保”“粤税通小程序在线缴费' },
      when: { insured: ['here'] },
    },
    {
      id: 'centre-debit',
      name: '到镇街公共服务中心办理缴费代扣',
      steps: ['9月1日后到孩子所在镇街的公共服务中心（沙坪街道人社所）', '办理医保参保登记和缴费代扣服务'],
      cite: { section: `${guide}（二）`, quote: '可到鹤山市各镇街公共服务中心(沙坪街道人社所)办理医保参保登记和缴费代扣服务' },
      when: { insured: ['none', 'same-province', 'other-province', 'unsure'] },
    },
    {
      id: 'yueshuitong-check',
      name: '在“粤税通”查询是否缴费成功',
      purpose: 'check',
      steps: [
        '打开“粤税通”微信小程序',
        '点击“城乡居民社保”',
        '点击“城乡居民社保查询”',
        '【税款所属期起】选 2024-01-01（原文以2024年度为例）',
        '【税款所属期止】选 2024-12-31',
        '点击【查询】',
      ],
      cite: {
        section: `${guide}（三）`,
        quote: '参加2024年城乡居民医疗保险选择【税款所属期起】为2024-01-01;【税款所属期止】为2024-12-31→【查询】',
      },
    },
  ],
  deadlines: [
    {
      id: 'collection-opens',
      label: '2024年度集中参保缴费开始',
      rule: { kind: 'window', from: '2023-09-01' },
      cite: { section: `${guide} 开头`, quote: '2024年度江门市城乡居民医保集中参保缴费将于2023年9月1日开始' },
    },
  ],
  afterEnrolment: [
    {
      id: 'see-doctor-documents',
      text: '看病时带学生身份证明（户口本、港澳台居住证或护照）和医保电子凭证，就能享受住院、门诊医保报销。有个人微信的学生可以在“粤医保”小程序激活本人的医保电子凭证。',
      cite: { section: `${guide}（四）1`, quote: '凭学生身份证明(户口本、港澳台居住证、护照)、医保电子凭证' },
    },
    {
      id: 'outpatient-point',
      text: '看普通门诊之前，可以在“粤医保”微信小程序（需要本人微信认证）或到定点医疗机构服务窗口办理“普通门诊选点”登记。普通门诊每年最多报销350元；住院不用选定点医疗机构。',
      cite: {
        section: `${guide}（四）2`,
        quote: '普通门诊就诊前,可在“粤医保”微信小程序(需本人微信认证)或到定点医疗机构服务窗口办理“普通门诊选点”登记',
      },
    },
    {
      id: 'one-stop-settlement',
      text: '江门市所有基本医疗保险定点医疗机构都已实现“一站式”即时结算，不用垫付医疗费用。',
      cite: {
        section: `${letter} 第四项（原文序号缺失）`,
        quote: '学校所在的江门市所有基本医疗保险定点医疗机构已实现“一站式”即时结算,不用垫付医疗费用',
      },
    },
    {
      id: 'holiday-cross-region',
      text: '寒暑假要离开广东省的，按规定办理异地就医备案后，可以在备案地和参保地双向享受医保待遇；在广东省内不用备案。',
      cite: {
        section: `${letter} 第四项（原文序号缺失）`,
        quote: '学生参保人按规定办理异地就医备案手续后(广东省内无需办理),寒暑假在外时可以在备案地和参保地双向享受医保待遇',
      },
    },
  ],
  offices: [
    centre('shaping', '沙坪街道人力资源和社会保障服务所', '沙坪街道新城路302号', '8888770'),
    centre('gulao', '古劳镇公共服务中心', '古劳镇三连工业区三区2号', '8761233'),
    centre('longkou', '龙口镇公共服务中心', '龙口镇金华路7号', '8738396'),
    centre('yayao', '雅瑶镇公共服务中心', '雅瑶镇兴雅路171号', '8282121'),
    centre('taoyuan', '桃源镇公共服务中心', '桃源镇桃源大道北17号', '8211319'),
    centre('hecheng', '鹤城镇公共服务中心', '鹤城镇鹤城大道68号', '8398903'),
    centre('gonghe', '共和镇公共服务中心', '共和镇共建路427号', '8308990'),
    centre('zhishan', '址山镇公共服务中心', '址山镇教育路1号', '8315892'),
    centre('zhaiwu', '宅梧镇公共服务中心', '宅梧镇梧岗中路55号', '8633429'),
    centre('shuanghe', '双合镇公共服务中心', '双合镇府前路33号', '8636166'),
    {
      id: 'jiangmen-ybj',
      name: '江门市医疗保障局公众号',
      kind: 'online',
      phones: [],
      note: '在微信里搜索并关注；具体医保政策以江门市医疗保障局发布和解释为准',
      cite: { section: `${letter} 结尾`, quote: '具体医保政策以江门市医疗保障局发布和解释为准,详情可关注' },
    },
    {
      id: 'yueyibao',
      name: '“粤医保”微信小程序',
      kind: 'online',
      phones: [],
      note: '在微信里搜索“粤医保”小程序',
      cite: { section: `${letter} 结尾`, quote: '“粤医保”微信小程序' },
    },
  ],
  // 公开信 二 gives only ceilings (高达85% / 75%) and annual caps, so estimates here are bounds; no 大病保险 rule.
  benefits: {
    notes: [],
    care: {
      inpatient: {
        label: '住院',
        notes: [
          {
            id: 'inpatient-any-hospital',
            text: '住院不用事先选定点医疗机构。',
            cite: { section: `${guide}（四）2`, quote: '住院无须选定点医疗机构' },
          },
        ],
        deductible: { notStated: true, what: '住院的起付线（每次住院先自付多少）', askAt: BENEFIT_ASK },
        ratio: {
          kind: 'up-to',
          percent: 85,
          cite: { section: `${letter} 二`, quote: '住院待遇,每年累计最高支付限额为54万元,报销比例高达85%' },
        },
        cap: {
          amountFen: 54000000,
          per: '每年累计',
          cite: { section: `${letter} 二`, quote: '住院待遇,每年累计最高支付限额为54万元' },
        },
      },
      outpatient: {
        label: '普通门诊',
        notes: [
          {
            id: 'choose-outpatient-point',
            text: '看普通门诊之前，可以办理“普通门诊选点”登记。',
            cite: {
              section: `${guide}（四）2`,
              quote: '普通门诊就诊前,可在“粤医保”微信小程序(需本人微信认证)或到定点医疗机构服务窗口办理“普通门诊选点”登记',
            },
          },
          {
            id: 'colds-covered',
            text: '感冒发烧也可以报销。',
            cite: { section: `${letter} 二`, quote: '感冒发烧也可报销' },
          },
        ],
        deductible: {
          kind: 'none',
          cite: { section: `${letter} 二`, quote: '普通门诊待遇,每年累计最高支付限额为350元,不设起付线' },
        },
        ratio: {
          kind: 'up-to',
          percent: 75,
          cite: { section: `${letter} 二`, quote: '不设起付线,报销比例高达75%' },
        },
        cap: {
          amountFen: 35000,
          per: '每年累计',
          cite: { section: `${letter} 二`, quote: '普通门诊待遇,每年累计最高支付限额为350元' },
        },
      },
      chronic: {
        label: '门诊特定病种',
        notes: [
          {
            id: 'special-diseases',
            text: '门诊特定病种共57种，包括常见病和慢性病。',
            cite: { section: `${letter} 二`, quote: '门诊特定病种待遇,共设有常见病、慢性病病种57种' },
          },
        ],
        deductible: {
          kind: 'none',
          cite: { section: `${letter} 二`, quote: '慢性病病种57种,不设起付线' },
        },
        ratio: {
          kind: 'up-to',
          percent: 85,
          cite: { section: `${letter} 二`, quote: '慢性病病种57种,不设起付线,报销比例高达85%' },
        },
        cap: { notStated: true, what: '门诊特定病种每年最多报销多少（公开信没有写限额），以及57种病种具体是哪些', askAt: BENEFIT_ASK },
      },
      accident: { notStated: true, what: '意外伤害看病怎样报销（公开信和指引都没有写）', askAt: BENEFIT_ASK },
    },
    criticalIllness: { notStated: true, what: '大病保险怎样二次报销（起付标准、比例和限额，公开信和指引都没有写）', askAt: BENEFIT_ASK },
  },
  gaps: [
    {
      id: 'no-closing-date',
      section: 'deadlines',
      notStated: true,
      what: '集中参保缴费什么时候截止（来源只写了2023年9月1日开始）',
      askAt: ['jiangmen-ybj', ...CENTRE_IDS],
    },
    {
      id: 'hmt-enrolment',
      section: 'register',
      notStated: true,
      what: '港澳台居民的孩子参保要带什么材料（指引只把港澳台居住证列为看病时的身份证明）',
      askAt: [...CENTRE_IDS],
      when: { residency: ['hmt'] },
    },
    {
      id: 'local-route',
      section: 'register',
      notStated: true,
      what: '没有在别处参保的本地户籍学生第一次参保，是否也到镇街公共服务中心办理（指引按步骤写的是非本地户籍学生的参保流程）',
      askAt: [...CENTRE_IDS],
      when: { residency: ['local'], insured: ['none', 'unsure'] },
    },
  ],
};

export const jiangmenHeshan: RegionModule = {
  id: 'jiangmen-heshan',
  name: '广东省江门市鹤山市',
  shortName: '鹤山',
  province: '广东省',
  // The long-distance prefix the app adds to the region's landlines and 12393 (national rule N3, not the local text).
  areaCode: '0750',
  years: [year2024],
};
