// A strict runtime schema for region modules: unknown keys, missing citations, bad dates and empty texts are
// rejected. Run by every build (vite.config.ts), by `npm run regions:check` and by the tests; the app itself relies
// on the TypeScript types, which must describe the same shape (checked at compile time below).
import { z } from 'zod';
import { AID, CARE_TYPES, INSURED, PLAN_SECTIONS, REGION_IDS, RESIDENCY, STAGES } from './types.ts';
import type { RegionModule } from './types.ts';
import { isIsoDate } from '../common/dates.ts';
import { NATIONAL_FACT_IDS } from './national.ts';

const text = z.string().trim().min(1);
const isoDate = z.string().refine(isIsoDate, 'not a YYYY-MM-DD calendar date');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');

export const citationSchema = z.strictObject({ section: text, quote: text.min(4) });

export const whenSchema = z.strictObject({
  stage: z.array(z.enum(STAGES)).min(1).optional(),
  insured: z.array(z.enum(INSURED)).min(1).optional(),
  residency: z.array(z.enum(RESIDENCY)).min(1).optional(),
  aid: z.array(z.enum(AID)).min(1).optional(),
  bornMonths: z.array(z.number().int().min(1).max(12)).min(1).optional(),
});

const notStatedSchema = z.strictObject({ notStated: z.literal(true), what: text, askAt: z.array(id).min(1) });
const noteSchema = z.strictObject({ id, text, cite: citationSchema, when: whenSchema.optional(), firstFor: whenSchema.optional() });
const notesOrNotStated = z.union([z.array(noteSchema).min(1), notStatedSchema]);
const moneySchema = z.strictObject({ amountFen: z.number().int().nonnegative(), per: text, cite: citationSchema });
const monthDay = z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

const deadlineSchema = z.strictObject({
  id,
  label: text,
  rule: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('date'), date: isoDate }),
    z.strictObject({ kind: z.literal('window'), from: isoDate, to: isoDate.optional() }),
    z.strictObject({ kind: z.literal('yearly-window'), from: monthDay, to: monthDay }),
    z.strictObject({ kind: z.literal('after-birth'), days: z.number().int().positive() }),
    z.strictObject({ kind: z.literal('birth-year-window'), from: monthDay, to: monthDay }),
  ]),
  cite: citationSchema,
  when: whenSchema.optional(),
});

const channelSchema = z.strictObject({
  id,
  name: text,
  steps: z.array(text),
  cite: citationSchema,
  when: whenSchema.optional(),
  purpose: z.enum(['pay', 'check']).optional(),
});

const officeSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(['office', 'online', 'school', 'hotline']),
  address: text.optional(),
  phones: z.array(
    z.strictObject({
      areaCode: z
        .string()
        .regex(/^0\d{2,3}$/)
        .optional(),
      number: z.string().regex(/^\d{5,8}$/),
    }),
  ),
  note: text.optional(),
  cite: citationSchema,
  when: whenSchema.optional(),
});

// Benefits: every rule is cited (and dated by the policy year it is written in); percents are whole numbers; brackets ascend without gaps from the threshold.
const cited = { cite: citationSchema };
const fen = z.number().int().nonnegative();
const percent = z.number().int().min(0).max(100);
const shareSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), percent }),
  z.strictObject({ kind: z.literal('up-to'), percent }),
]);
const byLevel = <T extends z.ZodType>(value: T) =>
  z.strictObject({ level1: value, level1Public: value.optional(), level2: value, level3: value });
const benefitNoteSchema = z.strictObject({ id, text, ...cited });
const capSchema = z.strictObject({ amountFen: fen, per: text, ifNotContinuous: notStatedSchema.optional(), ...cited });
const careBenefitSchema = z.strictObject({
  label: text,
  notes: z.array(benefitNoteSchema),
  deductible: z.union([
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('none'), ...cited }),
      z.strictObject({ kind: z.literal('fixed'), amountFen: fen, ...cited }),
      z.strictObject({
        kind: z.literal('by-level'),
        firstAdmissionFen: byLevel(fen),
        laterAdmissions: z
          .array(z.strictObject({ fromAdmission: z.number().int().min(2), percentOfFirst: percent, ...cited }))
          .refine((steps) => steps.every((s, i) => i === 0 || s.fromAdmission > steps[i - 1]!.fromAdmission), 'admissions ascend'),
        ...cited,
      }),
    ]),
    notStatedSchema,
  ]),
  ratio: z.union([
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('exact'), percent, ...cited }),
      z.strictObject({ kind: z.literal('up-to'), percent, ...cited }),
      z.strictObject({ kind: z.literal('by-level'), levels: byLevel(shareSchema), ...cited }),
    ]),
    notStatedSchema,
  ]),
  cap: z.union([capSchema, notStatedSchema]),
});
const bracketsSchema = z
  .array(z.strictObject({ fromFen: fen, toFen: fen.optional(), percent }))
  .min(1)
  .refine(
    (list) =>
      list.every((b, i) => (b.toFen === undefined ? i === list.length - 1 : b.toFen > b.fromFen && list[i + 1]?.fromFen === b.toFen)) &&
      list.at(-1)!.toFen === undefined,
    'brackets ascend without gaps and the last one is open',
  );
const criticalIllnessSchema = z
  .strictObject({
    label: text,
    threshold: z.union([z.strictObject({ amountFen: fen, ...cited }), notStatedSchema]),
    brackets: z.union([z.strictObject({ brackets: bracketsSchema, ...cited }), notStatedSchema]),
    cap: z.union([capSchema, notStatedSchema]),
    unnamedCare: notStatedSchema.extend({ care: z.array(z.enum(CARE_TYPES)).min(1) }).optional(),
  })
  .refine(
    (c) => 'notStated' in c.threshold || 'notStated' in c.brackets || c.brackets.brackets[0]!.fromFen === c.threshold.amountFen,
    'the first bracket starts at the threshold',
  );
const careOrNot = z.union([careBenefitSchema, notStatedSchema]);
const benefitsSchema = z.strictObject({
  notes: z.array(benefitNoteSchema),
  care: z.strictObject({ inpatient: careOrNot, outpatient: careOrNot, chronic: careOrNot, accident: careOrNot }),
  criticalIllness: z.union([criticalIllnessSchema, notStatedSchema]),
});

/** One policy year: its label, the days it covers, its source and every rule of that year. */
export const policyYearSchema = z.strictObject({
  label: text,
  covers: z.strictObject({ from: isoDate, to: isoDate }).refine((c) => c.from <= c.to, 'covers.from is after covers.to'),
  lastVerified: isoDate,
  source: z.strictObject({
    // The seed file's name: three digits, an underscore, 16 hex digits (e.g. 001_baec105100308373.txt).
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'source.file is a seed file name like 001_baec105100308373.txt'),
    issuer: text,
    title: text,
    issued: text,
    kind: z.enum(['official-letter', 'official-notice', 'news-report', 'article-summary']),
  }),
  confirmWith: z.array(id).min(1),
  eligibility: z.array(noteSchema).min(1),
  stagesNotCovered: z.array(z.strictObject({ stages: z.array(z.enum(STAGES)).min(1), what: text, askAt: z.array(id).min(1) })),
  stopOtherCoverage: z.strictObject({ sameProvince: notesOrNotStated, otherProvince: notesOrNotStated }),
  renewal: notesOrNotStated,
  register: notesOrNotStated,
  fee: z.strictObject({
    individual: z.union([moneySchema, notStatedSchema]),
    subsidy: z.union([moneySchema, notStatedSchema]),
    fullyFunded: z.union([z.strictObject({ groups: text, cite: citationSchema }), notStatedSchema]),
    notes: z.array(noteSchema),
  }),
  payment: z.union([z.array(channelSchema).min(1), notStatedSchema]),
  deadlines: z.union([z.array(deadlineSchema).min(1), notStatedSchema]),
  afterEnrolment: notesOrNotStated,
  offices: z.array(officeSchema).min(1),
  benefits: benefitsSchema,
  national: z
    .array(z.strictObject({ fact: z.enum(NATIONAL_FACT_IDS), section: z.enum(PLAN_SECTIONS), when: whenSchema.optional() }))
    .optional(),
  gaps: z.array(
    z.strictObject({
      id,
      notStated: z.literal(true),
      what: text,
      askAt: z.array(id).min(1),
      when: whenSchema.optional(),
      section: z.enum(PLAN_SECTIONS).optional(),
      noRoute: z.literal(true).optional(),
      fundingUnsaid: z.literal(true).optional(),
    }),
  ),
});

/** A region module: its one name and its policy years, oldest first, none overlapping. */
export const regionSchema = z.strictObject({
  id: z.enum(REGION_IDS),
  name: text,
  shortName: text,
  province: text,
  areaCode: z.string().regex(/^0\d{2,3}$/, 'areaCode is a long-distance prefix such as 0772'),
  years: z
    .array(policyYearSchema)
    .min(1)
    .refine(
      (years) => years.every((y, i) => i === 0 || y.covers.from > years[i - 1]!.covers.to),
      'years are oldest first and do not overlap (a new year is added after the last one)',
    ),
});

// One description of the region shape: the hand-written types (types.ts, with their comments) must say exactly
// what the schema checks. A field added to one and not the other fails the type check here.
type DeepRequired<T> = T extends readonly (infer U)[] ? DeepRequired<U>[] : T extends object ? { [K in keyof T]-?: DeepRequired<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaDescribesRegionModule = Assert<Same<DeepRequired<z.infer<typeof regionSchema>>, DeepRequired<RegionModule>>>;

/** Cross-references the schema cannot see: every office named in askAt/confirmWith exists, ids are unique. */
export function referenceProblems(region: z.infer<typeof policyYearSchema>, at: string): string[] {
  const problems: string[] = [];
  const offices = new Set(region.offices.map((o) => o.id));
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'askAt' || key === 'confirmWith') && Array.isArray(child)) {
          for (const ref of child) if (!offices.has(ref)) problems.push(`${path}.${key}: no office "${ref}"`);
        } else visit(child, `${path}.${key}`);
      }
    }
  };
  visit(region, at);
  const ids = [
    ...region.eligibility,
    ...(Array.isArray(region.register) ? region.register : []),
    ...region.gaps,
    ...region.offices,
    ...(Array.isArray(region.payment) ? region.payment : []),
  ].map((x) => x.id);
  for (const dup of ids.filter((x, i) => ids.indexOf(x) !== i)) problems.push(`${at}: duplicate id "${dup}"`);
  return problems;
}

/** Everything wrong with a region module, one line each (`<id>.<path>: <problem>`): the schema, then the references. */
export function regionProblems(region: unknown): string[] {
  const id = (region as { id?: unknown } | null)?.id;
  const name = typeof id === 'string' ? id : 'region';
  const parsed = regionSchema.safeParse(region);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${[name, ...issue.path].join('.')}: ${issue.message}`);
  return parsed.data.years.flatMap((year, i) => referenceProblems(year, `${name}.years[${i}]`));
}
