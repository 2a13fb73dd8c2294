// The verbatim quote check (run by `npm run regions:check`, by hand: the build and the tests never need ../shared):
// every citation's quote must stand word for word (spacing aside) in its region's source text.
// Usage on its own: npx tsx scripts/check-quotes.ts ../shared/seeds
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REGIONS } from '../app/policies/regions.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One line per problem: a missing folder or source file is one line, as is each quote not found. */
export function checkQuotes(seedsDir: string): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  if (!existsSync(seedsDir))
    return { checked, problems: [`${seedsDir}: no such folder; give the folder holding the regions' source texts`] };
  const walk = (value: unknown, path: string, source: string, file: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, source, file));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.quote === 'string' && typeof record.section === 'string') {
        checked += 1;
        if (!source.includes(squash(record.quote))) problems.push(`${path}: quote not found in ${file}: ${record.quote}`);
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`, source, file);
    }
  };
  for (const region of Object.values(REGIONS)) {
    const file = join(seedsDir, region.source.file);
    if (!existsSync(file)) {
      problems.push(`${region.id}: source file ${file} not found (its source.file); put the published text there`);
      continue;
    }
    walk(region, region.id, squash(readFileSync(file, 'utf8')), region.source.file);
  }
  return { checked, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { checked, problems } = checkQuotes(process.argv[2] ?? '../shared/seeds');
  for (const line of problems) console.log(line);
  console.log(`${checked} quotes checked, ${problems.length} problem(s)`);
  process.exit(problems.length ? 1 : 0);
}
