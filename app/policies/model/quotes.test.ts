// The quote check on every `npm test`: every quote in the region modules stands word for word in its source, and
// every national citation names an entry of national.md. The seeds sit beside the clone (../shared/seeds); without
// them the check cannot run, and the test says so on one visible line instead of passing silently.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../../scripts/check-quotes.ts';
import { REGION_IDS } from './types.ts';

const seeds = resolve(import.meta.dirname, '../../../../shared/seeds');

describe('quotes checked against the sources', () => {
  if (existsSync(seeds)) {
    it('every quote is verbatim and every national citation names an entry of national.md', () => {
      const { checked, problems } = checkQuotes(seeds);
      console.log(`quote check: ${checked} quotes and national citations checked in ${seeds}`);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    });
  } else {
    it('SKIPPED: ../shared/seeds is absent, so the quotes were not checked against the sources', () => {
      console.log(`quote check SKIPPED: ${seeds} not found; quotes were not verified against the sources`);
      expect(existsSync(seeds)).toBe(false);
    });
  }

  it('reports a missing source file as one line, and an altered quote by its path', () => {
    const empty = mkdtempSync(join(tmpdir(), 'seeds-'));
    const { problems } = checkQuotes(empty);
    // One line per region's source, and one for national.md.
    expect(problems.filter((p) => p.includes('not found'))).toHaveLength(REGION_IDS.length + 1);
    expect(problems.every((p) => !p.includes('\n'))).toBe(true);
    writeFileSync(join(empty, 'national.md'), '## N2. 12393\n- N1.1 x\n');
    expect(checkQuotes(empty).problems).toContain('national N1.2: no entry N1.2 in national.md');
  });
});
