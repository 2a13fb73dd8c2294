// Checks that every citation's quote in the region modules stands word for word in the region's source text, and
// that every national citation names an entry of `national.md`. Run by `npm test` (app/policies/quotes.test.ts)
// when `../shared/seeds` exists, and by hand: `npx tsx scripts/check-quotes.ts ../shared/seeds`. The build never
// reads `../shared`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REGIONS } from '../app/policies/catalog/regions.ts';
import { NATIONAL_FACTS } from '../app/policies/model/national.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function walk(value: unknown, path: string, visit: (record: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    visit(record, path);
    for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`, visit);
  }
}

/**
 * One line per problem; `checked` counts local quotes and national citations. Each region's source is looked up in
 * the folders in turn (a new region's text may sit beside the seeds until it joins them); national.md in the first.
 */
export function checkQuotes(folders: string | string[]): { checked: number; problems: string[] } {
  const dirs = typeof folders === 'string' ? [folders] : folders;
  const seedsDir = dirs[0]!;
  const problems: string[] = [];
  let checked = 0;
  const missing = dirs.filter((dir) => !existsSync(dir));
  if (missing.length)
    return { checked, problems: missing.map((dir) => `${dir}: no such folder; give the folder holding the regions' source texts`) };
  for (const region of Object.values(REGIONS)) {
    const file = dirs.map((dir) => join(dir, region.source.file)).find((path) => existsSync(path));
    if (!file) {
      problems.push(
        `${region.id}: source file ${join(seedsDir, region.source.file)} not found (its source.file); put the published text there` +
          (dirs.length > 1 ? ` or in ${dirs.slice(1).join(' or ')}` : ''),
      );
      continue;
    }
    const text = squash(readFileSync(file, 'utf8'));
    walk(region, region.id, (record, path) => {
      if (typeof record.quote !== 'string' || typeof record.section !== 'string') return;
      checked += 1;
      if (!text.includes(squash(record.quote))) problems.push(`${region.source.file} ${path}: quote not found: ${record.quote}`);
    });
  }
  const nationalFile = join(seedsDir, 'national.md');
  if (!existsSync(nationalFile)) problems.push(`national: ${nationalFile} not found`);
  else {
    // Entries are the "## N2." headings and the "- N1.2" items.
    const entries = new Set([...readFileSync(nationalFile, 'utf8').matchAll(/^(?:##\s+|-\s+)(N\d+(?:\.\d+)?)\b/gm)].map((m) => m[1]));
    for (const fact of Object.values(NATIONAL_FACTS)) {
      checked += 1;
      if (fact.cite.entry !== fact.id) problems.push(`national ${fact.id}: cites entry ${fact.cite.entry}`);
      if (!entries.has(fact.cite.entry)) problems.push(`national ${fact.id}: no entry ${fact.cite.entry} in national.md`);
    }
  }
  return { checked, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const { checked, problems } = checkQuotes(positionals.length ? positionals : '../shared/seeds');
  for (const line of problems) console.log(line);
  console.log(`${checked} quotes checked, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
