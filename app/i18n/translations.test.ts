// A missing key or region string in any language fails here, before a parent sees Chinese in an English page.
import { describe, expect, it } from 'vitest';
import { leaves, variables } from './translation-keys.ts';
import type { Tree } from './translation-keys.ts';
import zhHans from './zh-Hans.json';
import zhHant from './zh-Hant.json';
import en from './en.json';
import { preferredLanguage, regionName } from './i18n.ts';
import { REGION_IDS } from '../policies/model/types.ts';
import { REGIONS } from '../policies/catalog/regions.ts';
import { localizeRegion, translatableStrings } from '../policies/model/localize.ts';

const source = leaves(zhHans as Tree);
const dictionaries = import.meta.glob<Record<string, string>>('./regions/*.json', { eager: true, import: 'default' });
const regionsEn = dictionaries['./regions/liaocheng.en.json']!;

describe.each([
  ['zh-Hant', zhHant],
  ['en', en],
] as const)('%s', (language, ui) => {
  it('has every UI key of the default language, with the same {{variables}}, and no other', () => {
    const translated = leaves(ui as Tree);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(source).sort());
    for (const [key, text] of Object.entries(source)) {
      expect(translated[key]?.trim(), key).toBeTruthy();
      expect(variables(translated[key]!), key).toEqual(variables(text));
    }
  });

  it.each(REGION_IDS)('translates every display string of %s (app/i18n/regions/<id>.<language>.json)', (id) => {
    const file = `./regions/${id}.${language}.json`;
    const dictionary = dictionaries[file];
    expect(dictionary, `${file} is missing: run \`npm run regions:sync\``).toBeDefined();
    const missing = translatableStrings(REGIONS[id]).filter((text) => !dictionary![text]?.trim());
    expect(missing, `${file}: translate these (\`npm run regions:sync\` adds them as "" entries)`).toEqual([]);
  });

  it.each(REGION_IDS)('names %s in this language, as its dictionary translates the module’s name', (id) => {
    expect(regionName(id, language)).toBe(dictionaries[`./regions/${id}.${language}.json`]![REGIONS[id].name]);
  });
});

describe('localizeRegion', () => {
  const localized = localizeRegion(REGIONS.liaocheng, regionsEn as Record<string, string>);

  it('translates what a parent reads but keeps the source’s own words, ids, dates and numbers', () => {
    expect(localized.name).not.toBe(REGIONS.liaocheng.name);
    expect(localized.eligibility[0]!.cite.quote).toBe(REGIONS.liaocheng.eligibility[0]!.cite.quote);
    expect(localized.offices.map((o) => o.id)).toEqual(REGIONS.liaocheng.offices.map((o) => o.id));
    expect(localized.offices[1]!.phones).toEqual(REGIONS.liaocheng.offices[1]!.phones);
    expect(localized.fee.individual).toMatchObject({ amountFen: 36000 });
    expect(localized.source.file).toBe(REGIONS.liaocheng.source.file);
    // Conditions are ids the plan engine matches on, never text.
    expect(localized.stagesNotCovered.map((n) => n.stages)).toEqual(REGIONS.liaocheng.stagesNotCovered.map((n) => n.stages));
    expect(localized.eligibility.map((n) => n.when)).toEqual(REGIONS.liaocheng.eligibility.map((n) => n.when));
  });

  it('leaves the region as written with no dictionary (simplified Chinese, the sources’ language)', () => {
    expect(localizeRegion(REGIONS.tianjin, undefined)).toBe(REGIONS.tianjin);
  });
});

describe('preferredLanguage', () => {
  it.each([
    [null, ['zh-TW', 'en'], 'zh-Hant'],
    [null, ['zh-HK'], 'zh-Hant'],
    [null, ['zh-Hant-MO'], 'zh-Hant'],
    [null, ['zh-CN'], 'zh-Hans'],
    [null, ['en-US', 'zh-CN'], 'en'],
    [null, ['fr-FR', 'en-GB'], 'en'],
    [null, ['fr-FR'], 'zh-Hans'],
    [null, [], 'zh-Hans'],
    ['en', ['zh-CN'], 'en'],
    ['klingon', ['zh-HK'], 'zh-Hant'],
  ])('stored %s, browser %j → %s', (stored, browser, expected) => {
    expect(preferredLanguage(stored, browser)).toBe(expected);
  });
});
