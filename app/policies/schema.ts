// A strict runtime schema for region modules: unknown keys, missing citations, bad dates and empty texts are
// rejected. Used by the tests and the command line; the app itself relies on the TypeScript types.
import { z } from 'zod';
import { AID, INSURED, PLAN_SECTIONS, REGION_IDS, RESIDENCY, STAGES } from './types.ts';
import { isIsoDate } from './dates.ts';

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
const noteSchema = z.strictObject({ id, text, cite: citationSchema, when: whenSchema.optional() });
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
  ]),
  policyYear: text,
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
  phones: z.array(z.strictObject({ areaCode: z.string().regex(/^0\d{2,3}$/).optional(), number: z.string().regex(/^\d{5,8}$/) })),
  note: text.optional(),
  cite: citationSchema,
  when: whenSchema.optional(),
});

export const regionSchema = z.strictObject({
  id: z.enum(REGION_IDS),
  name: text,
  shortName: text,
  province: text,
  policyYear: text,
  lastVerified: isoDate,
  source: z.strictObject({
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
    issuer: text,
    title: text,
    policyYear: text,
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
  gaps: z.array(
    z.strictObject({
      id,
      notStated: z.literal(true),
      what: text,
      askAt: z.array(id).min(1),
      when: whenSchema.optional(),
      section: z.enum(PLAN_SECTIONS).optional(),
    }),
  ),
});

/** Cross-references the schema cannot see: every office named in askAt/confirmWith exists, ids are unique. */
export function referenceProblems(region: z.infer<typeof regionSchema>): string[] {
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
  visit(region, region.id);
  const ids = [
    ...region.eligibility,
    ...(Array.isArray(region.register) ? region.register : []),
    ...region.gaps,
    ...region.offices,
    ...(Array.isArray(region.payment) ? region.payment : []),
  ].map((x) => x.id);
  for (const dup of ids.filter((x, i) => ids.indexOf(x) !== i)) problems.push(`${region.id}: duplicate id "${dup}"`);
  return problems;
}
