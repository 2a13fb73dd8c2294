// Benchmark of the letter reader (npm run bench:letter): reading each seed text and a 20,000-character letter, median
// of 20 runs each in Node, in milliseconds (target ≤ 20 ms each). A benchmark to run and report, not a timed test.
// The seeds are read from ../shared/seeds (SEEDS_DIR overrides); where they are absent, only the long letter runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LETTER_MAX_CHARS } from '../app/policies/letter/letter-types.ts';
import { cleanLines } from '../app/policies/common/clean-text.ts';
import { readLetter } from '../app/policies/letter/read-letter.ts';

const RUNS = 20;
const TARGET_MS = 20;
const root = resolve(import.meta.dirname, '..');
const seeds = process.env.SEEDS_DIR ?? resolve(root, '../shared/seeds');
const fixtures = join(root, 'app/policies/letter/fixtures');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall-clock and CPU milliseconds of each run (CPU time is what the process spent, whatever else the machine runs). */
function timed(run: () => void): { wall: number[]; cpu: number[] } {
  run(); // warm-up: the first call compiles the patterns
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** The reader, and beside it in the same run a baseline (the cleaning every pasted text gets) to show the machine's load. */
function bench(text: string): { median: number; cpu: number; baseline: number; facts: number } {
  let facts = 0;
  const times = timed(() => (facts = readLetter(text).facts.length));
  const baseline = median(timed(() => cleanLines(text)).wall);
  return { median: median(times.wall), cpu: median(times.cpu), baseline, facts };
}

/**
 * A long letter of exactly LETTER_MAX_CHARS characters: the fixture letters read to their end (no article chrome that
 * ends the reading early, no other topic), in turn, repeated, so every character is read.
 */
function longLetter(): string {
  const parts = ['plain.txt', 'pdf-copy.txt', 'notice-crossing-year.txt', 'benefit-guide.txt', 'transfer-to-teacher.txt'].map((f) =>
    readFileSync(join(fixtures, f), 'utf8'),
  );
  let text = '';
  for (let i = 0; text.length < LETTER_MAX_CHARS; i++) text += `${parts[i % parts.length]}\n`;
  return text.slice(0, LETTER_MAX_CHARS);
}

const cases: [string, string][] = [];
if (existsSync(seeds)) {
  for (const file of readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    cases.push([file, readFileSync(join(seeds, file), 'utf8')]);
} else {
  console.log(`seeds not found at ${seeds} (set SEEDS_DIR): only the long letter is measured`);
}
cases.push([`letter of ${LETTER_MAX_CHARS} characters`, longLetter()]);

console.log(
  `readLetter, median of ${RUNS} runs in ms, wall clock and CPU (target ≤ ${TARGET_MS} ms each, judged on CPU time: a busy machine stretches the wall clock), Node ${process.version}`,
);
let over = 0;
for (const [name, text] of cases) {
  const r = bench(text);
  if (r.cpu > TARGET_MS) over++;
  console.log(
    `${name.padEnd(34)} ${String(text.length).padStart(6)} chars  median ${r.median.toFixed(2).padStart(6)} ms  (CPU ${r.cpu.toFixed(2).padStart(6)} ms)  (baseline cleanLines ${r.baseline.toFixed(2)} ms)  ${r.facts} facts${r.cpu > TARGET_MS ? '  OVER TARGET' : ''}`,
  );
}
console.log(over ? `${over} over the ${TARGET_MS} ms target` : `all within the ${TARGET_MS} ms target`);
