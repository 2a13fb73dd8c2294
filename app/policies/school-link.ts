// A school's link for the class WeChat group: the untrusted school name made safe, and the link itself. Small on
// purpose: the start page reads school links, so this is in the first screen's bundle (the facts are in
// ./school-facts.ts, loaded with the /school page).
import { REGION_IDS } from './types.ts';
import type { RegionId } from './types.ts';

/** The most characters (code points) a school name keeps, here and when a link is read. */
export const SCHOOL_NAME_MAX = 40;

// C0 and C1 controls, DEL, and the invisible format characters that can reorder or hide text (bidi overrides and
// isolates, zero-width characters, the BOM, line and paragraph separators).
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * An untrusted school name (typed by a teacher or read from a link) made fit to show as text: control characters
 * removed, runs of white space made one space, trimmed, at most `SCHOOL_NAME_MAX` characters. Empty when nothing
 * is left. It is still shown only as text, never as HTML.
 */
export function sanitizeSchoolName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const clean = raw.replace(/[\t\n\r\v\f]/g, ' ').replace(CONTROLS, '').replace(/\s+/gu, ' ').trim();
  // Count code points, not UTF-16 units, so a character outside the BMP is never cut in half.
  return Array.from(clean).slice(0, SCHOOL_NAME_MAX).join('').trim();
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
