// Authoring aid for translations (run by hand: `npx tsx scripts/i18n-extract.ts`):
//  - app/i18n/zh-Hant.json, app/i18n/estimate-trace.zh-Hant.json and app/i18n/regions.zh-Hant.json are made from the
//    simplified texts with OpenCC
//    (simplified → traditional, Taiwan standard characters, no vocabulary changes); review them, then commit.
//  - app/i18n/regions.en.json gets an empty entry for every region string it lacks, for a translator to fill.
// The tests fail on any missing key or string, so run this after changing texts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { REGIONS } from '../app/policies/regions.ts';
import { translatableStrings } from '../app/policies/localize.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const convert = (value: unknown): unknown =>
  typeof value === 'string'
    ? toTraditional(value)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]))
      : value;

const write = (path: string, data: unknown) => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
const read = (path: string): Record<string, string> => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {});

const ui = JSON.parse(readFileSync('app/i18n/zh-Hans.json', 'utf8'));
write('app/i18n/zh-Hant.json', convert(ui));
const trace = JSON.parse(readFileSync('app/i18n/estimate-trace.zh-Hans.json', 'utf8'));
write('app/i18n/estimate-trace.zh-Hant.json', convert(trace));

const strings = [...new Set(Object.values(REGIONS).flatMap(translatableStrings))].sort();
write('app/i18n/regions.zh-Hant.json', Object.fromEntries(strings.map((s) => [s, toTraditional(s)])));

const en = read('app/i18n/regions.en.json');
const next = Object.fromEntries(strings.map((s) => [s, en[s] ?? '']));
write('app/i18n/regions.en.json', next);
console.log(`${strings.length} region strings; ${strings.filter((s) => !next[s]).length} still to translate into English`);
