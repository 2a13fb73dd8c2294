import type { NationalFactId } from './national.ts';
// Domain types shared by the region data, the plan engine and the URL contract.
// Pure TypeScript: nothing here may import React or touch the DOM.

// The region ids come from the region modules themselves (app/policies/regions/<id>.ts, via `npm run regions:sync`).
export { REGION_IDS } from '../catalog/region-index.ts';
import type { RegionId } from '../catalog/region-index.ts';
export type { RegionId };

/** A plan read from a letter the parent pasted (app/policies/letter/) rather than from one of the region modules. */
export const LETTER_ID = 'letter';
/** Where a plan's rules come from: a region module, or the parent's pasted letter. */
export type PolicyId = RegionId | typeof LETTER_ID;

export const STAGES = ['newborn', 'preschool', 'primary', 'junior', 'senior', 'vocational', 'college'] as const;
export type Stage = (typeof STAGES)[number];

/** Covered by 居民医保 anywhere for this year? */
export const INSURED = ['none', 'here', 'same-province', 'other-province', 'unsure'] as const;
export type Insured = (typeof INSURED)[number];

export const RESIDENCY = ['local', 'permit', 'non-local', 'hmt'] as const;
export type Residency = (typeof RESIDENCY)[number];

/** The family belongs to a group the government funds or helps (低保, 特困, 孤儿…). */
export const AID = ['yes', 'no'] as const;
export type Aid = (typeof AID)[number];

/** The answers a parent gives; every field is optional until asked. `born` is an ISO date, newborns only. */
export interface Answers {
  stage?: Stage;
  born?: string;
  insured?: Insured;
  residency?: Residency;
  aid?: Aid;
}

/** Where a fact was read: the section of the region's source and the words it says there. */
export interface Citation {
  section: string;
  quote: string;
}

/** The one published text a region's data comes from (see `../shared/seeds/README.md` at authoring time). */
export interface Source {
  file: string;
  issuer: string;
  title: string;
  /** How the source names its policy year, e.g. "2024年度" or "2024学年". */
  policyYear: string;
  /** When the text was issued or collected, as the source or its README gives it. */
  issued: string;
  kind: 'official-letter' | 'official-notice' | 'news-report' | 'article-summary';
}

/** Limits a fact to some cases; a field left out matches every answer. */
export interface When {
  stage?: Stage[];
  insured?: Insured[];
  residency?: Residency[];
  aid?: Aid[];
  /** Months (1–12) of the birth date; newborns only. */
  bornMonths?: number[];
}

/** A statement taken from the source. */
export interface Note {
  id: string;
  text: string;
  cite: Citation;
  when?: When;
}

/** The source is silent: say so and send the parent to an office or channel the source names. */
export interface NotStated {
  notStated: true;
  /** What is missing, in the parent's words. */
  what: string;
  /** Ids from `RegionPolicy.offices`. */
  askAt: string[];
}

export interface Money {
  amountFen: number;
  /** "每人每年" etc., as the source words it. */
  per: string;
  cite: Citation;
}

export interface FullyFunded {
  /** Who pays nothing and how the source words it (e.g. 个人暂不缴费, 全额资助参保), close to its words. */
  groups: string;
  cite: Citation;
}

/** A way to pay (or to check a payment) with each tap the source gives. */
export interface Channel {
  id: string;
  name: string;
  /** Each tap or action in order; an empty list means the source names the channel without steps. */
  steps: string[];
  cite: Citation;
  when?: When;
  /** Channel for checking a payment rather than making one. */
  purpose?: 'pay' | 'check';
}

export type DeadlineRule =
  /**
   * A date the source gives for its own policy year. A pasted letter may give it without a year (`--MM-DD`): the plan
   * then works it out for the coming date, as for a yearly window, and marks it as worked out.
   */
  | { kind: 'date'; date: string }
  /** A window the source gives; `to` may be missing when only a start is given (yearless `--MM-DD` as for a date). */
  | { kind: 'window'; from: string; to?: string }
  /** A window the source says recurs every year (e.g. 每年9月至12月): computed for the current year. */
  | { kind: 'yearly-window'; from: { month: number; day: number }; to: { month: number; day: number } }
  /** A number of days counted from the birth date, the birth day being day 1. */
  | { kind: 'after-birth'; days: number };

export interface Deadline {
  id: string;
  label: string;
  rule: DeadlineRule;
  /** The policy year the dates belong to; for a recurring rule, the year the rule was stated. */
  policyYear: string;
  cite: Citation;
  when?: When;
}

export interface Phone {
  /** Long-distance prefix, left out for national hotlines such as 12366. */
  areaCode?: string;
  number: string;
}

export interface Office {
  id: string;
  name: string;
  kind: 'office' | 'online' | 'school' | 'hotline';
  address?: string;
  phones: Phone[];
  /** Names the source says the parent should find it by (a WeChat mini-program, an app). */
  note?: string;
  cite: Citation;
  when?: When;
}

export const PLAN_SECTIONS = [
  'not-covered',
  'stop-other',
  'renew',
  'register',
  'fee',
  'pay',
  'deadlines',
  'after',
  'contacts',
  'unsaid',
] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

export interface Gap extends NotStated {
  id: string;
  when?: When;
  section?: PlanSectionId;
  /** The source names routes for other families but none for this one: the plan opens by saying so, with no countdown. */
  noRoute?: true;
}

export const CARE_TYPES = ['inpatient', 'outpatient', 'chronic', 'accident'] as const;
/** 住院, 普通门诊, 门诊慢特病 / 门诊特定病种, 意外伤害门急诊. */
export type CareType = (typeof CARE_TYPES)[number];

export const HOSPITAL_LEVELS = [1, 2, 3] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

/** Every benefit figure says where it was read and which policy year it belongs to. */
export interface Cited {
  cite: Citation;
  policyYear: string;
}

/** A share in whole percent. `exact` is the rule itself; `up-to` is a ceiling the source words as 高达/可达. */
export type Share = { kind: 'exact'; percent: number } | { kind: 'up-to'; percent: number };

/** One value per hospital level; `level1Public` where the source sets 一级公立定点医疗机构 apart. */
export interface ByLevel<T> {
  level1: T;
  level1Public?: T;
  level2: T;
  level3: T;
}

/** The share of the bill above the deductible that the fund pays. */
export type Ratio = Cited & (Share | { kind: 'by-level'; levels: ByLevel<Share> });

/** From this admission in a year on, the deductible is this share of the first admission's (50 = 减半, 0 = 没有). */
export interface LaterAdmission extends Cited {
  fromAdmission: number;
  percentOfFirst: number;
}

/** 起付线 (起付标准): the part of a bill the fund never pays. */
export type Deductible = Cited &
  (
    | { kind: 'none' }
    | { kind: 'fixed'; amountFen: number }
    | { kind: 'by-level'; firstAdmissionFen: ByLevel<number>; laterAdmissions: LaterAdmission[] }
  );

/** 最高支付限额: the most a fund pays. */
export interface Cap extends Cited {
  amountFen: number;
  /** "每年累计", "一个年度内" etc., as the source words it. */
  per: string;
  /** Present when the cap holds only for children enrolled without a break: what the source leaves out for the rest. */
  ifNotContinuous?: NotStated;
}

/** A statement about a benefit without a figure (its scope, a condition), shown with the estimate. */
export interface BenefitNote extends Cited {
  id: string;
  text: string;
}

/** The basic insurance's rule for one kind of care. */
export interface CareBenefit {
  /** The source's name for this care, e.g. "门诊慢特病" or "门诊特定病种". */
  label: string;
  notes: BenefitNote[];
  deductible: Deductible | NotStated;
  ratio: Ratio | NotStated;
  cap: Cap | NotStated;
}

/** A bracket of the individual burden: the part from `fromFen` up to (not including) `toFen` is paid at `percent`. */
export interface Bracket {
  fromFen: number;
  /** Left out for the open top bracket. */
  toFen?: number;
  percent: number;
}

/** 大病保险: a second payment on what the family still bears after the basic insurance. */
export interface CriticalIllness {
  label: string;
  /** The burden below this amount is not paid; equals the first bracket's start. */
  threshold: (Cited & { amountFen: number }) | NotStated;
  /** Ascending and contiguous, paid segment by segment. */
  brackets: (Cited & { brackets: Bracket[] }) | NotStated;
  cap: Cap | NotStated;
  /**
   * Where the source does not say which kinds of care it covers: these kinds, for which its rule is only a reading
   * to confirm (the estimate shows what it would pay as a ceiling, never as exact), and whom to ask.
   */
  unnamedCare?: NotStated & { care: CareType[] };
}

export interface Benefits {
  /** Statements that hold for every kind of care. */
  notes: BenefitNote[];
  care: Record<CareType, CareBenefit | NotStated>;
  criticalIllness: CriticalIllness | NotStated;
}

/**
 * One region under one policy year, as the plan and estimate engines read it: the year in force today (or the latest
 * past one), resolved from the region's module by `resolveYear` (policy-years.ts), which writes the year's label
 * onto every dated item (benefit rules, deadlines, the source).
 */
export interface RegionPolicy<Id extends PolicyId = RegionId> {
  /** A region's id, or LETTER_ID for a policy read from a pasted letter (letter/letter-policy.ts). */
  id: Id;
  /** Full name, province first. */
  name: string;
  shortName: string;
  province: string;
  /** The long-distance prefix the app adds to the region's landlines and to 12393 (national rule N3). */
  areaCode: string;
  /** Short form of the policy year shown beside every figure, e.g. "2024年度". */
  policyYear: string;
  /** Whether today falls in this policy year, or it is the latest past (or the next) one: then this year's may differ. */
  policyYearStatus?: PolicyYearStatus;
  /** When a person last checked this module against its source. */
  lastVerified: string;
  source: Source;
  /** The office a parent should confirm the current year's rules with. */
  confirmWith: string[];
  /** Who may enrol here: stage coverage and residency rules, as notes with conditions. */
  eligibility: Note[];
  /** Stages this source does not cover at all: the plan says so instead of inventing a route. */
  stagesNotCovered: { stages: Stage[]; what: string; askAt: string[] }[];
  /** Stop another coverage first; keyed by where the child is insured now. */
  stopOtherCoverage: {
    sameProvince: Note[] | NotStated;
    otherProvince: Note[] | NotStated;
  };
  /** Already insured in this city: how to renew. */
  renewal: Note[] | NotStated;
  register: Note[] | NotStated;
  fee: {
    individual: Money | NotStated;
    subsidy: Money | NotStated;
    fullyFunded: FullyFunded | NotStated;
    notes: Note[];
  };
  payment: Channel[] | NotStated;
  deadlines: Deadline[] | NotStated;
  afterEnrolment: Note[] | NotStated;
  offices: Office[];
  /** What the insurance pays for each kind of care, as far as the source says (read by the estimate engine). */
  benefits: Benefits;
  /** Things the source leaves unsaid that a parent in this case would want to know; `section` shows it inline too. */
  gaps: Gap[];
  /**
   * National facts (`national.ts`) this region's text leaves room for, beyond those every plan shows, e.g. the
   * non-local pupil rule where the text is silent on residency. Shown as summaries, never as the source's words.
   */
  national?: NationalUse[];
}

/** A national fact shown in one section of the plan for the answers `when` matches. */
export interface NationalUse {
  fact: NationalFactId;
  section: PlanSectionId;
  when?: When;
}

/** `no-year`: a pasted letter that names no policy year; the plan says so where it would show the year. */
export type PolicyYearStatus = 'in-force' | 'past' | 'future' | 'no-year';

/** The same shape with every `policyYear` left out: as authored, an item belongs to the year it is written in. */
export type Unstamped<T> = T extends readonly (infer U)[]
  ? Unstamped<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'policyYear' ? never : K]: Unstamped<T[K]> }
    : T;

/**
 * One policy year of a region as its module writes it: the rules of that year, from that year's source. A new year
 * is added beside the old ones (values by date, as OpenFisca keeps them), never written over them.
 */
export type PolicyYear = Unstamped<
  Omit<RegionPolicy, 'id' | 'name' | 'shortName' | 'province' | 'areaCode' | 'policyYear' | 'policyYearStatus'>
> & {
  /** How the source names the year, e.g. "2024年度" or "2024学年"; shown beside every figure. */
  label: string;
  /** The days the year's benefits cover (YYYY-MM-DD, both included). */
  covers: { from: string; to: string };
};

/** A region's module (app/policies/regions/<id>.ts): its one name and its policy years, oldest first. */
export interface RegionModule {
  id: RegionId;
  /** Full name, province first: the region's one name, translated through the region dictionaries. */
  name: string;
  shortName: string;
  province: string;
  /** The long-distance prefix (e.g. 0772) the app adds to the region's landlines and to 12393 (national rule N3). */
  areaCode: string;
  years: PolicyYear[];
}
