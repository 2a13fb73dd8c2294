// A school's link for the class WeChat group: the untrusted school name made safe, and the link itself. Small on
// purpose: the start page reads school links, so this is in the first screen's bundle (the facts are in
// ./school-facts.ts, loaded with the /school page).
import { REGION_IDS } from '../model/types.ts';
import { cleanLine, schoolNameProblem } from '../common/clean-text.ts';
import type { RegionId } from '../model/types.ts';

/** The most characters (code points) a school name keeps, here and when a link is read. */
export const SCHOOL_NAME_MAX = 40;

/**
 * An untrusted school name (typed by a teacher or read from a link) made fit to show as text and to put in a link
 * (see ./clean-text.ts): well-formed, one line, no control, bidi or zero-width characters, at most
 * `SCHOOL_NAME_MAX` characters cut between graphemes. Empty when nothing is left. Shown only as text, never HTML.
 */
export function sanitizeSchoolName(raw: unknown): string {
  return cleanLine(raw, SCHOOL_NAME_MAX);
}

/**
 * The school name a link carries, or '' when it is missing or is not a name: a web address, a phone or account
 * number has no place there (such a link opens without a school, see `schoolNameProblem`).
 */
export function schoolFromLink(raw: unknown): string {
  const name = sanitizeSchoolName(raw);
  return name && !schoolNameProblem(name) ? name : '';
}

/** The region a link names, or undefined for a missing, bad or unknown one (the parent then chooses it). */
export function linkRegion(value: unknown): RegionId | undefined {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value) ? (value as RegionId) : undefined;
}

/** The school name and the class joined as the link carries them ("XX小学 三年级2班"), made safe. */
export function schoolLabel(school: string, className = ''): string {
  return sanitizeSchoolName([sanitizeSchoolName(school), sanitizeSchoolName(className)].filter(Boolean).join(' '));
}

/** The path of a school's link: `/?region=<id>&school=<name>`, the name percent-encoded (left out when empty). */
export function schoolPath(region: RegionId, school: string): string {
  const name = sanitizeSchoolName(school);
  return `/?region=${encodeURIComponent(region)}${name ? `&school=${encodeURIComponent(name)}` : ''}`;
}

/** The full link, e.g. `https://example.org/?region=liaocheng&school=%E2%80%A6`. `origin` has no trailing slash. */
export function schoolLink(origin: string, region: RegionId, school: string): string {
  return `${origin.replace(/\/+$/, '')}${schoolPath(region, school)}`;
}
