// The letter read from pictures, end to end in Node: two seeds drawn as phone screenshots (scripts/render-letter.ts),
// their first two screens recognised with the phone's engine and data (scripts/ocr-node.ts), turned into text and
// doubts (ocr-text.ts) and read by the letter reader. The facts found must be facts the pasted text gives, with the
// same values: a figure read wrong is never a fact. The seeds sit beside the clone (../shared/seeds; SEEDS_DIR
// overrides); without them, one visible skipped line.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textFromOcr, withoutDoubtful } from '../app/policies/letter/ocr-text.ts';
import { readLetter } from '../app/policies/letter/read-letter.ts';
import { compare, factValue } from './bench-letter-photo.ts';
import { recogniseBytes } from './ocr-node.ts';
import { openRenderer } from './render-letter.ts';

const seeds = process.env.SEEDS_DIR ?? resolve(import.meta.dirname, '../../shared/seeds');

/** Per seed: facts the first two screens hold (kind and value, as the benchmark compares them). */
const CASES: [string, string[]][] = [
  ['001_baec105100308373.txt', ['fee 36000', 'window 2023-09-01–2023-12-31']],
  ['004_2e4dcf2212bd2083.txt', ['fee 66000', 'subsidy 132000']],
];

if (existsSync(seeds)) {
  // Rendering and OCR take a few seconds a picture here; a CI machine may be 3× slower and busy.
  describe('a letter from screenshots of two seeds', { timeout: 180_000 }, () => {
    let renderer: Awaited<ReturnType<typeof openRenderer>>;
    beforeAll(async () => {
      renderer = await openRenderer();
    }, 120_000);
    afterAll(async () => {
      await renderer?.close();
    });

    it.each(CASES)('%s: facts with the pasted text’s values, none wrong', async (file, expected) => {
      const text = readFileSync(resolve(seeds, file), 'utf8');
      const screens = (await renderer.render(text, { zoom: 100 })).slice(0, 2);
      const { pictures } = await recogniseBytes(screens);
      const ocr = textFromOcr(pictures);
      const fromPicture = withoutDoubtful(readLetter(ocr.text), ocr.doubts);
      const fromText = readLetter(text);
      expect(fromPicture.isLetter).toBe(true);
      expect(fromPicture.facts.map(factValue)).toEqual(expect.arrayContaining(expected));
      expect(fromText.facts.map(factValue)).toEqual(expect.arrayContaining(expected));
      // Every figure shown from the picture is one the pasted text gives: no value read wrong.
      expect(compare(fromText, fromPicture).wrong).toEqual([]);
      for (const f of fromPicture.facts) expect(fromPicture.text.slice(f.at, f.at + f.quote.length)).toBe(f.quote);
    });
  });
} else {
  describe('a letter from screenshots of two seeds', () => {
    it('SKIPPED: ../shared/seeds is absent, so no seed was read from pictures', () => {
      console.log(`letter photo SKIPPED: ${seeds} not found (set SEEDS_DIR); no seed was read from pictures`);
      expect(existsSync(seeds)).toBe(false);
    });
  });
}
