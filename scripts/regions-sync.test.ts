// The region lists are derived, never kept by hand: the generated files match the modules, a new string is stubbed
// for translation, and the quote check says what is wrong in one line each instead of throwing (the check against
// the real sources is app/policies/quotes.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuotes } from './check-quotes.ts';
import { planSync, syncedDictionary, syncProblems } from './regions-sync.ts';
import { REGION_MODULES, REGIONS } from '../app/policies/catalog/regions.ts';
import { REGION_IDS, REGION_NAMES } from '../app/policies/catalog/region-index.ts';
import { translatableStrings } from '../app/policies/model/localize.ts';

describe('regions:sync', { timeout: 30_000 }, () => {
  it('has made every derived file from the current modules and dictionaries (else: run `npm run regions:sync`)', async () => {
    expect(syncProblems(await planSync())).toEqual([]);
  });

  it('lists every module, in id order, by the name its module gives', () => {
    expect(Object.keys(REGIONS)).toEqual([...REGION_IDS]);
    for (const id of REGION_IDS) expect(REGION_NAMES[id]['zh-Hans']).toBe(REGIONS[id].name);
    expect(REGION_NAMES.liuzhou['zh-Hans']).toBe('广西壮族自治区柳州市');
  });

  it('keeps reviewed translations, stubs new strings (OpenCC for zh-Hant, "" for English) and drops old ones', () => {
    const region = REGION_MODULES.liuzhou;
    const strings = translatableStrings(region);
    const existing = { [region.name]: 'Liuzhou (reviewed)', 'a string no longer used': 'x' };
    const en = syncedDictionary(region, 'en', existing);
    expect(Object.keys(en).sort()).toEqual([...new Set(strings)].sort());
    expect(en[region.name]).toBe('Liuzhou (reviewed)');
    expect(en[region.shortName]).toBe('');
    expect(syncedDictionary(region, 'zh-Hant', {})[region.province]).toBe('廣西壯族自治區');
  });
});

describe('checkQuotes', () => {
  it('reports a missing folder in one line', () => {
    expect(checkQuotes('/no/such/seeds')).toEqual({
      checked: 0,
      problems: ["/no/such/seeds: no such folder; give the folder holding the regions' source texts"],
    });
  });

  it('reports each missing source file in one line and each quote not found, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    try {
      writeFileSync(join(dir, REGIONS.liuzhou.source.file), '这份文本什么都没有说。');
      const { checked, problems } = checkQuotes(dir);
      const missing = problems.filter((p) => p.includes('not found (its source.file)'));
      expect(missing).toHaveLength(REGION_IDS.length - 1);
      expect(missing.find((p) => p.startsWith('jiangmen-heshan:'))).toMatch(
        /^jiangmen-heshan: source file .*\.txt not found \(its source\.file\); put the published text there$/,
      );
      expect(checked).toBeGreaterThan(0);
      expect(problems.filter((p) => p.includes(' liuzhou.') && p.includes('quote not found')).length).toBe(checked);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
