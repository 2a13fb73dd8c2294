// The key facts of a region's source that a school's message and printed notice state, each with its policy year.
// Pure: the words are the UI's (see ../components/school-message.ts).
import type { DeadlineRule, Note, NotStated, RegionId, RegionPolicy, When } from '../model/types.ts';
import { isNotStated } from '../model/not-stated.ts';
import { hotline12393 } from '../model/national.ts';

/** Where the source is silent: what is missing, and the names of the offices it points to. */
export interface FactNotStated {
  notStated: true;
  what: string;
  askAt: string[];
}

export interface SchoolFacts {
  region: RegionId;
  regionName: string;
  /** The region's policy year ("2024年度"), which every fact below belongs to unless it carries its own. */
  policyYear: string;
  issuer: string;
  title: string;
  issued: string;
  /** The individual fee per pupil. */
  fee: { amountFen: number; per: string; policyYear: string } | FactNotStated;
  /** The groups that pay nothing, where the source names them. */
  fullyFunded?: { groups: string; policyYear: string };
  /** Registration and payment dates as the source states them (never newborn-only ones). */
  dates: { id: string; label: string; rule: Exclude<DeadlineRule, { kind: 'after-birth' }>; policyYear: string }[] | FactNotStated;
  /** Where a pupil who is not yet insured registers: the source's first statement on it. */
  register: { text: string; policyYear: string } | FactNotStated;
  /** The offices to confirm this year's rules with. */
  confirmWith: string[];
  /**
   * One number every message carries: the first office with a phone (those to confirm with first), else the area's
   * 12393 (national hotline, N2, with the area code the app adds, N3): then `office` is left out.
   */
  call: { office?: string; areaCode?: string; number: string };
}

/** The number a class message gives: an office of the source's with a phone, else the area's 12393. */
function numberToCall(region: RegionPolicy): SchoolFacts['call'] {
  const offices = [...region.confirmWith.flatMap((id) => region.offices.filter((o) => o.id === id)), ...region.offices];
  const office = offices.find((o) => o.phones.length > 0 && holdsForPupils(o.when));
  if (office) return { office: office.name, ...office.phones[0]! };
  const { areaCode, number } = hotline12393(region);
  return { areaCode, number };
}

/** The school stages a class WeChat group reaches; facts limited to newborns or to one kind of family are left out. */
const SCHOOL_STAGES = ['preschool', 'primary', 'junior', 'senior', 'vocational'] as const;

/** True when a fact holds for any pupil not yet insured, whatever the family (no residency, aid or birth limit). */
function holdsForPupils(when: When | undefined): boolean {
  if (!when) return true;
  if (when.stage && !SCHOOL_STAGES.some((s) => when.stage!.includes(s))) return false;
  if (when.insured && !when.insured.includes('none')) return false;
  if (when.aid && !when.aid.includes('no')) return false;
  return !when.residency && !when.bornMonths;
}

function officeNames(region: RegionPolicy, ids: string[]): string[] {
  return ids.flatMap((id) => region.offices.filter((o) => o.id === id).map((o) => o.name));
}

function notStated(region: RegionPolicy, value: NotStated): FactNotStated {
  return { notStated: true, what: value.what, askAt: officeNames(region, value.askAt) };
}

/** The key facts a school passes on, each with the policy year it belongs to, read from the region's data only. */
export function schoolFacts(region: RegionPolicy): SchoolFacts {
  const year = region.policyYear;
  const { individual, fullyFunded } = region.fee;

  const dates: SchoolFacts['dates'] = isNotStated(region.deadlines)
    ? notStated(region, region.deadlines)
    : region.deadlines
        .filter((d) => holdsForPupils(d.when))
        .flatMap((d) => (d.rule.kind === 'after-birth' ? [] : [{ id: d.id, label: d.label, rule: d.rule, policyYear: d.policyYear }]));

  const registerNote = isNotStated(region.register) ? undefined : region.register.find((n: Note) => holdsForPupils(n.when));
  const registerGap = region.gaps.find((g) => g.section === 'register' && holdsForPupils(g.when));
  const register: SchoolFacts['register'] = registerNote
    ? { text: registerNote.text, policyYear: year }
    : isNotStated(region.register)
      ? notStated(region, region.register)
      : registerGap
        ? notStated(region, registerGap)
        : { notStated: true, what: '', askAt: officeNames(region, region.confirmWith) };

  return {
    region: region.id,
    regionName: region.name,
    policyYear: year,
    issuer: region.source.issuer,
    title: region.source.title,
    issued: region.source.issued,
    fee: isNotStated(individual)
      ? notStated(region, individual)
      : { amountFen: individual.amountFen, per: individual.per, policyYear: year },
    ...(isNotStated(fullyFunded) ? {} : { fullyFunded: { groups: fullyFunded.groups, policyYear: year } }),
    dates:
      Array.isArray(dates) && dates.length === 0 ? { notStated: true, what: '', askAt: officeNames(region, region.confirmWith) } : dates,
    register,
    confirmWith: officeNames(region, region.confirmWith),
    call: numberToCall(region),
  };
}
