// Benchmark of the letter read from pictures (npm run bench:letter-photo): each seed text drawn as phone screenshots
// (scripts/render-letter.ts: 360 × 740 CSS px at DPR 2, text at 100 % and 130 %) and as a photo-like copy of the
// 100 % screens (rotated, blurred, grain), read in Node with the phone's engine and data (scripts/ocr-node.ts), turned
// into text and doubts (ocr-text.ts), read by the letter reader and stripped of doubtful facts, exactly as the app does.
// Per seed and variant: characters recognised correctly, facts from the picture ÷ facts from the pasted text, wrong
// values (a fact from the picture whose value the text's reading does not have), seconds per picture. Then the
// download the phone needs for the engine and data. A benchmark to run and report, not a timed test.
// Targets: facts ≥ 90 % of the text's on screenshots, 0 wrong values on every variant, < 15 s per screenshot.
// The seeds are read from ../shared/seeds (SEEDS_DIR overrides); where they are absent it says so and exits 0.
// Options: --seed PREFIX (only seeds whose file name starts so), --save DIR / --from DIR (keep the engine's output, or
// reuse it to try ocr-text.ts settings without running the engine again), --verbose (each wrong value and lost fact).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { LetterFact, LetterReading } from '../app/policies/letter/letter-types.ts';
import { textFromOcr, withoutDoubtful, type OcrPicture } from '../app/policies/letter/ocr-text.ts';
import { plainForm, readLetter } from '../app/policies/letter/read-letter.ts';
import { OCR_DATA_DIR, recogniseBytes } from './ocr-node.ts';
import { openRenderer, PHOTO, SCREEN } from './render-letter.ts';

const root = resolve(import.meta.dirname, '..');
const seeds = process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds');
const TARGET = { facts: 0.9, wrong: 0, seconds: 15 };

export const VARIANTS = [
  { name: 'screen 100%', zoom: 100, photo: false },
  { name: 'screen 130%', zoom: 130, photo: false },
  { name: 'photo 100%', zoom: 100, photo: true },
] as const;

/** A fact's value, to compare a picture's reading with the text's: its kind and what a parent would act on. */
export function factValue(f: LetterFact): string | undefined {
  switch (f.kind) {
    case 'fee':
    case 'subsidy':
      return `${f.kind} ${f.amountFen}`;
    case 'window':
    case 'coverage':
      return `${f.kind} ${f.from}–${f.to ?? ''}`;
    case 'deadline':
      return `deadline ${f.date}`;
    case 'channel':
      return `channel ${f.name}`;
    case 'phone':
      return `phone ${f.areaCode ?? ''} ${f.number}`;
    case 'newborn':
      return `newborn ${f.days}`;
    case 'benefit':
      return `benefit ${f.care} ${f.what} ${f.level ?? ''} ${f.public ? 'public' : ''} ${f.amountFen ?? ''} ${f.percent ?? ''} ${f.upTo ? '≤' : ''}`;
    case 'policy-year':
      return `policy-year ${f.label}`;
    case 'unclear':
      return `unclear ${f.topic}`;
    // Words, not figures (stop-other, funded, residency): compared by kind only.
    default:
      return f.kind;
  }
}

/** A fact that carries a figure (a fee, a date, a phone, a ratio…): the ones a misread could make wrong. */
const FIGURE_KINDS = new Set(['fee', 'subsidy', 'window', 'coverage', 'deadline', 'phone', 'newborn', 'benefit', 'policy-year']);

export function compare(fromText: LetterReading, fromPicture: LetterReading) {
  const textValues = new Set(fromText.facts.map(factValue));
  const pictureValues = new Set(fromPicture.facts.map(factValue));
  const found = fromText.facts.filter((f) => pictureValues.has(factValue(f)));
  const lost = fromText.facts.filter((f) => !pictureValues.has(factValue(f)));
  const wrong = fromPicture.facts.filter((f) => FIGURE_KINDS.has(f.kind) && !textValues.has(factValue(f)));
  return { found: found.length, of: fromText.facts.length, lost, wrong };
}

/** Characters recognised correctly: 1 − edit distance ÷ length, whitespace ignored, full-width forms as ASCII. */
export function charAccuracy(truth: string, read: string): number {
  const a = [...plainForm(truth).replace(/\s+/g, '')];
  const b = [...plainForm(read).replace(/\s+/g, '')];
  if (!a.length) return b.length ? 0 : 1;
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return Math.max(0, 1 - prev[b.length]! / a.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const require = createRequire(import.meta.url);
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const mb = (bytes: number) => (bytes < 1e6 ? `${Math.round(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(2)} MB`);

/** What the phone downloads on first use: the worker, one core (the SIMD LSTM build), the chi_sim data. */
function downloadSizes(): string[] {
  const tesseract = dirname(require.resolve('tesseract.js/package.json'));
  const core = dirname(require.resolve('tesseract.js-core/package.json'));
  const worker = gz(join(tesseract, 'dist/worker.min.js'));
  const library = gz(join(tesseract, 'dist/tesseract.esm.min.js'));
  const wasmJs = gz(join(core, 'tesseract-core-simd-lstm.wasm.js'));
  const pair = gz(join(core, 'tesseract-core-simd-lstm.js')) + gz(join(core, 'tesseract-core-simd-lstm.wasm'));
  const data = readFileSync(join(OCR_DATA_DIR, 'chi_sim.traineddata.gz')).length;
  return [
    `download on first use (gzip -9 sizes; chi_sim.traineddata.gz is served as it is):`,
    `  tesseract.js worker.min.js ${mb(worker)}, library tesseract.esm.min.js ${mb(library)} (if not bundled)`,
    `  core, SIMD LSTM: tesseract-core-simd-lstm.wasm.js (wasm inlined) ${mb(wasmJs)}, or tesseract-core-simd-lstm.js + .wasm ${mb(pair)}`,
    `  data chi_sim.traineddata.gz (4.0.0_best_int) ${mb(data)}`,
    `  total: ${mb(worker + library + pair + data)} (core as .js + .wasm), ${mb(worker + library + wasmJs + data)} (core as .wasm.js)`,
  ];
}

async function main() {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, save: { type: 'string' }, from: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  if (!existsSync(seeds)) {
    console.log(`seeds not found at ${seeds} (set SEEDS_DIR): no picture benchmark`);
    for (const line of downloadSizes()) console.log(line);
    return;
  }
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt') && (!values.seed || f.startsWith(values.seed)))
    .sort();
  console.log(
    `letter from pictures: ${SCREEN.width}×${SCREEN.height} CSS px screens at DPR ${SCREEN.deviceScaleFactor}, Noto Sans CJK SC; photo-like = 100 % screens rotated ${PHOTO.rotate}°, blur ${PHOTO.blur} px, grain; Node ${process.version}`,
  );
  console.log('seed                      variant       pictures  chars ok  facts (picture/text)  wrong  doubts  s/picture (median, max)');
  const renderer = values.from ? undefined : await openRenderer();
  const allSeconds: Record<string, number[]> = {};
  const starts: number[] = [];
  let misses = 0;
  try {
    for (const file of files) {
      const text = readFileSync(join(seeds, file), 'utf8');
      const fromText = readLetter(text);
      for (const variant of VARIANTS) {
        const saved = values.from && join(values.from, `${file}.${variant.zoom}${variant.photo ? '.photo' : ''}.json`);
        let pictures: OcrPicture[];
        let seconds: number[];
        let startSeconds: number | undefined;
        if (saved) {
          ({ pictures, seconds, startSeconds } = JSON.parse(readFileSync(saved, 'utf8')) as Awaited<ReturnType<typeof recogniseBytes>>);
        } else {
          const shots = await renderer!.render(text, { zoom: variant.zoom, photo: variant.photo });
          ({ pictures, seconds, startSeconds } = await recogniseBytes(shots));
          if (values.save) {
            mkdirSync(values.save, { recursive: true });
            writeFileSync(
              join(values.save, `${file}.${variant.zoom}${variant.photo ? '.photo' : ''}.json`),
              JSON.stringify({ pictures, seconds, startSeconds }),
            );
          }
        }
        if (startSeconds !== undefined) starts.push(startSeconds);
        const ocr = textFromOcr(pictures);
        const fromPicture = withoutDoubtful(readLetter(ocr.text), ocr.doubts);
        const c = compare(fromText, fromPicture);
        const ratio = c.of ? c.found / c.of : 1;
        (allSeconds[variant.name] ??= []).push(...seconds);
        const miss =
          (!variant.photo && ratio < TARGET.facts) ||
          c.wrong.length > TARGET.wrong ||
          (!variant.photo && Math.max(...seconds) >= TARGET.seconds);
        if (miss) misses++;
        console.log(
          `${file.padEnd(26)}${variant.name.padEnd(14)}${String(pictures.length).padStart(8)}  ${(100 * charAccuracy(text, ocr.text)).toFixed(1).padStart(7)} %  ${`${c.found}/${c.of}`.padStart(9)} = ${(100 * ratio).toFixed(0).padStart(3)} %  ${String(c.wrong.length).padStart(5)}  ${String(ocr.doubts.length).padStart(6)}  ${median(seconds).toFixed(1).padStart(5)}, ${Math.max(...seconds).toFixed(1)}${miss ? '  MISSES TARGET' : ''}`,
        );
        if (values.verbose) {
          for (const f of c.wrong) console.log(`    wrong: ${factValue(f)}  «${f.quote}»`);
          for (const f of c.lost) console.log(`    lost:  ${factValue(f)}  «${f.quote.slice(0, 60)}»`);
          for (const d of ocr.doubts) console.log(`    doubt: ${d.figure} in «${d.context}»`);
        }
      }
    }
  } finally {
    await renderer?.close();
  }
  for (const [name, seconds] of Object.entries(allSeconds)) {
    console.log(
      `${name}: ${seconds.length} pictures, median ${median(seconds).toFixed(1)} s, max ${Math.max(...seconds).toFixed(1)} s per picture`,
    );
  }
  if (starts.length) console.log(`engine start (core and chi_sim data, before the first picture): median ${median(starts).toFixed(1)} s`);
  console.log(
    misses
      ? `${misses} seed/variant(s) miss a target (screens: facts ≥ ${100 * TARGET.facts} %, < ${TARGET.seconds} s; all: ${TARGET.wrong} wrong values)`
      : `all targets met (screens: facts ≥ ${100 * TARGET.facts} %, < ${TARGET.seconds} s a picture; every variant: ${TARGET.wrong} wrong values)`,
  );
  for (const line of downloadSizes()) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
