// The national facts' simplified-Chinese words live in `app/policies/national.ts` (the cited data) and, for the UI's
// three languages, under `national` in the translation files. The two copies must never drift apart: a parent
// reading the plan and a caller of the policies module must get the same summary.
import { describe, expect, it } from 'vitest';
import { NATIONAL_FACT_IDS, NATIONAL_FACTS } from '../policies/model/national.ts';
import zhHans from './zh-Hans.json';

const key = (id: string) => id.replace('.', '_') as keyof typeof zhHans.national;

describe('national facts in the UI', () => {
  it.each(NATIONAL_FACT_IDS)('%s: the zh-Hans text is word for word the policies module’s', (id) => {
    expect(zhHans.national[key(id)]).toBe(NATIONAL_FACTS[id].text);
  });

  it('the UI has no national fact the policies module does not', () => {
    expect(Object.keys(zhHans.national).sort()).toEqual(NATIONAL_FACT_IDS.map(key).sort());
  });
});
