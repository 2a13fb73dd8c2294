// Policy years as data: a region keeps every year it has been given; the app shows the year in force today, or
// else the latest year that has started (a past year: the page warns that this year's rules may differ), or, before
// any has started, the first one. The engines read one resolved year (RegionPolicy) and never see the others.
import type { PolicyYear, PolicyYearStatus, RegionModule, RegionPolicy } from './types.ts';

/** The year to show on `today` (YYYY-MM-DD) and how it stands. */
export function yearFor(module: RegionModule, today: string): { year: PolicyYear; status: PolicyYearStatus } {
  const years = [...module.years].sort((a, b) => a.covers.from.localeCompare(b.covers.from));
  const inForce = years.find((y) => y.covers.from <= today && today <= y.covers.to);
  if (inForce) return { year: inForce, status: 'in-force' };
  const started = years.filter((y) => y.covers.from <= today).at(-1);
  return started ? { year: started, status: 'past' } : { year: years[0]!, status: 'future' };
}

/** Writes the year's label on every item dated by it: each benefit rule, each deadline and the source. */
function stamp(value: unknown, label: string): unknown {
  if (Array.isArray(value)) return value.map((v) => stamp(v, label));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, stamp(v, label)] as const);
  return Object.fromEntries('cite' in value ? [...entries, ['policyYear', label]] : entries);
}

/** One year of a region as the engines read it. */
export function resolveYear(module: RegionModule, year: PolicyYear, status?: PolicyYearStatus): RegionPolicy {
  const { label, covers: _covers, benefits, deadlines, source, ...rest } = year;
  return {
    id: module.id,
    name: module.name,
    shortName: module.shortName,
    province: module.province,
    areaCode: module.areaCode,
    policyYear: label,
    ...(status ? { policyYearStatus: status } : {}),
    ...rest,
    source: { ...source, policyYear: label },
    deadlines: Array.isArray(deadlines) ? deadlines.map((d) => ({ ...d, policyYear: label })) : deadlines,
    benefits: stamp(benefits, label) as RegionPolicy['benefits'],
  };
}

/** The region as it stands on `today`. */
export function regionOn(module: RegionModule, today: string): RegionPolicy {
  const { year, status } = yearFor(module, today);
  return resolveYear(module, year, status);
}

/** The region under its newest year (what the tests and the command line read). */
export function latestYear(module: RegionModule): RegionPolicy {
  const year = [...module.years].sort((a, b) => a.covers.from.localeCompare(b.covers.from)).at(-1)!;
  return resolveYear(module, year);
}
