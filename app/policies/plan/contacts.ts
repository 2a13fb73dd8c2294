// "No dead ends": every place a plan tells a parent to ask resolves to something they can tap. Offices come from
// the region's source; where none of them has a phone, the area's 12393 (the national hotline, N2, dialled with
// the area code the app adds, N3) is offered as well, labelled as the national hotline and never as the office.
import type { Office, PolicyId, RegionPolicy } from '../model/types.ts';
import { hotline12393 } from '../model/national.ts';

export interface Contacts {
  /** The offices named, in the order given, as the source lists them (with or without phones). */
  offices: Office[];
  /** The area's 12393, present when no office named has a phone number. */
  hotline?: ReturnType<typeof hotline12393>;
}

export function contactsFor(region: RegionPolicy<PolicyId>, askAt: string[]): Contacts {
  const offices = askAt.flatMap((id) => region.offices.filter((o) => o.id === id));
  const callable = offices.some((o) => o.phones.length > 0);
  return callable ? { offices } : { offices, hotline: hotline12393(region) };
}

/** True when a region names no office with a phone at all: the plan's contacts then add the area's 12393. */
export function hasNoPhone(region: RegionPolicy<PolicyId>): boolean {
  return region.offices.every((o) => o.phones.length === 0);
}
