// What the letter reader gives back: a school's 医保 letter (pasted text) read into facts, each with the letter's own
// sentence or table row (`quote`, verbatim from the cleaned input `LetterReading.text`), so every figure the app shows
// from a letter can show where it came from. Pure data: the reader (read-letter.ts) and the step from facts to a policy
// year in the app's own shape (letter-policy.ts) both live in this folder.

/**
 * A calendar date as the letter gives it: `YYYY-MM-DD` where the letter itself fixes the year, else `--MM-DD`
 * (ISO 8601 without a year). A year is never guessed.
 */
export type LetterDate = string;

export type Care = 'inpatient' | 'outpatient' | 'chronic' | 'accident' | 'critical';
export type LetterLevel = '一级' | '二级' | '三级' | '乡镇卫生院' | '社区卫生服务中心' | '县级' | '市级';

interface Quoted {
  /** The letter's own sentence (or table row), word for word from `LetterReading.text`. */
  quote: string;
  /** Where `quote` starts in `LetterReading.text` (so a screen can mark it in the whole letter). */
  at: number;
}

export type LetterFact = Quoted &
  (
    | { kind: 'fee'; amountFen: number; who?: string }
    | { kind: 'subsidy'; amountFen: number }
    /** A period to register or pay. */
    | { kind: 'window'; from: LetterDate; to?: LetterDate; /** The letter's name for it (集中缴费期), when it gives one. */ label?: string }
    | { kind: 'deadline'; date: LetterDate; label?: string }
    /** When benefits run (待遇享受期); never a window. */
    | { kind: 'coverage'; from: LetterDate; to?: LetterDate }
    | { kind: 'channel'; name: string; steps: string[]; /** A channel to check a payment rather than make one. */ purpose?: 'check' }
    /** `number`: digits only, with the area code where the letter gives one; `name`: the office beside it. */
    | { kind: 'phone'; number: string; areaCode?: string; name?: string }
    | { kind: 'stop-other'; text: string }
    | { kind: 'newborn'; days: number }
    | { kind: 'funded'; groups: string }
    | { kind: 'residency'; text: string }
    | {
        kind: 'benefit';
        care: Care;
        what: 'deductible' | 'ratio' | 'cap' | 'threshold';
        amountFen?: number;
        percent?: number;
        level?: LetterLevel;
        /** The letter sets 公立 hospitals of the level apart (一级公立定点医疗机构). */
        public?: boolean;
        /** 高达/可达/最高: a ceiling, not the rule itself. */
        upTo?: boolean;
      }
    | { kind: 'policy-year'; label: string }
    /** Two readings of one sentence: no value, the sentence shown under its topic. */
    | { kind: 'unclear'; topic: LetterFactKind }
  );

export type LetterFactKind = LetterFact['kind'];

/** Never a channel and never a link: shown as plain text with national.md N5's warning. */
export type LetterWarningKind = 'link' | 'qr-code' | 'account' | 'pay-person';
export interface LetterWarning extends Quoted {
  kind: LetterWarningKind;
}

export interface LetterReading {
  /** False for a text that is not about 居民医保 (a heating-fee notice, a news page, a 职工医保 notice). */
  isLetter: boolean;
  /** Why it is not a letter, in a word the UI can say (present only when `isLetter` is false). */
  notLetter?: 'empty' | 'other-topic' | 'employee-insurance' | 'too-long';
  /** The year as the letter words it (e.g. 2027年度), when it names one. */
  policyYear?: string;
  /** The cleaned text every quote is taken from. */
  text: string;
  facts: LetterFact[];
  warnings: LetterWarning[];
}

/** Above this, the reader refuses with a plain message and the text stays in the box. */
export const LETTER_MAX_CHARS = 20_000;

// The two functions this folder exports (signatures fixed so the screens can be built beside the reader):
//   read-letter.ts:   export function readLetter(input: string): LetterReading
//   letter-policy.ts: export function letterPolicy(reading: LetterReading, today: string): LetterPolicy
// A LetterPolicy is a RegionPolicy (model/types.ts) whose id is LETTER_ID and whose every cite is
// { section: '学校通知', quote } with the letter's sentence; `notStated` where the letter is silent, asking the school
// (an office of kind 'school'), the letter's issuer where it names one, or 12393.
