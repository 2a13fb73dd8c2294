import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

// Capture noise from the scraped policy pages (lottery ads, heat maps, other sites, Windows paths, other
// cities, image placeholders, "related articles" footers) must never reach the shipped app.
const NOISE = /福彩|热力|nbdnews|ADMINI~1|Administrator|长春|图片\d\.png|1710214454478567|您可能也感兴趣|原创文章/g;
const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const DIST = join(process.cwd(), 'dist');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

test('dist/ holds no capture noise from the policy sources', () => {
  expect(existsSync(DIST), 'dist/ does not exist: run `npm run build` first').toBe(true);
  const files = listFiles(DIST).filter((file) => TEXT_EXTENSIONS.has(extname(file).toLowerCase()));
  expect(
    files.filter((file) => extname(file) === '.js').length,
    'dist/ holds no .js file: the build output is missing or empty',
  ).toBeGreaterThan(0);

  const hits: string[] = [];
  // The letter reader's chunk names such words (热力, 您可能也感兴趣…) only to leave them out of a pasted letter.
  for (const file of files.filter((f) => !/^read-letter-[\w-]+\.js$/.test(f.split(/[\\/]/).pop()!))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(NOISE)) {
      const at = match.index ?? 0;
      const context = text.slice(Math.max(0, at - 30), at + match[0].length + 30).replace(/\s+/g, ' ');
      hits.push(`${relative(process.cwd(), file)}: "${match[0]}" in …${context}…`);
    }
  }
  expect(hits, `capture noise found in ${new Set(hits.map((h) => h.split(':')[0])).size} file(s) of dist/`).toEqual([]);
});

test('the OCR engine is in dist/ocr/<version>/ and none of /ocr/ is precached (it downloads on its first use)', () => {
  const ocr = join(DIST, 'ocr');
  expect(existsSync(ocr), 'dist/ocr/ does not exist: run `npm run build` first').toBe(true);
  const files = listFiles(ocr).map((file) => relative(DIST, file).split(/[\\/]/).join('/'));
  for (const name of ['worker.min.js', 'tesseract-core-simd-lstm.wasm', 'tesseract-core-lstm.wasm', 'chi_sim.traineddata.gz'])
    expect(
      files.some((f) => /^ocr\/[^/]+\//.test(f) && f.endsWith(`/${name}`)),
      name,
    ).toBe(true);
  // The engine's code in the app (app/components/ocr-runtime.ts) sits beside it, out of the precache too.
  expect(files.some((f) => /^ocr\/ocr-runtime-[\w-]+\.js$/.test(f))).toBe(true);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  expect(sw).toContain('revision');
  expect(sw).not.toMatch(/"url":\s*"\/?ocr\//);
  expect(sw).not.toMatch(/url:\s*"\/?ocr\//);
});
