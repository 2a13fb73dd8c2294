// Authoring aid, run by hand when adding or updating a region (never by the build or the tests, which must not
// read ../shared): checks that every citation's quote stands word for word in the region's source text.
// Usage: npm run check-quotes -- ../shared/seeds
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGIONS } from '../app/policies/regions.ts';

const dir = process.argv[2] ?? '../shared/seeds';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
let missing = 0;
let checked = 0;

function walk(value: unknown, path: string, source: string, file: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, source, file));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.quote === 'string' && typeof record.section === 'string') {
      checked += 1;
      if (!source.includes(squash(record.quote))) {
        missing += 1;
        console.log(`${file} ${path}: not found: ${record.quote}`);
      }
    }
    for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`, source, file);
  }
}

for (const region of Object.values(REGIONS)) {
  const text = squash(readFileSync(join(dir, region.source.file), 'utf8'));
  walk(region, region.id, text, region.source.file);
}
console.log(`${checked} quotes checked, ${missing} not found`);
process.exit(missing ? 1 : 0);
