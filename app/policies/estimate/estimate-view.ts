// What the plan's "大概能报销多少" section needs besides the engine: the sample illnesses and small pure helpers
// that turn a region's rules and a result into what to show. No React, no Intl.
import { isNotStated } from '../model/not-stated.ts';
import type { EstimateInput, OptionSpec, TraceMessage } from './estimate.ts';
import type { CareType, HospitalLevel, PolicyId, RegionPolicy } from '../model/types.ts';
import { CARE_TYPES } from '../model/types.ts';

/**
 * A sample illness. The cost is the app's own round illustration (shown as 示例金额), not a policy figure, and
 * the level is where such a case is typically treated; the parent can change both.
 */
export interface Sample {
  id: 'fever' | 'pneumonia' | 'fracture' | 'serious';
  care: CareType;
  costFen: number;
  /** Used where the region's rule depends on the hospital level. */
  level: HospitalLevel;
}

export const SAMPLES: readonly Sample[] = [
  { id: 'fever', care: 'outpatient', costFen: 300_00, level: 1 },
  { id: 'pneumonia', care: 'inpatient', costFen: 8_000_00, level: 2 },
  { id: 'fracture', care: 'accident', costFen: 2_500_00, level: 2 },
  { id: 'serious', care: 'inpatient', costFen: 200_000_00, level: 3 },
];

/** True when the source gives no benefit figure at all (柳州): then nothing is estimated and nothing is borrowed. */
export function noBenefitFigures(region: RegionPolicy<PolicyId>): boolean {
  const { care, criticalIllness } = region.benefits;
  return CARE_TYPES.every((c) => isNotStated(care[c])) && isNotStated(criticalIllness);
}

/** Whom to ask about benefits when the source has none: the office ids of its notes, in order, without repeats. */
export function benefitAskAt(region: RegionPolicy<PolicyId>): string[] {
  const { care, criticalIllness } = region.benefits;
  const ids = [...CARE_TYPES.map((c) => care[c]), criticalIllness].flatMap((r) => (isNotStated(r) ? r.askAt : []));
  return [...new Set(ids.length ? ids : region.confirmWith)];
}

/**
 * The admissions worth telling apart for a care type: 1 (first) up to the last one the source names a rule from;
 * the last choice stands for "that one and every later one". Empty when the rule does not depend on it.
 */
export function admissionChoices(region: RegionPolicy<PolicyId>, care: CareType): number[] {
  const rule = region.benefits.care[care];
  if (isNotStated(rule) || isNotStated(rule.deductible) || rule.deductible.kind !== 'by-level') return [];
  const last = Math.max(1, ...rule.deductible.laterAdmissions.map((a) => a.fromAdmission));
  return last > 1 ? Array.from({ length: last }, (_, i) => i + 1) : [];
}

/** The options a card shows: what the region's rule for this care reads. */
export interface CardOptions {
  level: HospitalLevel;
  public: boolean;
  admission: number;
  continuous: boolean;
}

export function initialOptions(sample: Sample): CardOptions {
  return { level: sample.level, public: false, admission: 1, continuous: false };
}

/** The engine's input for a card: only the options the region's rule reads, so nothing else can change a figure. */
export function estimateInput(specs: OptionSpec[], care: CareType, costFen: number, options: CardOptions): EstimateInput {
  const input: EstimateInput = { care, costFen };
  const reads = (option: OptionSpec['option']) => specs.some((s) => s.option === option);
  if (reads('level')) input.level = options.level;
  if (reads('public') && options.level === 1) input.public = options.public;
  if (reads('admission')) input.admission = options.admission;
  if (reads('continuous')) input.continuous = options.continuous;
  return input;
}

/** Looks a template of the `estimate-trace` namespace up and fills it in (i18next's `t` bound to the namespace). */
export type TraceTranslate = (key: string, params: Record<string, string | number>) => string;

/**
 * A trace step or missing item in words: amounts (params named `…Fen`) written by `money`, each list param's items
 * rendered one by one and joined with its `separator.<param>` template, then the message's own template.
 */
export function traceMessageText(message: TraceMessage, translate: TraceTranslate, money: (fen: number) => string): string {
  const params: Record<string, string | number> = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [name, name.endsWith('Fen') && typeof value === 'number' ? money(value) : value]),
  );
  for (const [name, items] of Object.entries(message.lists ?? {})) {
    params[name] = items.map((item) => traceMessageText(item, translate, money)).join(translate(`separator.${name}`, {}));
  }
  return translate(message.key, params);
}
