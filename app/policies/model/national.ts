// National rules and channels that hold in every region. Unlike a region module, these are not quotes: they are
// our own summary (`national.md` beside the seeds) of the documents named here, so the app must present them as
// "据…概括" (a summary), citing the document or body, never as a source's words. A local text that says more wins.

export const NATIONAL_FACT_IDS = ['N1.1', 'N1.2', 'N1.3', 'N1.4', 'N2', 'N3', 'N4', 'N5'] as const;
export type NationalFactId = (typeof NATIONAL_FACT_IDS)[number];

/** Where a national fact comes from: the entry of `national.md` and the document or body it summarises. */
export interface NationalCitation {
  /** The entry of `national.md`, e.g. "N1.2"; checked against that file by the quote check. */
  entry: NationalFactId;
  /** The document or body, by name, e.g. "国务院办公厅《关于健全基本医疗保险参保长效机制的指导意见》(国办发〔2024〕38号)". */
  document: string;
  /** Always true: the words are the app's summary, not the document's. */
  summary: true;
}

export interface NationalFact {
  id: NationalFactId;
  /** The app's summary, in plain words for a parent. */
  text: string;
  cite: NationalCitation;
}

const GUIDANCE_2024_38 = '国务院办公厅《关于健全基本医疗保险参保长效机制的指导意见》（国办发〔2024〕38号）';
const NHSA = '国家医疗保障局';

const cite = (entry: NationalFactId, document: string): NationalCitation => ({ entry, document, summary: true });

export const NATIONAL_FACTS: Record<NationalFactId, NationalFact> = {
  'N1.1': {
    id: 'N1.1',
    text: '国家推动户籍在外地的中小学生和学龄前儿童在常住地参加居民医保，并放宽在居住地、工作地参保的户籍限制。具体怎样办，以当地规定为准。',
    cite: cite('N1.1', GUIDANCE_2024_38),
  },
  'N1.2': {
    id: 'N1.2',
    text: '从2025年起，除新生儿等特殊人群外，在集中参保期以外参保，或居民医保断缴后再参保的，要等3个月的固定待遇等待期才能报销；断缴的，每多断一年再加1个月（可通过缴费修复缩短）。哪些人群可以不等，由当地规定。',
    cite: cite('N1.2', GUIDANCE_2024_38),
  },
  'N1.3': {
    id: 'N1.3',
    text: '从2025年起，连续参加居民医保满4年后，每再连续参保1年，大病保险最高支付限额至少提高1000元；当年没有报销过的，下一年大病保险最高支付限额至少提高1000元。具体金额由当地定。',
    cite: cite('N1.3', GUIDANCE_2024_38),
  },
  'N1.4': {
    id: 'N1.4',
    text: '父母的职工医保个人账户可以用来给孩子缴纳居民医保个人缴费部分，也可以支付孩子在定点医疗机构、定点药店就医购药个人负担的费用。怎样绑定、在哪里办，由当地规定。',
    cite: cite('N1.4', `${GUIDANCE_2024_38}；四川省医疗保障局公开答复（2025-07-04）`),
  },
  N2: {
    id: 'N2',
    text: '12393是全国统一的医疗保障服务热线，可以问政策、查参保。前面加上当地区号拨打，接通的是当地的医保部门；人工服务时间以当地为准。',
    cite: cite('N2', NHSA),
  },
  N3: {
    id: 'N3',
    text: '当地材料里的座机号码没有写区号；从手机拨打要加上区号，这个区号是本应用按全国电话区号加上的。',
    cite: cite('N3', '全国固定电话区号'),
  },
  N4: {
    id: 'N4',
    text: '“国家医保服务平台”APP可以出示医保码（医保电子凭证），办理异地就医备案、查询参保情况。',
    cite: cite('N4', NHSA),
  },
  N5: {
    id: 'N5',
    text: '居民医保费由税务部门征收，通过税务部门的渠道，或当地材料、学校通知写明的学校、银行、社区代收渠道缴纳。要求把钱转给个人（老师的个人微信、银行卡号）或通过本应用认不出的网址、二维码缴费的，不是这里任何材料写明的缴费渠道：付款前先向当地医保局或12393核实。',
    cite: cite('N5', '中共中央办公厅、国务院办公厅《国税地税征管体制改革方案》（2018年7月）'),
  },
};

/**
 * N2 with N3: the area's 12393, the national hotline dialled with the region's area code (N3: the long-distance
 * prefix the app adds in front of a region's landline numbers, which the local texts omit; kept in each region's
 * module as `areaCode`).
 */
export function hotline12393(region: { areaCode: string }): { areaCode: string; number: '12393'; cite: NationalCitation[] } {
  return { areaCode: region.areaCode, number: '12393', cite: [NATIONAL_FACTS.N2.cite, NATIONAL_FACTS.N3.cite] };
}

/**
 * N3's area codes, by the place they belong to: the only codes national.md gives. A family insured in one of these
 * places reaches its office at `<code>-12393` (N2); for any other place the app says how to dial, and gives no code.
 */
export const N3_AREA_CODES = [
  { id: 'jiangmen', place: '广东省江门市', areaCode: '0750' },
  { id: 'liaocheng', place: '山东省聊城市', areaCode: '0635' },
  { id: 'liuzhou', place: '广西壮族自治区柳州市', areaCode: '0772' },
  { id: 'tianjin', place: '天津市', areaCode: '022' },
  { id: 'wenzhou', place: '浙江省温州市', areaCode: '0577' },
] as const;
export type AreaCodePlace = (typeof N3_AREA_CODES)[number]['id'];

/** 12393 for the place where the child is insured now: with its code where N3 gives one; else the number alone. */
export function originHotline(place: AreaCodePlace | undefined): { areaCode?: string; number: '12393'; cite: NationalCitation[] } {
  const known = N3_AREA_CODES.find((p) => p.id === place);
  return known
    ? { areaCode: known.areaCode, number: '12393', cite: [NATIONAL_FACTS.N2.cite, NATIONAL_FACTS.N3.cite] }
    : { number: '12393', cite: [NATIONAL_FACTS.N2.cite] };
}
