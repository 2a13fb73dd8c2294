// Authoring aid for UI translations (run by hand: `npx tsx scripts/i18n-extract.ts`): app/i18n/zh-Hant.json and
// app/i18n/estimate-trace.zh-Hant.json are made from the simplified texts with OpenCC and our phrases
// (scripts/traditional.ts: simplified → traditional, Taiwan standard characters, no vocabulary changes); review them, then commit. The tests fail on any missing key.
// Region texts are translated per region by `npm run regions:sync` (app/i18n/regions/<id>.<language>.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { toTraditional } from './traditional.ts';

const convert = (value: unknown): unknown =>
  typeof value === 'string'
    ? toTraditional(value)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]))
      : value;

const write = (path: string, data: unknown) => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);

const ui = JSON.parse(readFileSync('app/i18n/zh-Hans.json', 'utf8'));
write('app/i18n/zh-Hant.json', convert(ui));
const trace = JSON.parse(readFileSync('app/i18n/estimate-trace.zh-Hans.json', 'utf8'));
write('app/i18n/estimate-trace.zh-Hant.json', convert(trace));
